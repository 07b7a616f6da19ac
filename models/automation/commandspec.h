// What running one step's command means: the shell, the folder, the environment, the time it
// may take and the output it may keep. Built from the runbook's and the step's keys.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

struct Runbook;
struct Step;

struct CommandSpec
{
    static constexpr qint64 defaultOutputCapBytes = 1024 * 1024; // per stream, stated to the user
    static constexpr qint64 defaultTermGraceMs = 5000;           // TERM, then KILL after this
    static constexpr qint64 fallbackTimeoutMs = 30 * 60 * 1000;  // a step without `expected`

    QString stepId;
    QString command;       // the step's `command`, handed to the shell as one argument
    QString verifyCommand; // the step's `verify_command`, run after a passing command; may be empty
    QStringList shell =
        defaultShell();       // program and its arguments before the command: {"bash", "-c"}
    QString workingDirectory; // absolute
    QHash<QString, QString> environment;  // added to (and overriding) DrillDeck's environment
    qint64 timeoutMs = fallbackTimeoutMs; // the command and its verification each
    qint64 outputCapBytes = defaultOutputCapBytes;
    qint64 termGraceMs = defaultTermGraceMs;

    // The step's keys over the runbook's: `shell` (default "bash -c"), `workdir` (relative to
    // runbookDirectory; default runbookDirectory), `env`, `timeout` (default 3 × `expected`).
    static CommandSpec forStep(const Runbook &runbook, const Step &step,
                               const QString &runbookDirectory);
    // A `shell` value as program and arguments: split on whitespace ("bash -eo pipefail -c").
    static QStringList splitShell(const QString &shell);
    static QStringList defaultShell(); // {"bash", "-c"}
};
