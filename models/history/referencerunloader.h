// Finds a live drill's reference runs (the best and the last previous drill of its runbook and
// environment, ReferenceRun) off the console's thread: over its own read-only connection to the
// database file, so reading a thousand previous drills never stalls a key press. Once per
// drill, not per tick.
#pragma once

#include "referencerun.h"

#include <QObject>
#include <QString>

#include <optional>
#include <thread>

class ReferenceRunLoader : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString databasePath;
        QString runbookId;
        QString environment;
        qint64 excludedDrillId = 0; // the drill being run
        qint64 nowMs = 0;
    };
    struct Result
    {
        std::optional<ReferenceRun> best;
        std::optional<ReferenceRun> last;
        QString problem; // why nothing could be read; empty when it was
        qint64 loadMs = 0;
    };

    explicit ReferenceRunLoader(QObject *parent = nullptr);
    // Waits for a load still running.
    ~ReferenceRunLoader() override;

    // On the calling thread.
    static Result loadNow(const Request &request);
    // On a thread of its own; loaded() follows on this object's thread. A later start() makes
    // an earlier one's result void (it is never emitted).
    void start(const Request &request);
    bool isLoading() const { return m_loading; }
    // Blocks until a load's thread has ended (its result still follows as loaded()).
    void wait();

Q_SIGNALS:
    void loaded(const ReferenceRunLoader::Result &result);

private:
    void finish(int generation, const ReferenceRunLoader::Result &result);

    std::thread m_thread;
    int m_generation = 0;
    bool m_loading = false;
};
