// Lays a report's blocks out on pages and draws them: headings, paragraphs (formatted ones, list
// items and quotations too), facts, tables (their header repeated at the top of every page they
// run onto), diffs, code and charts, in the look of the report's HTML. A heading stays with the
// start of what it heads, a paragraph leaves no single line of it alone at the foot or the head
// of a page, and a chart keeps its caption. Text is laid out row by row and page by page, so the
// time grows with the report's length, not with its square (Qt's rich-text tables lay a page out
// against all of their rows).
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <functional>

#include "reportdocument.h"
#include "reporttablecell.h"

class QPaintDevice;
class QPainter;

class ReportPageFlow
{
public:
    // body: the part of a page the report fills, in the device's units; charts: id -> image.
    ReportPageFlow(QPaintDevice *device, const QRectF &body, const QHash<QString, QImage> &charts);
    ~ReportPageFlow();

    // Lays the document out and returns its number of pages. With a painter it also draws it,
    // calling turnPage(page) after each page but the last (page counts from 1). A second run
    // lays the document out exactly as the first.
    int run(const ReportDocument &document, QPainter *painter = nullptr,
            const std::function<void(int page)> &turnPage = {});

    // The width, in CSS pixels (1/96 inch), a chart gets on a page, as in the HTML.
    static constexpr qreal chartWidth = 640;

private:
    using Cell = ReportTableCell;
    struct TextStyle
    {
        QFont font;
        QColor color;
    };
    // Where and how a text is set: indent on both sides, hang more on the left with the marker
    // (a bullet, a number; "|": a quotation's bar) in it, a ground, formatted ranges.
    struct TextBox
    {
        qreal indent = 0;
        qreal hang = 0;
        QString marker;
        QColor background;
        QList<QTextLayout::FormatRange> formats;
    };

    qreal px(qreal cssPixels) const; // CSS pixels to the device's units
    qreal room() const;
    void newPage();
    // Room for height at y, or a fresh page (unless the page is still empty).
    void need(qreal height);
    void gap(qreal top); // the space between the last block and the next (margins collapse)

    std::unique_ptr<QTextLayout>
    layoutText(const QString &text, const QFont &font, qreal width, bool wrap, qreal *height,
               const QList<QTextLayout::FormatRange> &formats = {}) const;
    void text(const QString &text, const TextStyle &style, qreal top, qreal bottom)
    {
        this->text(text, style, top, bottom, TextBox());
    }
    void text(const QString &text, const TextStyle &style, qreal top, qreal bottom,
              const TextBox &box);
    void paragraph(const ReportDocument::Block &block);
    void heading(const QList<ReportDocument::Block> &blocks, qsizetype index);
    // A heading's font, its height, and its margins above and below.
    struct HeadingBox
    {
        QFont font;
        qreal height = 0;
        qreal top = 0;
        qreal bottom = 0;
    };
    HeadingBox headingBox(const ReportDocument::Block &block) const;
    // The height of the start of the block at index that a heading keeps on its page.
    qreal leadHeight(const QList<ReportDocument::Block> &blocks, qsizetype index);
    void table(qsizetype block, const QStringList &header, const QList<QStringList> &rows,
               int wideColumn);
    void diff(const QStringList &lines, bool coloured = true);
    void chart(const QString &chartId, const QString &caption);

    // The column widths of the table at block, worked out once.
    const QList<qreal> &widthsOf(qsizetype block, const QStringList &header,
                                 const QList<QStringList> &rows, int wideColumn);
    QList<qreal> columnWidths(const QStringList &header, const QList<QStringList> &rows,
                              int wideColumn) const;
    qreal naturalWidth(const QString &text, const QFont &font) const;
    qreal padLeft(qsizetype column, bool facts) const;
    // facts: a table of labels (bold) and values, without borders or header.
    QList<Cell> layoutRow(const QStringList &cells, const QList<qreal> &widths, int wideColumn,
                          bool header, bool facts) const;
    qreal rowHeight(const QList<Cell> &cells) const;
    qreal firstLine(const QList<Cell> &cells) const; // the height of its first line, padded
    bool drawSlice(QList<Cell> &cells, const QList<qreal> &widths, bool header, bool facts,
                   qreal limit);

    QPaintDevice *m_device;
    QRectF m_body;
    QHash<QString, QImage> m_charts;
    qreal m_dpi;
    QPainter *m_painter = nullptr;
    std::function<void(int)> m_turnPage;
    int m_page = 1;
    qreal m_y = 0;
    qreal m_margin = 0; // the bottom margin of the last block, still to collapse with the next
    bool m_pageEmpty = true;
    TextStyle m_paragraph;
    TextStyle m_cell;
    TextStyle m_headerCell;
    QFontMetricsF m_cellLine;
    QFontMetricsF m_headerLine;
    QHash<qsizetype, QList<qreal>> m_columns;   // per table block: its column widths
    mutable QHash<QString, qreal> m_widthCache; // natural width of a cell text (cell font)
    mutable QHash<QString, qreal> m_headerWidthCache;
};
