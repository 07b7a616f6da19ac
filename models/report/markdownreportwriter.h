// Renders a ReportDocument as GitHub-flavoured Markdown for wikis and git. Every text is
// escaped: what users typed comes out as the characters they typed, never as markup.
#pragma once

#include "reportdocument.h"

#include <QHash>
#include <QString>

class MarkdownReportWriter
{
public:
    // chartFiles: chart id -> the image's path relative to the Markdown file; charts without
    // one are named but not shown.
    static QString write(const ReportDocument &document,
                         const QHash<QString, QString> &chartFiles = {});

    // One line, Markdown control characters backslash-escaped; atLineStart: also what would
    // start a list or a setext heading there.
    static QString escape(const QString &text, bool atLineStart = false);
    // Formatted runs (a runbook's Markdown) as Markdown again: each run's text escaped, its
    // style as emphasis, code spans and http(s) links, on one line.
    static QString inlineText(const QList<ReportDocument::Span> &spans);

private:
    static QString escapeRun(const QString &text); // escaped, nothing trimmed
    static QString guardLineStart(QString escaped);
};
