#include "reportchartrenderer.h"

#include "drillreport.h"
#include "drillreportcomposer.h"
#include "historycharts.h"
#include "timelinemodel.h"
#include "trendmodel.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QCoreApplication>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartRenderer)
};
} // namespace

QImage ReportChartRenderer::grab(QChart *chart, QSize size)
{
    QChartView view(chart); // owns the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    view.grab(); // lays the chart out at this size; the second grab paints it laid out
    return view.grab().toImage();
}

QStringList ReportChartRenderer::chartIds(const DrillReport &report)
{
    QStringList ids;
    if (report.metrics.startedMs >= 0)
        ids << DrillReportComposer::timelineChartId();
    if (!report.history.isEmpty())
        ids << DrillReportComposer::trendChartId();
    if (DrillReportComposer::hasWaiting(report))
        ids << DrillReportComposer::handsOnWaitingChartId();
    return ids;
}

QImage ReportChartRenderer::render(const DrillReport &report, const QString &chartId, QSize size,
                                   bool exampleData)
{
    if (!chartIds(report).contains(chartId))
        return {};
    HistoryCharts::Options options;
    options.runbookTitle = report.runbookTitle();
    options.exampleData = exampleData;
    if (chartId == DrillReportComposer::timelineChartId()) {
        TimelineModel timeline;
        timeline.setDrill(report.summary(), report.events);
        return grab(HistoryCharts::timeline(&timeline, options), size);
    }
    if (chartId == DrillReportComposer::handsOnWaitingChartId())
        return grab(HistoryCharts::handsOnAndWaiting(report.metrics,
                                                     Text::tr("drill %1 (%2 #%3)")
                                                         .arg(report.drill.id)
                                                         .arg(report.drill.environment)
                                                         .arg(report.drill.iteration),
                                                     options),
                    size);
    TrendModel trend;
    trend.setDrills(report.history);
    return grab(HistoryCharts::trend(&trend, TrendModel::RtoColumn, options), size);
}
