#include "reportpageflow.h"

#include "paragraphsplit.h"
#include "reportdocument.h"
#include "reportpagestyle.h"
#include "reportrichtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace ReportPageStyle;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportPageFlow", text);
}

} // namespace

ReportPageFlow::ReportPageFlow(QPaintDevice *device, const QRectF &body,
                               const QHash<QString, QImage> &charts)
    : m_device(device), m_body(body), m_charts(charts), m_dpi(device->logicalDpiY()),
      m_paragraph{font(10), ink}, m_cell{font(8.5), ink}, m_headerCell{font(8.5, true), ink},
      m_cellLine(m_cell.font, device), m_headerLine(m_headerCell.font, device)
{}

ReportPageFlow::~ReportPageFlow() = default;

qreal ReportPageFlow::px(qreal cssPixels) const
{
    return cssPixels * m_dpi / 96.0;
}

qreal ReportPageFlow::room() const
{
    return m_body.bottom() - m_y;
}

void ReportPageFlow::newPage()
{
    if (m_painter && m_turnPage)
        m_turnPage(m_page);
    ++m_page;
    m_y = m_body.top();
    m_margin = 0;
    m_pageEmpty = true;
}

void ReportPageFlow::need(qreal height)
{
    if (!m_pageEmpty && height > room())
        newPage();
}

void ReportPageFlow::gap(qreal top)
{
    if (!m_pageEmpty)
        m_y += std::max(m_margin, top);
    m_margin = 0;
}

int ReportPageFlow::run(const ReportDocument &document, QPainter *painter,
                        const std::function<void(int)> &turnPage)
{
    m_painter = painter;
    m_turnPage = turnPage;
    m_page = 1;
    m_y = m_body.top();
    m_margin = 0;
    m_pageEmpty = true;
    using Kind = ReportDocument::Block::Kind;
    const QList<ReportDocument::Block> &blocks = document.blocks;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportDocument::Block &b = blocks[i];
        switch (b.kind) {
        case Kind::Heading:
            heading(blocks, i);
            break;
        case Kind::Paragraph:
            paragraph(b);
            break;
        case Kind::Facts:
            table(i, {}, b.rows, -1);
            break;
        case Kind::Table:
            if (b.rows.isEmpty())
                text(tr("(none)"), m_paragraph, px(12), px(12));
            else
                table(i, b.header, b.rows, b.wideColumn);
            break;
        case Kind::Diff:
            diff(b.rows.value(0));
            break;
        case Kind::Code:
            diff(b.rows.value(0), false);
            break;
        case Kind::Chart:
            chart(b.chartId, b.text);
            break;
        }
    }
    m_painter = nullptr;
    m_turnPage = {};
    return m_page;
}

std::unique_ptr<QTextLayout>
ReportPageFlow::layoutText(const QString &text, const QFont &font, qreal width, bool wrap,
                           qreal *height, const QList<QTextLayout::FormatRange> &formats) const
{
    QString lines = text;
    lines.replace(u"\r\n"_s, QString(QChar::LineSeparator))
        .replace(u'\n', QChar::LineSeparator)
        .replace(u'\r', QChar::LineSeparator);
    auto layout = std::make_unique<QTextLayout>(lines, font, m_device);
    QTextOption option;
    // A 10,000-character word wraps too.
    option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(m_painter != nullptr); // drawn: keep the glyphs shaped for it
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

// Wrapped text, line by line onto the pages, with its block's margins: no line of it alone at
// the foot or the head of a page (ParagraphSplit).
void ReportPageFlow::text(const QString &text, const TextStyle &style, qreal top, qreal bottom,
                          const TextBox &box)
{
    gap(top);
    const qreal width = m_body.width() - 2 * box.indent - box.hang;
    qreal height = 0;
    const std::unique_ptr<QTextLayout> layout =
        layoutText(text.isEmpty() ? u" "_s : text, style.font, width, true, &height, box.formats);
    QList<double> heights;
    for (int i = 0; i < layout->lineCount(); ++i)
        heights << layout->lineAt(i).height();
    const qreal left = m_body.left() + box.indent;
    for (int i = 0; i < layout->lineCount();) {
        const int lines = ParagraphSplit::linesForPage(heights, i, room(), m_pageEmpty);
        if (lines == 0) {
            newPage();
            continue;
        }
        for (const int end = i + lines; i < end; ++i) {
            const QTextLine line = layout->lineAt(i);
            if (m_painter) {
                if (box.background.isValid())
                    m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), line.height()),
                                        box.background);
                m_painter->setPen(style.color);
                line.draw(m_painter, QPointF(left + box.hang, m_y - line.y()));
                if (box.marker == u"|"_s)
                    m_painter->fillRect(QRectF(left, m_y, px(3), line.height()), rule);
                else if (i == 0 && !box.marker.isEmpty())
                    m_painter->drawText(QRectF(left, m_y, box.hang - px(6), line.height()),
                                        Qt::AlignRight | Qt::AlignTop, box.marker);
            }
            m_y += line.height();
            m_pageEmpty = false;
        }
        if (i < layout->lineCount())
            newPage();
    }
    m_margin = bottom;
}

