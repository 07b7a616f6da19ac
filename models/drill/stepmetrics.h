// What a drill's log says about one runbook step: status, planned vs actual, forecast.
#pragma once

#include "stepstatus.h"

#include <QString>

struct StepMetrics
{
    QString stepId;
    QString title;
    StepStatus status = StepStatus::NotStarted;
    qint64 expectedMs = 0; // from the runbook; 0: no estimate
    qint64 actualMs = 0;   // sum of its running intervals, paused spans left out
    qint64 latenessMs = 0; // actual - expected (negative: early); 0 without an estimate
    int intervals = 0;     // 2 or more when it was reopened
    qint64 firstStartMs = -1;
    qint64 endMs = -1; // last done or skipped, -1 otherwise
    qint64 forecastEndMs = -1;
    bool critical = false; // on the critical path
    // Of actualMs: the time spent only waiting on a machine (a `wait: true` step's whole time, or
    // the spans marked with W); hands-on is actualMs - waitingMs.
    qint64 waitingMs = 0;
    // A decision step: how long the decision took (its running time); 0 for other steps.
    qint64 decisionMs = 0;

    bool operator==(const StepMetrics &) const = default;
};
