// The drills of one runbook as driven: one row per drill that started, earliest first, with its
// environment and iteration, the day, the drivers, and whether it was driven by someone new (a
// driver who had never driven this runbook in an earlier drill, in any environment). Adapts a
// DriverHistory.
#pragma once

#include "driverhistory.h"

#include <QAbstractTableModel>

class DrivenDrillsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DrillColumn, DateColumn, DriversColumn, NewDriverColumn, ColumnCount };
    enum Role { DrillIdRole = Qt::UserRole, DrivenBySomeoneNewRole };

    explicit DrivenDrillsModel(QObject *parent = nullptr);
    ~DrivenDrillsModel() override;

    void setDrills(const QList<DriverHistory::Driven> &drills);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DriverHistory::Driven> m_drills;
};
