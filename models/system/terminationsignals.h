// SIGTERM, SIGINT and SIGHUP (a logout, a service stop, Ctrl+C, a closed terminal) turned into an
// orderly end instead of a sudden one: the handler only writes the signal's number to a pipe, and
// the program acts on it outside the handler.
#pragma once

#include <QObject>

class QSocketNotifier;

class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    // For the GUI: received() is emitted in this object's event loop. A second signal while the
    // first is acted on ends the process at once, as if the program were not listening.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // For a command: on a signal, the files InterruptCleanup holds are removed (once a Deferral
    // ends) and the process dies of that signal, so its parent sees how it ended.
    static void cleanUpAndDie();

    // "SIGTERM", "SIGINT", "SIGHUP".
    static QString name(int signal);

Q_SIGNALS:
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
