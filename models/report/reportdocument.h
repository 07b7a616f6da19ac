// A report as a list of plain-text blocks (headings, paragraphs, tables, diffs, code, charts)
// that each output format renders and escapes in its own way: the sections are written once.
// A paragraph may carry formatted runs (from a runbook's Markdown): plain text with a style,
// never markup, so every format still escapes all of it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct ReportDocument
{
    // A run of a paragraph's text with its style; link: an http(s) address it links to.
    struct Span
    {
        QString text;
        bool bold = false;
        bool italic = false;
        bool code = false;
        bool strike = false;
        QString link;
        bool operator==(const Span &) const = default;
    };
    struct Block
    {
        enum class Kind {
            Heading,   // level 1-3
            Paragraph, // text; strong: the sentence the reader must not miss
            Facts,     // rows of {label, value}
            Table,     // header and rows
            Diff,      // lines starting with "- ", "+ " or "  "
            Code,      // lines of a code block, as they are
            Chart,     // chartId names an image the writer is given; text is its caption
        };
        Kind kind = Kind::Paragraph;
        int level = 2;
        QString text;
        bool strong = false;
        QStringList header;
        QList<QStringList> rows;
        QString chartId;
        int wideColumn = -1; // Table: the column of prose that gets the room left
        // Paragraph: its runs when formatted (text holds them unformatted), and what it is:
        // a bullet ("-") or numbered ("3.") list item, or a quotation (">"); empty: none.
        QList<Span> spans;
        QString marker;
        bool operator==(const Block &) const = default;
    };

    QString title;
    QList<Block> blocks;

    Block &add(Block::Kind kind)
    {
        Block b;
        b.kind = kind;
        b.level = 0;
        blocks.append(b);
        return blocks.last();
    }
    void heading(const QString &text, int level = 2)
    {
        Block &b = add(Block::Kind::Heading);
        b.level = level;
        b.text = text;
    }
    void paragraph(const QString &text, bool strong = false)
    {
        Block &b = add(Block::Kind::Paragraph);
        b.text = text;
        b.strong = strong;
    }
    void facts(const QList<QStringList> &rows) { add(Block::Kind::Facts).rows = rows; }
    void table(const QStringList &header, const QList<QStringList> &rows, int wideColumn = -1)
    {
        Block &b = add(Block::Kind::Table);
        b.header = header;
        b.rows = rows;
        b.wideColumn = wideColumn;
    }
    void diff(const QStringList &lines) { add(Block::Kind::Diff).rows = {lines}; }
    void code(const QStringList &lines) { add(Block::Kind::Code).rows = {lines}; }
    void chart(const QString &chartId, const QString &caption)
    {
        Block &b = add(Block::Kind::Chart);
        b.text = caption;
        b.chartId = chartId;
    }
    bool operator==(const ReportDocument &) const = default;
};
