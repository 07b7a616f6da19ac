// One row per finished drill of a runbook (by environment, then iteration): RTO achieved, wall
// and active time, RPO, and their targets, in minutes. Feeds the trend and RPO charts (one
// series per environment, hand-run and automated apart), their tables and their CSV. A drill
// that finished without restoring the service has no RTO (an empty cell) and the RTO status
// "not restored".
#pragma once

#include "drillsummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EnvironmentColumn,
        IterationColumn,
        StartedColumn, // the date, yyyy-MM-dd
        RtoColumn,     // minutes
        RtoTargetColumn,
        RtoStatusColumn, // met, missed, not restored, no target
        WallColumn,
        ActiveColumn,
        RpoColumn,
        RpoTargetColumn,
        DrillIdColumn,
        // Active time split: hands-on, and when every running step only waited on a machine.
        HandsOnColumn,
        WaitingColumn,
        RunColumn, // hand-run or automated (drilldeck run); the CSV's last column
        ColumnCount
    };
    enum Role {
        DrillIdRole = Qt::UserRole,
        StartedMsRole,
        RtoStatusRole, // int(RtoStatus)
        RunKindRole    // int(Drill::RunKind)
    };

    explicit TrendModel(QObject *parent = nullptr);
    ~TrendModel() override;

    // Keeps the finished drills with a start; ordered by environment, then iteration.
    void setDrills(const QList<DrillSummary> &drills);
    const QList<DrillSummary> &drills() const { return m_drills; }

    QStringList environments() const;
    // The contiguous rows of one environment: first row and count (0 when none).
    QPair<int, int> rowsOf(const QString &environment) const;
    // The run kinds of the environment's drills: hand-run first; empty when it has none.
    QList<Drill::RunKind> runKindsOf(const QString &environment) const;
    bool hasAutomatedRuns() const;
    qint64 drillIdAt(int row) const;
    // The row of the given environment's drill (of that run kind, when given) whose iteration is
    // nearest to x; -1 when none.
    int rowNear(const QString &environment, double iteration,
                std::optional<Drill::RunKind> kind = {}) const;
    // The row of the given environment's drill (of that run kind, when given) that started
    // nearest to msSinceEpoch; -1 when none.
    int rowNearDate(const QString &environment, double msSinceEpoch,
                    std::optional<Drill::RunKind> kind = {}) const;
    // The row of a drill that finished without restoring the service nearest to x, an iteration
    // or (byDate) a start in ms since the epoch; -1 when none.
    int notRestoredRowNear(double x, bool byDate) const;
    // The largest value in a minutes column, targets included; 0 when empty.
    double maximum(Column column) const;

    static double minutes(qint64 ms);            // rounded to 0.1
    static QString statusText(RtoStatus status); // "met", "not restored", ...: the status column
    // Finished drills in chart order: environments by their first drill (test before
    // production), then by iteration.
    static QList<DrillSummary> chartOrder(const QList<DrillSummary> &drills);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DrillSummary> m_drills;
};