// A paragraph: plain, a verdict (strong), or formatted runs, a list item or a quotation.
void ReportPageFlow::paragraph(const ReportDocument::Block &b)
{
    if (b.strong && b.spans.isEmpty()) {
        text(b.text, {font(11, true), ink}, px(12), px(12));
        return;
    }
    TextBox box;
    TextStyle style = m_paragraph;
    QString shown = b.text;
    if (!b.spans.isEmpty()) {
        ReportRichText rich = ReportRichText::of(b.spans, style.font);
        shown = rich.text;
        box.formats = rich.formats;
    }
    const bool item = !b.marker.isEmpty();
    if (b.marker == u">"_s) {
        box.marker = u"|"_s;
        box.hang = px(16);
        style.color = captionInk;
    } else if (item) {
        box.marker = b.marker.front().isDigit() ? b.marker : u"•"_s;
        box.hang = px(28);
    }
    // List items sit close together, as in the HTML's lists.
    text(shown, style, item ? px(4) : px(12), item ? px(4) : px(12), box);
}

ReportPageFlow::HeadingBox ReportPageFlow::headingBox(const ReportDocument::Block &b) const
{
    static constexpr qreal points[] = {18, 13, 11};
    const int level = std::clamp(b.level, 1, 3);
    const qreal size = points[level - 1];
    HeadingBox h;
    h.font = font(size, true);
    // h1: 18px above, 0.3em below; h2: 1.2em above, 12px below; h3: 0.8em above, 12px below.
    h.top = level == 1 ? px(18) : level == 2 ? size * 1.2 * m_dpi / 72 : size * 0.8 * m_dpi / 72;
    h.bottom = level == 1 ? size * 0.3 * m_dpi / 72 : px(12);
    layoutText(b.text, h.font, m_body.width(), true, &h.height);
    return h;
}

void ReportPageFlow::heading(const QList<ReportDocument::Block> &blocks, qsizetype index)
{
    const HeadingBox h = headingBox(blocks[index]);
    // A chart starts a page of its own rather than leave its heading behind; any heading keeps
    // the start of what it heads on its page (a heading under it too, and what that heads).
    const bool beforeChart =
        index + 1 < blocks.size() && blocks[index + 1].kind == ReportDocument::Block::Kind::Chart;
    if (beforeChart && !m_pageEmpty)
        newPage();
    const qreal lead = beforeChart ? 0 : leadHeight(blocks, index + 1);
    need(std::max(m_margin, h.top) + h.height + std::min(h.bottom + lead, m_body.height() / 2));
    text(blocks[index].text, {h.font, ink}, h.top, h.bottom);
}

