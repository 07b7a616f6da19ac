// Where a runbook step stands in a drill, as derived from the drill's event log.
#pragma once

#include <QString>

enum class StepStatus { NotStarted, Running, Blocked, Done, Skipped };

// Stable names used in exports: not-started, running, blocked, done, skipped.
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
    }
    return {};
}

// Started and not yet done or skipped: running, or blocked while running.
inline bool stepIsActive(StepStatus status)
{
    return status == StepStatus::Running || status == StepStatus::Blocked;
}
