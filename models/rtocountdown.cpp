#include "rtocountdown.h"

#include "drillmetrics.h"

RtoCountdown RtoCountdown::fromMetrics(const DrillMetrics &metrics)
{
    RtoCountdown rto;
    rto.targetMs = metrics.rtoTargetMs;
    rto.started = metrics.state != Drill::State::Planned;
    rto.achieved = metrics.rtoMs.has_value();
    rto.elapsedMs = rto.achieved ? *metrics.rtoMs : (rto.started ? metrics.rtoElapsedMs : 0);
    rto.running = rto.started && !rto.achieved && !Drill::isEnded(metrics.state);
    return rto;
}
