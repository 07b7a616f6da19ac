// Draws the drill log: a deleted observation struck through (it stays readable: history never
// silently changes), an edited one as it stands now.
#pragma once

#include <QStyledItemDelegate>

class EventLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
