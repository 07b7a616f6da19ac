// Builds the history charts over their item models: the series read the model (the bars
// through model mappers), so a chart, its table and its CSV always show the same numbers.
#pragma once

#include "trendmodel.h"

#include <QString>

#include <functional>

class AutomationShareModel;
class PhaseBreakdownModel;
class StepComparisonModel;
class TimelineModel;
class QChart;
struct DrillMetrics;

class HistoryCharts
{
public:
    struct Options
    {
        QString runbookTitle;
        bool exampleData = false; // says "example data" in the title
        bool animated = false;
        std::function<void(qint64 drillId)> drillClicked; // points and bars that open a drill
        bool byDate = false; // trend and RPO: the drill's date on the x axis, not its iteration
    };

    // RTO achieved (or wall or active minutes) per iteration, one line per environment, the
    // RTO target as a dashed line. With automated runs (drilldeck run) in the model, each
    // environment has a line of hand-run drills ("production — hand-run", filled points) and
    // one of automated runs ("production — automated": thin, dashed, hollow points) in the same
    // colour. With RTO, drills that finished without restoring the service are an "×" series
    // "not restored (no RTO)" on the target line, never points of a line.
    static QChart *trend(TrendModel *model, TrendModel::Column value, const Options &options);
    // RPO achieved per iteration, one line per environment, against the RPO target.
    static QChart *rpo(TrendModel *model, const Options &options);
    // Minutes per phase per drill, stacked.
    static QChart *phases(PhaseBreakdownModel *model, const Options &options);
    // Manual, scripted and automated share of step time per drill, stacked to 100 %.
    static QChart *automation(AutomationShareModel *model, const Options &options);

    // Planned, A and B minutes per step of two drills, as horizontal bars.
    static QChart *stepComparison(StepComparisonModel *model, const Options &options);

    // One drill as a Gantt chart: a bar per step from its start to its end (critical path in
    // red), pauses, injects, observations and service restored as vertical lines.
    static QChart *timeline(TimelineModel *model, const Options &options);

    // One drill's steps that ran, each a bar split into hands-on and waiting minutes (waiting
    // hatched, not told by colour alone), the first step on top.
    static QChart *handsOnAndWaiting(const DrillMetrics &metrics, const QString &label,
                                     const Options &options);

    static QString titleFor(const QString &what, const Options &options);
};
