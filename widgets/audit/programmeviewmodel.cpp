#include "programmeviewmodel.h"

#include "programmemodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

QVariant ProgrammeViewModel::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    switch (role) {
    case Qt::DecorationRole:
        if (column == ProgrammeModel::StatusColumn) {
            const bool overdue = index.data(ProgrammeModel::OverdueRole).toBool();
            return QApplication::style()->standardIcon(overdue ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_DialogApplyButton);
        }
        if (column == ProgrammeModel::ChangedColumn &&
            index.data(ProgrammeModel::NeedsAttentionRole).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        if (column == ProgrammeModel::DriversColumn &&
            index.data(ProgrammeModel::NeedsAttentionRole).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (column == ProgrammeModel::ActionItemsColumn &&
            index.data(ProgrammeModel::NeedsAttentionRole).toBool())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (column == ProgrammeModel::StatusColumn &&
            index.data(ProgrammeModel::OverdueRole).toBool())
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::FontRole:
        if (index.data(ProgrammeModel::NeedsAttentionRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
