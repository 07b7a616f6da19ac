// Writes the report as a PDF: its blocks laid out page by page (ReportPageFlow) on a QPdfWriter,
// A4 or Letter, the report's title at the head of every page after the first, "Page N of M" at
// the foot of every page, long lines wrapped anywhere.
#pragma once

#include "reportpageflow.h"

#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QString>

struct ReportDocument;
class QIODevice;

class PdfReportWriter
{
public:
    // charts: id -> image, for the document's chart blocks.
    static bool write(const ReportDocument &document, const QHash<QString, QImage> &charts,
                      QPageSize::PageSizeId pageSize, QIODevice *device, QString *error);

    // The img src a chart has in the HTML of the export dialog's preview, which shows the
    // charts as the PDF does, chartWidth CSS pixels wide.
    static QString chartSource(const QString &chartId);
    static constexpr int chartWidth = int(ReportPageFlow::chartWidth);
};
