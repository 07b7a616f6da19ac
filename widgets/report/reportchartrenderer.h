// Renders the drill report's charts (the drill's timeline, the runbook's RTO trend) to images,
// headless: Qt Charts needs widgets, so this lives here and the report writers take images.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

struct DrillReport;
class QChart;

class ReportChartRenderer
{
public:
    // The charts this report can show, in report order: the timeline once the drill has
    // started, the trend once the runbook has an ended drill.
    static QStringList chartIds(const DrillReport &report);
    // A null image for an id the report cannot show.
    static QImage render(const DrillReport &report, const QString &chartId, QSize size,
                         bool exampleData);
    // The chart drawn at that size, headless (takes the chart); the period report's charts too.
    static QImage grab(QChart *chart, QSize size);
};
