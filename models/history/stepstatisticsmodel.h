// Per step across the previous drills of a runbook and environment (StepStatistics): how many
// drills, the median, the interquartile range, the minimum and maximum, the last drill's time
// and how it stands against them. Times as clock readings ("4:05"); the history window's table.
#pragma once

#include "stepstatistics.h"

#include <QAbstractTableModel>

class StepStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        DrillsColumn,
        MedianColumn,
        SpreadColumn, // interquartile range: Q1–Q3
        RangeColumn,  // min–max
        LastColumn,
        LastVsMedianColumn, // "+1:10" slower, "−0:40" faster
        VerdictColumn,
        ColumnCount
    };
    enum Role { StepIdRole = Qt::UserRole, MillisecondsRole };

    explicit StepStatisticsModel(QObject *parent = nullptr);
    ~StepStatisticsModel() override;

    void setStatistics(const QList<StepStatistics> &rows);
    const QList<StepStatistics> &statistics() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StepStatistics> m_rows;
};
