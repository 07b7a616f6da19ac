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
    // A is the median of each step's time (done steps) over reference, the drills before B;
    // its label says "median of the last N". A step none of them did has no A.
    void setMedianReference(const QList<DrillSummary> &reference, const DrillSummary &b);
    // Up to count finished drills of b's environment that started before drills[b], newest
    // last: the drills whose median setMedianReference takes.
    static QList<DrillSummary> previousDrills(const QList<DrillSummary> &drills, int b, int count);
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
    // Rows from B's steps and then A's (by id); a: the A time of a step, if any.
    void setRows(const DrillSummary &b, const QList<StepMetrics> &aSteps,
                 const QHash<QString, double> &a);
    struct Row
    {
        QString stepId;
        QString title;
        double planned = 0;
        std::optional<double> a;
        std::optional<double> b;
        bool aMissing = false; // in A's steps, but none of A's drills did it
        int order = 0;
    };
    QList<Row> m_rows;
    QString m_labelA;
    QString m_labelB;
};
