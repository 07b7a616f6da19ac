// One row per finished drill (by environment, then iteration): the share of step time that was
// manual, scripted and automated, in percent, weighted by each step's actual time. Feeds the
// automation chart through QVBarModelMapper, its table and its CSV.
#pragma once

#include "drillsummary.h"
#include "runbook.h"

#include <QAbstractTableModel>
#include <QList>

class AutomationShareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ManualColumn, ScriptedColumn, AutomatedColumn, ColumnCount };
    enum Role { DrillIdRole = Qt::UserRole };

    explicit AutomationShareModel(QObject *parent = nullptr);
    ~AutomationShareModel() override;

    // Steps the runbook no longer has count as manual.
    void setHistory(const Runbook &runbook, const QList<DrillSummary> &drills);
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 drillId = 0;
        QString label;
        double percent[3] = {0, 0, 0}; // manual, scripted, automated
    };
    QList<Row> m_rows;
};
