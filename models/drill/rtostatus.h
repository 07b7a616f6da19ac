// How a drill stands against its recovery time objective, as derived from its log.
#pragma once

#include <QString>

// Met, Missed and NoTarget: the service was restored (an achieved RTO exists). NotRestored: the
// drill ended (finished or aborted) before its service-restored step was done; it has no
// achieved RTO and counts as a miss against the target.
enum class RtoStatus { NotStarted, Running, Met, Missed, NoTarget, NotRestored };

// Stable names used in exports: not-started, running, met, missed, no-target, not-restored.
inline QString rtoStatusName(RtoStatus status)
{
    switch (status) {
    case RtoStatus::NotStarted:
        return QStringLiteral("not-started");
    case RtoStatus::Running:
        return QStringLiteral("running");
    case RtoStatus::Met:
        return QStringLiteral("met");
    case RtoStatus::Missed:
        return QStringLiteral("missed");
    case RtoStatus::NoTarget:
        return QStringLiteral("no-target");
    case RtoStatus::NotRestored:
        return QStringLiteral("not-restored");
    }
    return {};
}
