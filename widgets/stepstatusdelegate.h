// Colours the outline by step status and lateness; the text already says it in words,
// so colour is never the only signal.
//
// It also keeps each cell's text laid out (QStaticText): a clicker press repaints rows whose
// text has not changed, and shaping it again (HarfBuzz, elision) was most of an advance.
#pragma once

#include <QAbstractItemView>
#include <QFont>
#include <QHash>
#include <QSet>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <optional>

class StepStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Steps with a note pinned to them get a note icon before their title. Returns the steps
    // that gained or lost their note, the only rows to repaint.
    QSet<QString> setAnnotatedSteps(const QSet<QString> &stepIds)
    {
        QSet<QString> changed = stepIds;
        changed.unite(m_annotated);
        changed.subtract(QSet<QString>(stepIds).intersect(m_annotated));
        m_annotated = stepIds;
        return changed;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Lays out the text of a row's cell before it is painted (a row about to scroll into
    // view); true when there was something to lay out. Does nothing before the first paint.
    bool prepare(const QAbstractItemView *view, const QModelIndex &index) const;

    // Texts laid out so far (for tests; the cache is emptied when it grows past a limit).
    qsizetype cachedTextCount() const { return m_texts.size(); }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    struct TextKey
    {
        QString text;
        int width = 0;
        bool bold = false;
        Qt::TextElideMode elide = Qt::ElideRight;
        bool operator==(const TextKey &) const = default;
    };
    friend size_t qHash(const TextKey &key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.width, key.bold, int(key.elide));
    }
    static void drawText(QPainter *painter, const QStyleOptionViewItem &opt,
                         const QStaticText &laid, const QRect &textRect);
    static QPalette::ColorGroup colourGroup(const QStyleOptionViewItem &opt);
    // The cached layout of opt's text and the rect it goes in; null for no text.
    const QStaticText *layOut(const QStyleOptionViewItem &opt, QRect *textRect) const;

    QSet<QString> m_annotated;
    mutable QHash<TextKey, QStaticText> m_texts;
    mutable QFont m_textFont; // the regular font the cached texts were laid out in
    mutable std::optional<QStyleOptionViewItem> m_template;
};
