// Pure functions from (runbook, event log, failure time, now) to DrillMetrics.
//
// Assumptions, so the figures can be explained in a room:
// - A step's clock runs from step-started (or step-reopened) to step-done, step-skipped or the
//   next reopen; a reopen starts a new interval and the actual duration is the sum of them.
//   A blocked step keeps its clock running (being blocked is part of why it is late).
//   Paused spans of the drill are left out of every step clock.
// - Wall time is the first `started` to `finished`/`aborted` (or now); active time is wall
//   time minus paused spans. The total is always that span, never the sum of steps, because
//   steps run in parallel.
// - RTO achieved runs from the failure time (the drill's, else its start) to the last
//   step-done of the runbook's `service-restored` step. A drill that ends (finished or
//   aborted) while that step is not done — still running, skipped, reopened — has none: the
//   service was not restored, which counts as a miss. Only a runbook without that milestone
//   measures to `finished`; an aborted drill of it has none either. It is wall-clock time,
//   pauses included.
// - RPO achieved is the failure time minus the data time of the last data-restored-at event,
//   never below zero.
// - Precedence for the critical path and the forecast: a step's depends_on; a step without
//   depends_on follows the previous step in reading order (procedures are sequential unless
//   they say otherwise). Enough people are assumed to run every ready step at once.
// - Critical path: the longest chain by actual duration where a step is done or skipped,
//   max(actual, expected) while running, expected when not started.
// - Forecast from now: a running step ends at now + what is left of its estimate (at now
//   when it is over its estimate, so the forecast drifts with the clock); a step not started
//   starts when its predecessors end (not before now) and takes its expected duration. With
//   the service-restored step skipped there is no RTO to forecast.
#pragma once

#include "drillmetrics.h"

#include <optional>

class DrillReplay;
struct DrillEvent;
struct Runbook;

class DrillAnalysis
{
public:
    static DrillMetrics analyse(const Runbook &runbook, const QList<DrillEvent> &events,
                                std::optional<qint64> failureMs, qint64 nowMs);
    // The same from a replay that has already applied the log.
    static DrillMetrics analyse(const Runbook &runbook, const DrillReplay &replay,
                                std::optional<qint64> failureMs, qint64 nowMs);
};
