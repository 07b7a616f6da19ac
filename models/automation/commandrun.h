// Runs one step's command as a real process, off the GUI thread's critical path (QProcess is
// asynchronous): its own process group (so cancel and timeout reach its children), stdin from
// /dev/null, stdout and stderr apart and capped, TERM then KILL. Then its verify_command.
#pragma once

#include "commandevidence.h"
#include "commandspec.h"

#include <QObject>

#include <functional>
#include <memory>

class CommandRun : public QObject
{
    Q_OBJECT
public:
    enum class Channel { StandardOutput, StandardError };
    using Clock = std::function<qint64()>; // UTC ms

    explicit CommandRun(const CommandSpec &spec, QObject *parent = nullptr);
    ~CommandRun() override; // a run still going is killed (its whole group) and waited for

    void setClock(Clock clock);
    const CommandSpec &spec() const { return m_spec; }
    bool isRunning() const;

    void start();
    // TERM to the process group, KILL after the spec's grace period; finished() follows.
    void cancel();

Q_SIGNALS:
    // Live output as it arrives, decoded and ANSI-stripped; stops at the cap (which is said once).
    void output(CommandRun::Channel channel, const QString &text);
    // Once, with the whole record. Every started run ends with it, also when it fails to start
    // (then after start() has returned). A slot may deleteLater() the run, not delete it.
    void finished(const CommandEvidence &evidence);

private:
    struct Private;
    CommandSpec m_spec;
    std::unique_ptr<Private> d;
};
