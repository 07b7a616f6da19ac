// Lays out the drill report's sections as a ReportDocument: facts, participants, scenario,
// objectives met or missed, steps, timeline, rewrites, action items, scorecard, comparison
// with the previous iteration, charts, and an appendix with the history of the live rewrites
// when it says more than their net changes. Every output format renders the same document.
#pragma once

#include "reportdocument.h"

#include <QString>

struct DrillReport;

class DrillReportComposer
{
public:
    static ReportDocument compose(const DrillReport &report);

    // The chart ids compose() refers to; the widgets render them.
    static QString timelineChartId() { return QStringLiteral("timeline"); }
    static QString trendChartId() { return QStringLiteral("trend"); }
    static QString handsOnWaitingChartId() { return QStringLiteral("hands-on-waiting"); }
    // The drill (or a step) waited on machines: the report splits its time.
    static bool hasWaiting(const DrillReport &report);

    // "3h12m", "—" for no value; signed for deltas ("+5m", "-3m", "±0s").
    static QString span(qint64 ms);
    static QString signedSpan(qint64 ms);
    // "RTO 3h12m against a target of 4h: met, 48m to spare." and the like.
    static QString objectiveLine(const QString &name, std::optional<qint64> achievedMs,
                                 qint64 targetMs);
};