qreal ReportPageFlow::leadHeight(const QList<ReportDocument::Block> &blocks, qsizetype index)
{
    using Kind = ReportDocument::Block::Kind;
    if (index >= blocks.size())
        return 0;
    const ReportDocument::Block &b = blocks[index];
    const qreal line = QFontMetricsF(m_paragraph.font, m_device).height();
    switch (b.kind) {
    case Kind::Heading: {
        const HeadingBox h = headingBox(b);
        const bool beforeChart = index + 1 < blocks.size() && blocks[index + 1].kind == Kind::Chart;
        return h.top + h.height + h.bottom + (beforeChart ? 0 : leadHeight(blocks, index + 1));
    }
    case Kind::Paragraph: {
        // The lines ParagraphSplit keeps together at the start: two, or all of three or fewer.
        qreal height = 0;
        const auto layout =
            layoutText(b.text.isEmpty() ? u" "_s : b.text,
                       b.strong ? font(11, true) : m_paragraph.font, m_body.width(), true, &height);
        const int lines = layout->lineCount() <= 3 ? layout->lineCount() : 2;
        return lines > 0 ? layout->lineAt(lines - 1).y() + layout->lineAt(lines - 1).height()
                         : height;
    }
    case Kind::Table:
        if (!b.rows.isEmpty()) {
            const QList<qreal> &widths = widthsOf(index, b.header, b.rows, b.wideColumn);
            return px(6) + rowHeight(layoutRow(b.header, widths, b.wideColumn, true, false)) +
                   rowHeight(layoutRow(b.rows.first(), widths, b.wideColumn, false, false));
        }
        return line;
    case Kind::Diff:
    case Kind::Code:
        return px(12) + 2 * QFontMetricsF(font(8.5, false, false, true), m_device).height();
    default:
        return 2 * line;
    }
}

void ReportPageFlow::diff(const QStringList &lines, bool coloured)
{
    gap(px(12));
    const TextStyle mono{font(8.5, false, false, true), ink};
    const qreal pad = px(6);
    need(2 * pad + QFontMetricsF(mono.font, m_device).height());
    if (m_painter)
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), pad), diffFill);
    m_y += pad;
    m_pageEmpty = false;
    for (const QString &l : lines) {
        const QColor colour = !coloured            ? ink
                              : l.startsWith(u'-') ? deleted
                              : l.startsWith(u'+') ? added
                                                   : ink;
        TextBox box;
        box.indent = pad;
        box.background = diffFill;
        text(l, {mono.font, colour}, 0, 0, box);
    }
    if (m_painter)
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), pad), diffFill);
    m_y += pad;
    m_margin = px(12);
}

void ReportPageFlow::chart(const QString &chartId, const QString &caption)
{
    const QImage image = m_charts.value(chartId);
    if (image.isNull() || image.width() <= 0) {
        text(tr("Chart not included: %1").arg(caption), {font(10, false, true), captionInk}, px(12),
             px(12));
        return;
    }
    gap(0);
    const TextStyle captionStyle{font(10, false, true), captionInk};
    qreal captionHeight = 0;
    layoutText(caption, captionStyle.font, m_body.width(), true, &captionHeight);
    // The caption stays with its chart: the chart is made smaller rather than leave it behind.
    const qreal below = std::min(px(12) + captionHeight, m_body.height() / 4);
    const qreal width = std::min(px(chartWidth), m_body.width());
    const qreal height = std::min(width * image.height() / image.width(), m_body.height() - below);
    need(height + below);
    if (m_painter)
        m_painter->drawImage(QRectF(m_body.left(), m_y, width, height), image);
    m_y += height;
    m_pageEmpty = false;
    text(caption, captionStyle, px(12), px(12));
}

const QList<qreal> &ReportPageFlow::widthsOf(qsizetype block, const QStringList &header,
                                             const QList<QStringList> &rows, int wideColumn)
{
    auto known = m_columns.find(block);
    return known != m_columns.end()
               ? *known
               : *m_columns.insert(block, columnWidths(header, rows, wideColumn));
}

qreal ReportPageFlow::naturalWidth(const QString &text, const QFont &font) const
{
    QHash<QString, qreal> &cache = font.bold() ? m_headerWidthCache : m_widthCache;
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    const qreal width = QFontMetricsF(font, m_device).horizontalAdvance(text);
    cache.insert(text, width);
    return width;
}

