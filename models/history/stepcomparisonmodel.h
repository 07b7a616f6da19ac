// Two drills step by step: planned, actual in A, actual in B and the change (B − A) in minutes,
// largest slowdown first; steps a rewrite added or removed are marked as such. Feeds the step
// comparison table, its bar chart (QVBarModelMapper) and its CSV.
#pragma once

#include "drillsummary.h"

#include <QAbstractTableModel>
#include <QList>

class StepComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        PlannedColumn,
        ActualAColumn,
        ActualBColumn,
        DeltaColumn,
        ChangeColumn, // "added", "removed" or empty
        ColumnCount
    };
    enum Role { StepIdRole = Qt::UserRole };

    explicit StepComparisonModel(QObject *parent = nullptr);
    ~StepComparisonModel() override;

    void setDrills(const DrillSummary &a, const DrillSummary &b);
    QString labelA() const { return m_labelA; }
    QString labelB() const { return m_labelB; }

    // The last two finished drills of the environment of the newest one, as indexes into
    // drills (older first); when the newest is the first of its environment, the finished drill
    // just before it in any environment; {-1, -1} when there are not two.
    static QPair<int, int> defaultPair(const QList<DrillSummary> &drills);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString stepId;
        QString title;
        double planned = 0;
        std::optional<double> a;
        std::optional<double> b;
        int order = 0;
    };
    QList<Row> m_rows;
    QString m_labelA;
    QString m_labelB;
};
