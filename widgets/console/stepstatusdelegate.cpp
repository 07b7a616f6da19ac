#include "stepstatusdelegate.h"

#include "runbookmodel.h"
#include "stepstatus.h"

#include <QStyle>
#include <QWidget>

void StepStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(RunbookModel::IsStepRole).toBool())
        return;
    if (index.column() == RunbookModel::TitleColumn &&
        m_annotated.contains(index.data(RunbookModel::StepIdRole).toString())) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon =
            option->widget
                ? option->widget->style()->standardIcon(QStyle::SP_FileDialogContentsView)
                : QIcon();
        option->decorationSize =
            option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
    }
    const auto status = StepStatus(index.data(RunbookModel::StatusRole).toInt());
    if (index.data(RunbookModel::IsLateRole).toBool() &&
        index.column() == RunbookModel::ActualColumn)
        option->palette.setColor(QPalette::Text, QColor(0xB7, 0x1C, 0x1C));
    if (index.data(RunbookModel::UnfinishedRole).toBool())
        return; // the drill has ended: it is not going on any more
    if (stepIsActive(status))
        option->font.setBold(true);
    else if (status == StepStatus::Done || status == StepStatus::Skipped ||
             status == StepStatus::NotTaken)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}
