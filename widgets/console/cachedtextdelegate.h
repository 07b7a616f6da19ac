// An item delegate that keeps each cell's text laid out (QStaticText) instead of shaping it on
// every paint: a clicker press repaints rows whose text has not changed, and shaping them again
// (HarfBuzz, elision) was most of an advance. It draws exactly what QStyledItemDelegate draws
// (tst_cachedtextdelegate compares them pixel for pixel); subclasses style the option in
// initStyleOption as usual.
#pragma once

#include <QAbstractItemView>
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <optional>

class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Lays out the text of a row's cell before it is painted (a row about to scroll into
    // view); true when there was something to lay out. Does nothing before the first paint.
    bool prepare(const QAbstractItemView *view, const QModelIndex &index) const;

    // Texts laid out so far (for tests; the cache is emptied when it grows past a limit).
    qsizetype cachedTextCount() const { return m_texts.size(); }

private:
    struct TextKey
    {
        QString text;
        int width = 0;
        QFont font;
        Qt::TextElideMode elide = Qt::ElideRight;
        bool operator==(const TextKey &) const = default;
    };
    friend size_t qHash(const TextKey &key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.width, key.font, int(key.elide));
    }
    static void drawText(QPainter *painter, const QStyleOptionViewItem &opt,
                         const QStaticText &laid, const QRect &textRect);
    static QPalette::ColorGroup colourGroup(const QStyleOptionViewItem &opt);
    // The cached layout of opt's text and the rect it goes in; null for no text.
    const QStaticText *layOut(const QStyleOptionViewItem &opt, QRect *textRect) const;

    mutable QHash<TextKey, QStaticText> m_texts;
    mutable std::optional<QStyleOptionViewItem> m_template;
};
