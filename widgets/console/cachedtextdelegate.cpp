#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QWidget>

namespace {
// Distinct texts of a long drill's outline stay far below this; a clock column that changes
// every second would otherwise grow the cache without end.
constexpr qsizetype maxCachedTexts = 4096;
} // namespace

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    m_template = option; // what prepare() builds the options of rows not painted yet from
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // A struck-through or underlined line (a deleted observation) is rare: the style draws it,
    // since a static text places the line a pixel off the style's.
    if (opt.font.strikeOut() || opt.font.underline() || opt.font.overline()) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The style draws the row's background, selection, icon and focus; the text comes from the
    // cache, placed, elided and coloured as QCommonStyle places, elides and colours it.
    QRect textRect;
    const QStaticText *laid = layOut(opt, &textRect);
    opt.text.clear();
    const bool focused = opt.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus; // its frame goes over the text, as the style draws it
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (laid)
        drawText(painter, opt, *laid, textRect);
    if (focused) {
        opt.state |= QStyle::State_HasFocus;
        QStyleOptionFocusRect frame;
        frame.QStyleOption::operator=(opt);
        frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        frame.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        frame.backgroundColor = opt.palette.color(
            colourGroup(opt),
            opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, widget);
    }
}

void CachedTextDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &opt,
                                  const QStaticText &laid, const QRect &textRect)
{
    const QColor colour = opt.palette.color(colourGroup(opt), opt.state & QStyle::State_Selected
                                                                  ? QPalette::HighlightedText
                                                                  : QPalette::Text);
    const QRect placed = QStyle::alignedRect(
        opt.direction, QStyle::visualAlignment(opt.direction, opt.displayAlignment),
        laid.size().toSize(), textRect);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(colour);
    painter->setClipRect(opt.rect,
                         Qt::IntersectClip); // the cell, as the style clips: a j may hang left
    painter->drawStaticText(placed.topLeft(), laid);
    painter->restore();
}

QPalette::ColorGroup CachedTextDelegate::colourGroup(const QStyleOptionViewItem &opt)
{
    if (!(opt.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return opt.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

bool CachedTextDelegate::prepare(const QAbstractItemView *view, const QModelIndex &index) const
{
    if (!m_template || !index.isValid())
        return false; // nothing painted yet, so no option to match the paint's
    QStyleOptionViewItem opt = *m_template;
    opt.rect = view->visualRect(index);
    opt.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
    initStyleOption(&opt, index);
    const qsizetype before = m_texts.size();
    QRect textRect;
    layOut(opt, &textRect);
    return m_texts.size() != before;
}

const QStaticText *CachedTextDelegate::layOut(const QStyleOptionViewItem &opt,
                                              QRect *textRect) const
{
    if (opt.text.isEmpty())
        return nullptr;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    *textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                    .adjusted(margin, 0, -margin, 0);
    if (m_texts.size() >= maxCachedTexts)
        m_texts.clear();
    const TextKey key{opt.text, textRect->width(), opt.font, opt.textElideMode};
    auto found = m_texts.constFind(key);
    if (found != m_texts.constEnd())
        return &*found;
    const QFontMetrics metrics(opt.font);
    QStaticText laid(metrics.elidedText(opt.text, opt.textElideMode, textRect->width()));
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), opt.font);
    return &*m_texts.insert(key, laid);
}
