// Prints the report's HTML to PDF through Qt's own printing (QTextDocument on a QPdfWriter):
// A4 or Letter, the report's title at the head of every page after the first, "Page N of M" at
// the foot of every page, long lines wrapped anywhere.
#pragma once

#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QString>

class QIODevice;

class PdfReportWriter
{
public:
    // The img src a chart must have in the HTML for write() to find its image.
    static QString chartSource(const QString &chartId);
    // html from HtmlReportWriter with chartSource() names; charts: id -> image.
    static bool write(const QString &html, const QString &title,
                      const QHash<QString, QImage> &charts, QPageSize::PageSizeId pageSize,
                      QIODevice *device, QString *error);
    // The width, in the document's pixels, a chart gets on a page.
    static constexpr int chartWidth = 640;
};
