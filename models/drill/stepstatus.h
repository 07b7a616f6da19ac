// Where a runbook step stands in a drill, as derived from the drill's event log.
#pragma once

#include <QString>

// NotTaken: on a branch of a decision that chose another option; counts as finished for the
// progress and for dependencies, not for lateness or statistics.
enum class StepStatus { NotStarted, Running, Blocked, Done, Skipped, NotTaken };

// Stable names used in exports: not-started, running, blocked, done, skipped, not-taken.
inline QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::NotStarted:
        return QStringLiteral("not-started");
    case StepStatus::Running:
        return QStringLiteral("running");
    case StepStatus::Blocked:
        return QStringLiteral("blocked");
    case StepStatus::Done:
        return QStringLiteral("done");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    case StepStatus::NotTaken:
        return QStringLiteral("not-taken");
    }
    return {};
}

// Started and not yet done or skipped: running, or blocked while running.
inline bool stepIsActive(StepStatus status)
{
    return status == StepStatus::Running || status == StepStatus::Blocked;
}
