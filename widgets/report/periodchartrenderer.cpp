#include "periodchartrenderer.h"

#include "historycharts.h"
#include "periodreport.h"
#include "periodreportcomposer.h"
#include "reportchartrenderer.h"
#include "trendmodel.h"

using namespace Qt::StringLiterals;

QStringList PeriodChartRenderer::chartIds(const PeriodReport &report)
{
    QStringList ids;
    for (const QString &runbookId : report.runbookIds()) {
        const QList<DrillSummary> drills = report.drillsOf(runbookId);
        const bool restored = std::any_of(drills.cbegin(), drills.cend(),
                                          [](const DrillSummary &s) { return s.metrics.rtoMs; });
        if (restored)
            ids << PeriodReportComposer::trendChartId(runbookId);
    }
    return ids;
}

QImage PeriodChartRenderer::render(const PeriodReport &report, const QString &chartId, QSize size,
                                   bool exampleData)
{
    for (const QString &runbookId : report.runbookIds()) {
        if (PeriodReportComposer::trendChartId(runbookId) != chartId)
            continue;
        const QList<DrillSummary> drills = report.drillsOf(runbookId);
        HistoryCharts::Options options;
        options.runbookTitle = drills.constFirst().runbookTitle.isEmpty()
                                   ? runbookId
                                   : drills.constFirst().runbookTitle;
        options.exampleData = exampleData;
        options.byDate = true;
        TrendModel trend;
        trend.setDrills(drills);
        return ReportChartRenderer::grab(
            HistoryCharts::trend(&trend, TrendModel::RtoColumn, options), size);
    }
    return {};
}
