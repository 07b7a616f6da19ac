// Colours the outline by step status and lateness; the text already says it in words,
// so colour is never the only signal.
#pragma once

#include <QStyledItemDelegate>

class StepStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
