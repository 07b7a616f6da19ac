// Markdown drawn as large as fits: shrinks down to a floor, then cuts at a whole line with "…".
#include "fittedmarkdownview.h"

#include "projectortheme.h"
#include "safemarkdowndocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) ||
           format.hasProperty(QTextFormat::BlockCodeLanguage) ||
           block.charFormat().fontFixedPitch();
}

// A command wraps at spaces only: "apply -" over "-target=…" (or a path cut after a "/") is
// typed wrong from the wall. Every other line-break opportunity gets a word joiner (U+2060,
// drawn as nothing); a word longer than the line is drawn smaller (codeFont), and only a word
// too long even then breaks anywhere.
QString breakingAtSpacesOnly(QString code)
{
    // A shell's line continuation stays at the end of its line, not alone on the next: the
    // space before it does not break (U+00A0).
    if (code.endsWith(u" \\"_s))
        code[code.size() - 2] = QChar(0x00A0);
    QString joined;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, code);
    qsizetype from = 0;
    for (qsizetype at = breaks.toNextBoundary(); at > 0 && at < code.size();
         at = breaks.toNextBoundary()) {
        if (code.at(at - 1).isSpace())
            continue;
        joined += QStringView(code).mid(from, at - from) + QChar(0x2060);
        from = at;
    }
    return joined + QStringView(code).mid(from);
}

// The font of a code line: the clock font a little smaller than the text, and smaller still
// (down to 60 %) when its longest word would not fit in room pixels: a word wider than the line
// breaks anywhere, and a command cut inside a word is typed wrong from the wall.
QFont codeFont(const QString &code, int pixelSize, int room)
{
    const int size = qRound(pixelSize * 0.9);
    QFont font = ProjectorTheme::clockFont(size);
    font.setWeight(QFont::Normal);
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &word : code.split(u' ', Qt::SkipEmptyParts))
        widest = qMax(widest, metrics.horizontalAdvance(word));
    room -= metrics.averageCharWidth(); // the sizes of a font's glyphs do not scale exactly
    if (room > 0 && widest > room)
        font.setPixelSize(qMax(qRound(size * 0.6), int(size * room / widest)));
    return font;
}
} // namespace

FittedMarkdownView::FittedMarkdownView(QWidget *parent)
    : QWidget(parent), m_document(std::make_unique<SafeMarkdownDocument>())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

FittedMarkdownView::~FittedMarkdownView() = default;

void FittedMarkdownView::setMarkdown(const QString &markdown)
{
    if (markdown == m_markdown)
        return;
    m_markdown = markdown;
    m_dirty = true;
    setAccessibleDescription(plainText());
    update();
}

QStringList FittedMarkdownView::laidOutLines() const
{
    fit();
    QStringList lines;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i)
            lines << block.text().mid(layout->lineAt(i).textStart(),
                                      layout->lineAt(i).textLength());
    }
    return lines;
}

QString FittedMarkdownView::plainText() const
{
    SafeMarkdownDocument doc;
    doc.setRunbookMarkdown(m_markdown);
    return doc.toPlainText();
}

void FittedMarkdownView::setPixelSizes(int preferred, int minimum)
{
    preferred = qMax(1, preferred);
    minimum = qBound(1, minimum, preferred);
    if (preferred == m_preferred && minimum == m_minimum)
        return;
    m_preferred = preferred;
    m_minimum = minimum;
    m_dirty = true;
    updateGeometry();
    update();
}

void FittedMarkdownView::setColours(const QColor &text, const QColor &muted,
                                    const QColor &codeBackground)
{
    m_text = text;
    m_muted = muted;
    m_codeBackground = codeBackground;
    m_dirty = true;
    update();
}

int FittedMarkdownView::fittedPixelSize() const
{
    fit();
    return m_fitted;
}

bool FittedMarkdownView::isElided() const
{
    fit();
    return m_cutY >= 0;
}

int FittedMarkdownView::usedHeight() const
{
    fit();
    if (m_cutY >= 0)
        return height();
    return qMin(height(), qCeil(m_document->size().height()));
}

QSize FittedMarkdownView::sizeHint() const
{
    return {m_preferred * 20, m_preferred * 4};
}

QSize FittedMarkdownView::minimumSizeHint() const
{
    return {m_minimum * 4, m_minimum * 2};
}

void FittedMarkdownView::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    QWidget::resizeEvent(event);
}

