#include "rtocountdown.h"

#include "drillhistory.h"
#include "drillmetrics.h"

RtoCountdown RtoCountdown::fromMetrics(const DrillMetrics &metrics)
{
    RtoCountdown rto;
    rto.targetMs = metrics.rtoTargetMs;
    rto.started = metrics.state != Drill::State::Planned;
    rto.achieved = metrics.rtoMs.has_value();
    // The achieved RTO in whole seconds, rounded as the history, the reports and the "Service
    // restored" line give it (a clock cut to 0:32 beside a line saying 0:33 read as two RTOs).
    rto.elapsedMs = rto.achieved ? DrillHistory::seconds(*metrics.rtoMs) * 1000
                                 : (rto.started ? metrics.rtoElapsedMs : 0);
    rto.running = rto.started && !rto.achieved && !Drill::isEnded(metrics.state);
    return rto;
}