// HTML's automatic table layout, near enough: each column between the width of its longest
// unbreakable word and of its longest line, as QTextDocument shares the room out; the prose
// column of a table gets a fixed width; the table fills the page's width. The words are
// measured only when the lines do not fit.
QList<qreal> ReportPageFlow::columnWidths(const QStringList &header, const QList<QStringList> &rows,
                                          int wideColumn) const
{
    qsizetype columns = header.size();
    for (const QStringList &r : rows)
        columns = std::max(columns, r.size());
    const bool facts = header.isEmpty();
    auto fontOf = [&](qsizetype column, bool isHeader) -> const QFont & {
        return isHeader || (facts && column == 0) ? m_headerCell.font : m_cell.font;
    };
    QList<qreal> most(columns, 0);
    QList<qreal> widths(columns, 0);
    qreal available = m_body.width();
    for (qsizetype c = 0; c < columns; ++c) {
        const qreal pads = padLeft(c, facts) + px(cellPadH);
        if (c == wideColumn) {
            widths[c] = px(wideColumnWidth) + pads;
            available -= widths[c];
            continue;
        }
        most[c] = c < header.size() ? naturalWidth(header[c], fontOf(c, true)) : 0;
        for (const QStringList &r : rows)
            if (c < r.size())
                most[c] = std::max(most[c], naturalWidth(r[c], fontOf(c, false)));
        most[c] += pads;
    }
    if (facts) { // as wide as their labels, the last column taking the rest
        for (qsizetype c = 0; c + 1 < columns; ++c) {
            widths[c] = most[c];
            available -= most[c];
        }
        if (columns > 0)
            widths[columns - 1] = std::max(available, px(2 * cellPadH + 40));
        return widths;
    }
    QList<qsizetype> variable;
    qreal sumMost = 0;
    for (qsizetype c = 0; c < columns; ++c)
        if (c != wideColumn) {
            variable << c;
            sumMost += most[c];
        }
    // Every column its longest line when they fit, else its longest word (a figure stays on
    // one line), and the room left in equal shares to the columns short of their longest line.
    QList<qreal> least = most;
    if (sumMost > available)
        for (const qsizetype c : std::as_const(variable)) {
            least[c] = 0;
            auto word = [&](const QString &cell, bool isHeader) {
                const qreal w = isFigure(cell)
                                    ? naturalWidth(cell, fontOf(c, isHeader))
                                    : std::min(naturalWidth(longestWord(cell), fontOf(c, isHeader)),
                                               m_body.width() / 4);
                least[c] = std::max(least[c], w);
            };
            if (c < header.size())
                word(header[c], true);
            for (const QStringList &r : rows)
                if (c < r.size())
                    word(r[c], false);
            least[c] += padLeft(c, facts) + px(cellPadH);
        }
    for (const qsizetype c : std::as_const(variable)) {
        widths[c] = least[c];
        available -= least[c];
    }
    for (int round = 0; round < 8 && available > 0.5; ++round) {
        qsizetype growing = 0;
        for (const qsizetype c : std::as_const(variable))
            growing += widths[c] < most[c] ? 1 : 0;
        if (growing == 0)
            break;
        const qreal share = available / qreal(growing);
        for (const qsizetype c : std::as_const(variable))
            if (widths[c] < most[c]) {
                const qreal grown = std::min(most[c], widths[c] + share);
                available -= grown - widths[c];
                widths[c] = grown;
            }
    }
    // What is still left goes to every column alike (the table is as wide as the page).
    if (available > 0 && !variable.isEmpty())
        for (const qsizetype c : std::as_const(variable))
            widths[c] += available / qreal(variable.size());
    return widths;
}

QList<ReportPageFlow::Cell> ReportPageFlow::layoutRow(const QStringList &cells,
                                                      const QList<qreal> &widths, int wideColumn,
                                                      bool header, bool facts) const
{
    QList<Cell> out(widths.size());
    for (qsizetype c = 0; c < widths.size(); ++c) {
        Cell &cell = out[c];
        const QString text = cells.value(c);
        const bool bold = header || (facts && c == 0);
        const TextStyle &style = bold ? m_headerCell : m_cell;
        const qreal inner = widths[c] - padLeft(c, facts) - px(cellPadH);
        // Most cells are a short plain line: measured already for the column widths, it needs
        // no line breaking (Latin-1 only: other scripts may take a fallback font's height).
        const bool plain = c != wideColumn && std::all_of(text.cbegin(), text.cend(), [](QChar ch) {
                               return ch.unicode() >= 0x20 && ch.unicode() < 0x100 &&
                                      ch.unicode() != 0x7f && ch.unicode() != 0x85;
                           });
        if (plain && (isFigure(text) || naturalWidth(text, style.font) <= inner - px(0.5))) {
            cell.line = text;
            cell.font = &style.font;
            cell.lineHeight = cell.height = bold ? m_headerLine.height() : m_cellLine.height();
            cell.ascent = bold ? m_headerLine.ascent() : m_cellLine.ascent();
            continue;
        }
        cell.layout = layoutText(text, style.font, inner, !isFigure(text), &cell.height);
    }
    return out;
}

