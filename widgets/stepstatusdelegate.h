// Colours the outline by step status and lateness; the text already says it in words,
// so colour is never the only signal.
#pragma once

#include <QSet>
#include <QStyledItemDelegate>

class StepStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Steps with a note pinned to them get a note icon before their title.
    void setAnnotatedSteps(const QSet<QString> &stepIds) { m_annotated = stepIds; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<QString> m_annotated;
};
