// A paragraph's formatted runs (a runbook's Markdown in the report) as the text and the format
// ranges a QTextLayout draws: bold, italic, code in the monospace face on a grey ground, struck
// through, links in blue with their address after them, since paper cannot be clicked.
#pragma once

#include "reportdocument.h"

#include <QFont>
#include <QTextLayout>

struct ReportRichText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    static ReportRichText of(const QList<ReportDocument::Span> &spans, const QFont &font);
};