qreal ReportPageFlow::padLeft(qsizetype column, bool facts) const
{
    return facts && column == 0 ? 0 : px(cellPadH);
}

qreal ReportPageFlow::firstLine(const QList<Cell> &cells) const
{
    qreal height = 0;
    for (const Cell &c : cells)
        if (c.lineCount() > 0)
            height = std::max(height, c.lineHeightAt(0));
    return height + px(2 * cellPadV);
}

qreal ReportPageFlow::rowHeight(const QList<Cell> &cells) const
{
    qreal height = 0;
    for (const Cell &c : cells)
        height = std::max(height, c.height);
    return height + px(2 * cellPadV + 1);
}

void ReportPageFlow::table(qsizetype block, const QStringList &header,
                           const QList<QStringList> &rows, int wideColumn)
{
    const bool facts = header.isEmpty();
    const QList<qreal> widths = widthsOf(block, header, rows, wideColumn);
    // 0.4em above, 0.8em below, in the table's 10 pt.
    gap(4 * m_dpi / 72);
    QList<Cell> head = facts ? QList<Cell>() : layoutRow(header, widths, wideColumn, true, false);
    // The header and the first row stay together.
    if (!facts) {
        QList<Cell> first = layoutRow(rows.value(0), widths, wideColumn, false, false);
        need(rowHeight(head) + std::min(rowHeight(first), m_body.height() / 2));
        drawSlice(head, widths, true, false, std::numeric_limits<qreal>::max());
    }
    for (const QStringList &r : rows) {
        QList<Cell> cells = layoutRow(r, widths, wideColumn, false, facts);
        const qreal height = rowHeight(cells);
        if (height > room() && !m_pageEmpty &&
            (height + (facts ? 0 : rowHeight(head)) <= m_body.height() ||
             firstLine(cells) > room()))
            newPage(); // the row fits on the next page (or not even its first line on this)
        for (;;) {
            if (m_pageEmpty && !facts) // a new page: the header again
                drawSlice(head, widths, true, false, std::numeric_limits<qreal>::max());
            if (drawSlice(cells, widths, false, facts, m_body.bottom()))
                break;
            newPage(); // a row taller than a page: its lines run on
        }
    }
    m_margin = 8 * m_dpi / 72;
}

// Draws the lines of the cells not drawn yet that fit above limit, in a row of cells as tall as
// the tallest cell's part; true once every line is drawn. The header's lines start over each
// time.
bool ReportPageFlow::drawSlice(QList<Cell> &cells, const QList<qreal> &widths, bool header,
                               bool facts, qreal limit)
{
    const qreal padV = px(cellPadV);
    const qreal top = m_y;
    qreal used = 0;
    bool done = true;
    QList<int> ends(cells.size());
    for (qsizetype c = 0; c < cells.size(); ++c) {
        Cell &cell = cells[c];
        if (header)
            cell.next = 0;
        const int count = cell.lineCount();
        int i = cell.next;
        const qreal first = i < count ? cell.lineTop(i) : 0;
        qreal bottom = 0;
        for (; i < count; ++i) {
            const qreal lineBottom = cell.lineTop(i) - first + cell.lineHeightAt(i);
            // At least one line on a page, however small the page.
            if (top + padV + lineBottom + padV > limit && !(i == cell.next && m_pageEmpty))
                break;
            bottom = lineBottom;
        }
        ends[c] = i;
        used = std::max(used, bottom);
        done = done && i == count;
    }
    const qreal height = used + 2 * padV + (facts ? 0 : px(1)); // a row's rule adds to it
    if (m_painter) {
        qreal x = m_body.left();
        const qreal border = px(1);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QRectF box(x, top, widths[c], height);
            if (header)
                m_painter->fillRect(box, headerFill);
            if (!facts) {
                m_painter->setPen(QPen(rule, border));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawRect(box);
            }
            m_painter->setPen(ink);
            const Cell &cell = cells[c];
            const qreal first = cell.next < cell.lineCount() ? cell.lineTop(cell.next) : 0;
            for (int i = cell.next; i < ends[c]; ++i)
                cell.draw(m_painter, i, x + padLeft(c, facts),
                          top + padV + cell.lineTop(i) - first);
            x += widths[c];
        }
    }
    for (qsizetype c = 0; c < cells.size(); ++c)
        cells[c].next = ends[c];
    m_y = top + height;
    m_pageEmpty = false;
    return done;
}
