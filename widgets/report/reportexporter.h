// Writes a report (a ReportDocument and the charts it refers to) as Markdown (with its charts
// as PNG files beside it), as one self-contained HTML file or as PDF (A4 or Letter): one drill's
// report, the period report, any other composed document. Reports progress and may be
// cancelled; a failed or cancelled export leaves no file behind, and only regular files are ever
// written (OutputFile). Shared by `drilldeck report` and File › Export Report.
#pragma once

#include "reportdocument.h"

#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct DrillReport;
struct PeriodReport;

class ReportExporter
{
public:
    enum class Format { Markdown, Html, Pdf };
    enum class Result { Written, Failed, Cancelled };

    struct Options
    {
        Format format = Format::Html;
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        bool exampleData = false; // the chart titles say "example data"
        QSize chartSize{1200, 650};
    };
    // Called before each stage with what comes next; return false to cancel.
    using Progress = std::function<bool(int done, int total, const QString &stage)>;

    // A composed report: its document, the charts the document names, in the order they are
    // drawn, and how to draw one at a size (exampleData: the title says "example data").
    struct Composed
    {
        ReportDocument document;
        QStringList chartIds;
        std::function<QImage(const QString &chartId, QSize size, bool exampleData)> drawChart;
    };
    static Composed composed(const DrillReport &report);
    static Composed composed(const PeriodReport &report);

    static QStringList formatNames(); // md, html, pdf
    static std::optional<Format> formatFromName(const QString &name);
    static std::optional<Format> formatOfPath(const QString &path); // by suffix
    static QString suffix(Format format);                           // md, html, pdf
    // FILE.md's charts: FILE-timeline.png and so on, beside it.
    static QString chartPath(const QString &markdownPath, const QString &chartId);

    static Result write(const DrillReport &report, const QString &path, const Options &options,
                        const Progress &progress, QString *error);
    // Any composed report; the drawChart of report must outlive the call.
    static Result write(const Composed &report, const QString &path, const Options &options,
                        const Progress &progress, QString *error);

    // The HTML as the preview shows it: charts as data: URIs.
    static QString html(const DrillReport &report, const QHash<QString, QImage> &charts);
    static QHash<QString, QImage> renderCharts(const DrillReport &report, const Options &options,
                                               const Progress &progress = {});
    static QHash<QString, QImage> renderCharts(const Composed &report, const Options &options,
                                               const Progress &progress = {});
};
