#include "drivendrillsmodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

DrivenDrillsModel::DrivenDrillsModel(QObject *parent) : QAbstractTableModel(parent) {}

DrivenDrillsModel::~DrivenDrillsModel() = default;

void DrivenDrillsModel::setDrills(const QList<DriverHistory::Driven> &drills)
{
    beginResetModel();
    m_drills = drills;
    endResetModel();
}

int DrivenDrillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drills.size());
}

int DrivenDrillsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrivenDrillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriverHistory::Driven &d = m_drills[index.row()];
    if (role == DrillIdRole)
        return d.drillId;
    if (role == DrivenBySomeoneNewRole)
        return d.drivenBySomeoneNew();
    if (role == Qt::ToolTipRole && index.column() == NewDriverColumn && d.drivenBySomeoneNew())
        return tr("%1 had not driven this runbook in any earlier drill")
            .arg(d.newDrivers.join(u", "_s));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DrillColumn:
        return tr("#%1 · %2 #%3").arg(d.drillId).arg(d.environment).arg(d.iteration);
    case DateColumn:
        return d.startedMs < 0 ? QString()
                               : QDateTime::fromMSecsSinceEpoch(d.startedMs, Qt::UTC)
                                     .date()
                                     .toString(Qt::ISODate);
    case DriversColumn:
        return d.drivers.isEmpty() ? tr("nobody recorded") : d.drivers.join(u", "_s);
    case NewDriverColumn:
        return d.drivenBySomeoneNew()
                   ? tr("driven by someone new: %1").arg(d.newDrivers.join(u", "_s))
                   : QString();
    default:
        return {};
    }
}

QVariant DrivenDrillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DrillColumn:
        return tr("Drill");
    case DateColumn:
        return tr("Started");
    case DriversColumn:
        return tr("Driver");
    case NewDriverColumn:
        return tr("Someone new?");
    default:
        return {};
    }
}
