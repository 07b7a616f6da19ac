// The step's command settings over the runbook's, resolved into what CommandRun needs.
#include "commandspec.h"

#include "runbook.h"
#include "step.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList CommandSpec::splitShell(const QString &shell)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return shell.split(whitespace, Qt::SkipEmptyParts);
}

CommandSpec CommandSpec::forStep(const Runbook &runbook, const Step &step,
                                 const QString &runbookDirectory)
{
    const CommandSettings &own = step.commandSettings;
    const CommandSettings &defaults = runbook.commandSettings;
    CommandSpec spec;
    spec.stepId = step.id;
    spec.command = step.command;
    spec.verifyCommand = step.verifyCommand;

    const QString shell = !own.shell.trimmed().isEmpty() ? own.shell : defaults.shell;
    spec.shell = splitShell(shell);
    if (spec.shell.isEmpty())
        spec.shell = defaultShell();

    const QString workdir = !own.workdir.isEmpty() ? own.workdir : defaults.workdir;
    const QDir base(runbookDirectory.isEmpty() ? QDir::currentPath() : runbookDirectory);
    spec.workingDirectory =
        QDir::cleanPath(workdir.isEmpty() ? base.absolutePath() : base.absoluteFilePath(workdir));

    for (const auto &[name, value] : defaults.env)
        spec.environment.insert(name, value);
    for (const auto &[name, value] : own.env)
        spec.environment.insert(name, value);

    if (own.timeoutSeconds > 0)
        spec.timeoutMs = own.timeoutSeconds * 1000;
    else if (defaults.timeoutSeconds > 0)
        spec.timeoutMs = defaults.timeoutSeconds * 1000;
    else if (step.expectedSeconds > 0)
        spec.timeoutMs = step.expectedSeconds * 3 * 1000;
    else
        spec.timeoutMs = fallbackTimeoutMs;
    return spec;
}

QStringList CommandSpec::defaultShell()
{
    return {u"bash"_s, u"-c"_s};
}
