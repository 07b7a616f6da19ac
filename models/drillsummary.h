// One drill as the history shows it: the drill, the revision it ran, and its metrics.
#pragma once

#include "drill.h"
#include "drillmetrics.h"

#include <QString>

struct DrillSummary
{
    Drill drill;
    QString revisionHash; // SHA-256 of the runbook revision's YAML
    QString runbookTitle;
    DrillMetrics metrics;
    QString problem; // why the revision could not be read, if it could not; metrics are empty

    bool operator==(const DrillSummary &) const = default;
};
