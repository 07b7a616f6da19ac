// Renders a ReportDocument as one self-contained HTML file (well-formed XHTML; charts as
// data: URIs; no scripts, no external references). QTextDocument reads the same markup for
// the preview and the PDF. Every text is HTML-escaped.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

struct ReportDocument;

class HtmlReportWriter
{
public:
    // chartSources: chart id -> the img src (a data: URI, or a resource name a QTextDocument
    // knows); charts without one are named but not shown. chartWidth: the img width attribute
    // in pixels, 0 for the image's own.
    static QString write(const ReportDocument &document,
                         const QHash<QString, QString> &chartSources = {}, int chartWidth = 0);
    static QString dataUri(const QByteArray &png);
};
