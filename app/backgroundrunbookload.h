// A runbook read and parsed on a thread of its own, so that no file (a slow disk, a hung
// network mount) keeps the console from painting or from answering. A load that is not done is
// never waited for without a bound: its thread is left to finish, or to be ended with the
// process.
#pragma once

#include "runbookloader.h"

#include <QObject>

#include <chrono>
#include <memory>

class BackgroundRunbookLoad : public QObject
{
    Q_OBJECT
public:
    // Starts reading path (through RunbookCache) at once.
    explicit BackgroundRunbookLoad(const QString &path, QObject *parent = nullptr);
    ~BackgroundRunbookLoad() override;

    QString path() const { return m_path; }
    // Waits at most timeout; true when the load is done.
    bool waitFor(std::chrono::milliseconds timeout) const;
    // The result; only once done (waitFor() said so, or finished() came).
    RunbookLoadResult result() const;

Q_SIGNALS:
    // On this object's thread, once the load is done (also when waitFor() saw it first).
    void finished();

private:
    struct State;
    std::shared_ptr<State> m_state;
    QString m_path;
};