// Lays the Markdown out at one size: code in the clock font on a card-coloured band.
void FittedMarkdownView::build(int pixelSize) const
{
    if (pixelSize == m_builtSize && !m_dirty)
        return;
    SafeMarkdownDocument &doc = *m_document;
    doc.setDocumentMargin(0);
    doc.setIndentWidth(pixelSize * 1.5); // list numbers scale with the text
    doc.setDefaultFont(ProjectorTheme::textFont(pixelSize));
    doc.setRunbookMarkdown(m_markdown);
    QTextCursor cursor(&doc);
    const qreal pad = pixelSize * 0.3; // around a code band, drawn in paintEvent()
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat blockFormat = block.blockFormat();
        const bool code = isCodeBlock(block);
        if (code) {
            // The lines of one code block make one band, padded, with a gap after it.
            const bool codeBefore = block.previous().isValid() && isCodeBlock(block.previous());
            const bool codeAfter = block.next().isValid() && isCodeBlock(block.next());
            blockFormat.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            blockFormat.setTopMargin(codeBefore ? 0 : pad + pixelSize * 0.1);
            blockFormat.setBottomMargin(codeAfter ? 0 : pad + pixelSize * 0.6);
            blockFormat.setLeftMargin(pixelSize * 0.5);
            blockFormat.setRightMargin(pixelSize * 0.5);
            blockFormat.setNonBreakableLines(false); // a long command wraps rather than runs off
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            const QString joined = breakingAtSpacesOnly(block.text());
            const QFont mono = codeFont(joined, pixelSize, width() - pixelSize);
            if (joined != block.text()) {
                cursor.insertText(joined);
                cursor.setPosition(block.position());
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            }
            QTextCharFormat monoFormat;
            monoFormat.setFont(mono);
            cursor.mergeCharFormat(monoFormat);
        } else {
            blockFormat.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
            blockFormat.setBottomMargin(blockFormat.bottomMargin() + pixelSize * 0.25);
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(blockFormat);
    }
    doc.setTextWidth(qMax(1, width()));
    m_builtSize = pixelSize;
}

void FittedMarkdownView::fit() const
{
    if (!m_dirty)
        return;
    const int available = qMax(1, height());
    auto heightAt = [&](int size) {
        build(size);
        m_dirty = false;
        return m_document->size().height();
    };
    int fitted = m_minimum;
    if (heightAt(m_preferred) <= available) {
        fitted = m_preferred;
    } else {
        // The largest size that fits, by bisection between the floor and the preference.
        int low = m_minimum, high = m_preferred - 1;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (heightAt(mid) <= available)
                low = mid;
            else
                high = mid - 1;
        }
        fitted = low;
    }
    const bool fits = heightAt(fitted) <= available;
    m_fitted = fitted;
    m_cutY = -1;
    if (!fits) {
        // Keep the whole lines that leave room for the ellipsis line below them.
        // The ellipsis line, and the padding of a code band that may end at the cut.
        const int reserve =
            QFontMetrics(ProjectorTheme::textFont(fitted)).height() + qCeil(fitted * 0.3);
        const qreal limit = available - reserve;
        qreal cut = 0;
        bool full = false;
        QAbstractTextDocumentLayout *layout = m_document->documentLayout();
        for (QTextBlock block = m_document->begin(); block.isValid() && !full;
             block = block.next()) {
            const QRectF blockRect = layout->blockBoundingRect(block);
            const QTextLayout *lines = block.layout();
            for (int i = 0; i < lines->lineCount() && !full; ++i) {
                const QTextLine line = lines->lineAt(i);
                const qreal bottom = blockRect.top() + line.y() + line.height();
                if (bottom > limit)
                    full = true;
                else
                    cut = bottom;
            }
        }
        m_cutY = qMax(0, qFloor(cut));
    }
    m_dirty = false;
}

void FittedMarkdownView::paintEvent(QPaintEvent *)
{
    fit();
    QPainter painter(this);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, m_text);
    // Code bands first: one rounded band behind each run of code lines.
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pad = m_fitted * 0.3;
    if (m_cutY >= 0)
        painter.setClipRect(QRectF(0, 0, width(), m_cutY + pad));
    painter.setRenderHint(QPainter::Antialiasing);
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block) || (block.previous().isValid() && isCodeBlock(block.previous())))
            continue;
        QRectF band = layout->blockBoundingRect(block);
        for (QTextBlock last = block.next(); last.isValid() && isCodeBlock(last);
             last = last.next())
            band = band.united(layout->blockBoundingRect(last));
        band.setLeft(0);
        band.setRight(width());
        band.adjust(0, -pad, 0, pad);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_codeBackground);
        painter.drawRoundedRect(band, pad, pad);
    }
    if (m_cutY >= 0) {
        context.clip = QRectF(0, 0, width(), m_cutY);
        painter.setClipRect(context.clip);
    }
    layout->draw(&painter, context);
    if (m_cutY >= 0) {
        painter.setClipping(false);
        painter.setPen(m_muted);
        painter.setFont(ProjectorTheme::textFont(m_fitted, true));
        const QFontMetrics metrics(painter.font());
        painter.drawText(QPointF(0, m_cutY + pad + metrics.ascent()), u"…"_s);
    }
}
