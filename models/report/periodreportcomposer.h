// Lays out the period report (PeriodReport: every drill that started in a period, across all
// runbooks) as a ReportDocument: summary, objectives against results, trends per runbook with
// their charts, the misses and their corrective actions with closure, who took part and who
// drove each runbook, sign-offs. Management and auditors read it; every output format renders
// the same document.
#pragma once

#include "reportdocument.h"

#include <QString>

struct PeriodReport;

class PeriodReportComposer
{
public:
    static ReportDocument compose(const PeriodReport &report);

    // The chart compose() refers to for a runbook's RTO trend over the period; the widgets
    // render it. Safe in a file name: "trend-" and the id's letters, digits, '-', '_' and '.'.
    static QString trendChartId(const QString &runbookId);
    // "2025-01-01 to 2025-03-31"
    static QString periodText(const PeriodReport &report);
};
