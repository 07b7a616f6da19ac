// The people × runbooks matrix: one row per person seen driving a drill, one column per runbook;
// a cell says how many drills of that runbook the person drove and when last ("3 · 2025-05-12"),
// empty when never. A runbook only one person ever drove says so in its header ("single
// driver"): a knowledge silo. Adapts a DriverHistory.
#pragma once

#include "driverhistory.h"

#include <QAbstractTableModel>

class DriverMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DrillsRole = Qt::UserRole, // int: drills driven (cells)
        LastMsRole,                // qint64: start of the last one, -1 never (cells)
        SingleDriverRole,          // bool: the column's runbook has a single driver (cells, header)
        RunbookIdRole,             // the column's runbook id (cells, header)
    };

    explicit DriverMatrixModel(QObject *parent = nullptr);
    ~DriverMatrixModel() override;

    void setHistory(const DriverHistory &history);
    const DriverHistory &history() const { return m_history; }

    // "3 · 2025-05-12"; empty for never.
    static QString cellText(const DriverHistory::Tally &tally);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DriverHistory m_history;
    QStringList m_people;
    QStringList m_runbooks;
};
