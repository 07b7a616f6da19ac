// One row per finished drill (by environment, then iteration), one column per runbook phase:
// the minutes its steps ran (step clocks summed, pauses left out). Feeds the stacked phase
// chart through QVBarModelMapper, its table and its CSV.
#pragma once

#include "drillsummary.h"
#include "runbook.h"

#include <QAbstractTableModel>
#include <QList>

class PhaseBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, FirstPhaseColumn };
    enum Role { DrillIdRole = Qt::UserRole };

    explicit PhaseBreakdownModel(QObject *parent = nullptr);
    ~PhaseBreakdownModel() override;

    // Steps the runbook no longer has are counted under "Other steps".
    void setHistory(const Runbook &runbook, const QList<DrillSummary> &drills);

    int phaseCount() const { return int(m_phaseTitles.size()); }
    QString label(int row) const;
    double total(int row) const;

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
        QList<double> minutes; // per phase
    };
    QStringList m_phaseTitles;
    QList<Row> m_rows;
};
