// The sentences that tell a room how a drill stands against its objectives (RTO, RPO).
#include "objectivetexts.h"

#include "drillhistory.h"
#include "duration.h"

#include <QCoreApplication>

namespace {
// Rounded to the second as the history, the reports and the RTO countdown give it.
qint64 wholeSeconds(qint64 ms)
{
    return qMax<qint64>(0, DrillHistory::seconds(ms));
}
} // namespace

QString ObjectiveTexts::serviceRestored(qint64 rtoMs, qint64 targetMs, RtoStatus status)
{
    const QString rto = Duration::formatClock(wholeSeconds(rtoMs) * 1000);
    const QString target = Duration::formatClock(targetMs);
    switch (status) {
    case RtoStatus::Met:
        return QCoreApplication::translate("ObjectiveTexts",
                                           "Service restored — %1, RTO met (target %2)")
            .arg(rto, target);
    case RtoStatus::Missed:
        return QCoreApplication::translate("ObjectiveTexts",
                                           "Service restored — %1, RTO missed by %2 (target %3)")
            .arg(rto, Duration::formatClock(wholeSeconds(rtoMs) * 1000 - targetMs), target);
    default:
        return QCoreApplication::translate("ObjectiveTexts", "Service restored — %1").arg(rto);
    }
}

bool ObjectiveTexts::rpoMet(qint64 rpoMs, qint64 targetMs)
{
    return targetMs <= 0 || wholeSeconds(rpoMs) * 1000 <= targetMs;
}

QString ObjectiveTexts::rpo(qint64 rpoMs, qint64 targetMs)
{
    const QString rpo = Duration::format(wholeSeconds(rpoMs));
    if (targetMs <= 0)
        return QCoreApplication::translate("ObjectiveTexts", "RPO %1").arg(rpo);
    const QString target = Duration::format(targetMs / 1000);
    if (rpoMet(rpoMs, targetMs))
        return QCoreApplication::translate("ObjectiveTexts", "RPO %1 — met (target %2)")
            .arg(rpo, target);
    return QCoreApplication::translate("ObjectiveTexts", "RPO %1 — missed by %2 (target %3)")
        .arg(rpo, Duration::format(wholeSeconds(rpoMs) - targetMs / 1000), target);
}
