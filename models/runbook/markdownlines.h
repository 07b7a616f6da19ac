// What one line of a Markdown page is, as CommonMark reads it, for the runbook import: a
// heading, a numbered item, a code fence, a "Label: value" line. No tree is built: the import
// walks the lines and keeps their numbers for its notes.
#pragma once

#include <QChar>
#include <QString>

class MarkdownLines
{
public:
    // The spaces and tabs a line starts with.
    static qsizetype indentOf(const QString &text);
    static bool isBlank(const QString &text);
    // `#` to `######` and a space (or nothing) after, at most three spaces in: the level (title
    // in *title), or 0.
    static int headingLevel(const QString &text, QString *title);
    // `1. text` or `1) text`, at most three spaces in: the text after the marker.
    static bool orderedItem(const QString &text, QString *itemText);
    // A code fence: ``` or ~~~ (three or more), at most three spaces in.
    static bool fence(const QString &text, QChar *kind, qsizetype *length, qsizetype *indent);
    // Whether a line closes the fence opened with kind x length.
    static bool closesFence(const QString &text, QChar kind, qsizetype length);
    // "**Expected:** 10m", "- Verify: …", "__Role__: dba": the label (lower case) and the value.
    static bool labelled(const QString &text, QString *label, QString *value);
};
