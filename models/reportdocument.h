// A report as a list of plain-text blocks (headings, paragraphs, tables, diffs, charts) that
// each output format renders and escapes in its own way: the sections are written once.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct ReportDocument
{
    struct Block
    {
        enum class Kind {
            Heading,   // level 1-3
            Paragraph, // text; strong: the sentence the reader must not miss
            Facts,     // rows of {label, value}
            Table,     // header and rows
            Diff,      // lines starting with "- ", "+ " or "  "
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
        bool operator==(const Block &) const = default;
    };

    QString title;
    QList<Block> blocks;

    void heading(const QString &text, int level = 2)
    {
        blocks.append({Block::Kind::Heading, level, text, false, {}, {}, {}});
    }
    void paragraph(const QString &text, bool strong = false)
    {
        blocks.append({Block::Kind::Paragraph, 0, text, strong, {}, {}, {}});
    }
    void facts(const QList<QStringList> &rows)
    {
        blocks.append({Block::Kind::Facts, 0, {}, false, {}, rows, {}});
    }
    void table(const QStringList &header, const QList<QStringList> &rows, int wideColumn = -1)
    {
        blocks.append({Block::Kind::Table, 0, {}, false, header, rows, {}, wideColumn});
    }
    void diff(const QStringList &lines)
    {
        blocks.append({Block::Kind::Diff, 0, {}, false, {}, {lines}, {}});
    }
    void chart(const QString &chartId, const QString &caption)
    {
        blocks.append({Block::Kind::Chart, 0, caption, false, {}, {}, chartId});
    }
    bool operator==(const ReportDocument &) const = default;
};
