// A runbook's Markdown (the scenario) read into report blocks: paragraphs with bold, italic,
// code, struck-through and linked runs, list items, quotations, headings and code blocks. What it
// gives is text with styles, never markup: raw HTML stays text, only http(s) links are links,
// and every writer escapes all of it.
#pragma once

#include "reportdocument.h"

#include <QList>
#include <QString>

class ReportMarkdown
{
public:
    // Blocks for the Markdown; its headings become headings of headingLevel.
    static QList<ReportDocument::Block> blocks(const QString &markdown, int headingLevel = 3);
    // The runs of one paragraph's inline Markdown.
    static QList<ReportDocument::Span> spans(const QString &inline_);
};
