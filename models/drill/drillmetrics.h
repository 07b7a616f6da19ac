// Everything derived from one drill's log at one moment: times, RTO, RPO, steps, forecast.
// All times are UTC milliseconds since the epoch, all spans milliseconds.
#pragma once

#include "drill.h"
#include "rtostatus.h"
#include "stepmetrics.h"

#include <QList>
#include <QStringList>

#include <optional>

struct DrillMetrics
{
    Drill::State state = Drill::State::Planned;
    qint64 nowMs = 0;
    qint64 startedMs = -1;
    qint64 endedMs = -1; // finished or aborted
    qint64 wallMs = 0;   // first start to the end (or now): the wall-clock span
    qint64 pausedMs = 0;
    qint64 activeMs = 0; // wall minus paused spans
    qint64 failureMs = -1;

    // Achieved: failure to the service-restored step done; for a runbook without that milestone,
    // failure to `finished`. None while it runs, and none for a drill that ended without it.
    std::optional<qint64> rtoMs;
    bool rtoFromMilestone = false; // true when the service-restored step ended the RTO clock
    QString rtoMilestoneStepId;    // the runbook's service-restored step; empty: none
    qint64 rtoElapsedMs = 0;       // rtoMs once achieved; until then failure to now
    qint64 rtoTargetMs = 0;        // 0: no objective
    std::optional<qint64> rpoMs;   // failure minus the time of the restored data
    qint64 rpoTargetMs = 0;

    QList<StepMetrics> steps; // reading order
    int doneSteps = 0;
    int skippedSteps = 0;

    QStringList criticalPath; // step ids, first to last
    qint64 criticalPathMs = 0;

    qint64 forecastFinishMs = -1;        // the end once finished
    std::optional<qint64> forecastRtoMs; // failure to the forecast service-restored (or finish)
    qint64 driftMs = 0;                  // largest overrun of a running step past its estimate

    // Of activeMs: the time when every running step only waited on a machine (hands-on is
    // activeMs - waitingMs), and the time spent deciding at decision steps.
    qint64 waitingMs = 0;
    qint64 decisionMs = 0;
    // Steps on branches a decision did not take (finished, neither done nor skipped).
    int notTakenSteps = 0;

    bool operator==(const DrillMetrics &) const = default;
    const StepMetrics *step(const QString &stepId) const;
    // Met or missed by the achieved RTO rounded to the second, as every output shows it; an
    // ended drill without an achieved RTO is NotRestored (a miss), whatever its target.
    RtoStatus rtoStatus() const;
    // The forecast read sinceMs after these metrics were taken, as a clock between two readings
    // shows it: a pause pushes every unfinished step, and so the finish and a service not yet
    // restored, back by its length. While the drill runs the forecast stands until the next
    // reading.
    qint64 forecastFinishAfter(qint64 sinceMs) const;
    std::optional<qint64> forecastRtoAfter(qint64 sinceMs) const;
};
