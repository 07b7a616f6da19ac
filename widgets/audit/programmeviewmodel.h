// What the Programme window adds to ProgrammeModel's words: an icon and red on an overdue
// status (never the colour alone: the cell says "overdue" too), an icon on a changed runbook,
// and bold on every cell that asks for action.
#pragma once

#include <QIdentityProxyModel>

class ProgrammeViewModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
