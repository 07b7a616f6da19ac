// Files a command is writing that must not outlive it when SIGTERM, SIGINT or SIGHUP ends it,
// and the steps such a signal must not cut in half (TerminationSignals acts on both).
#pragma once

#include <QString>
#include <QStringList>

class InterruptCleanup
{
public:
    // Registers paths (files, or empty folders once their files are gone) until destroyed.
    explicit InterruptCleanup(const QStringList &paths = {});
    ~InterruptCleanup();
    InterruptCleanup(const InterruptCleanup &) = delete;
    InterruptCleanup &operator=(const InterruptCleanup &) = delete;

    void add(const QString &path);
    // The files stay: they were published (renamed into place) or belong to someone else now.
    void release();

    // Holds a signal off while it lives: the signal is acted on once the step is complete.
    class Deferral
    {
    public:
        Deferral();
        ~Deferral();
        Deferral(const Deferral &) = delete;
        Deferral &operator=(const Deferral &) = delete;
    };

    // Removes every registered path, newest first; waits for a Deferral to end. Returns how many
    // were removed.
    static int removeAll();
};
