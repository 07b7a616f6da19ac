// Renders the period report's charts (each runbook's RTO over the period, by date) to images,
// headless, the way ReportChartRenderer draws the drill report's.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

struct PeriodReport;

class PeriodChartRenderer
{
public:
    // The charts the period report shows, in report order: one per runbook with a drill that
    // restored the service in the period.
    static QStringList chartIds(const PeriodReport &report);
    // A null image for an id the report cannot show.
    static QImage render(const PeriodReport &report, const QString &chartId, QSize size,
                         bool exampleData);
};
