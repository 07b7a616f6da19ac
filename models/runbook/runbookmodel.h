// A runbook as a tree for views: phases at the top level, their steps beneath; with a
// drill's metrics, each step's status and planned against actual time.
#pragma once

#include "drillmetrics.h"
#include "runbook.h"

#include <QAbstractItemModel>
#include <QSet>

class RunbookModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns {
        TitleColumn = 0,
        StatusColumn,
        ExpectedColumn,
        ActualColumn,
        RoleColumn,
        AutomationColumn,
        NUM_COLUMNS
    };
    enum Roles {
        StepIdRole = Qt::UserRole,
        PhaseIdRole,
        IsStepRole,
        StatusRole,     // StepStatus as int
        LatenessRole,   // ms over the estimate (negative: early), 0 without an estimate
        IsLateRole,     // bool: finished over its estimate, or running past it
        RewrittenRole,  // bool: changed, inserted or moved during the drill
        UnfinishedRole, // bool: still running (or blocked) when the drill ended
        ReadyRole,      // bool: not started and its dependencies done: it can start now
    };

    explicit RunbookModel(QObject *parent = nullptr);
    ~RunbookModel() override;

    void setRunbook(const Runbook &runbook); // forgets metrics and rewritten marks
    // Steps rewritten during the drill: their title reads "✎ title" (a mark, not a colour).
    void setRewrittenSteps(const QSet<QString> &stepIds);
    const Runbook &runbook() const { return m_runbook; }
    // Status, actual and lateness columns follow the metrics; only changed cells signal.
    void setMetrics(const DrillMetrics &metrics);
    void clearMetrics();
    // The running steps' clocks went on by sinceSnapshotMs since the metrics were set (the
    // clocks' SecondTicker): only their Actual cells signal, and only when their text changed.
    // Ignored while the drill is not running (paused: the step clocks stand still).
    void setSinceSnapshot(qint64 sinceSnapshotMs);
    // Steps ready to start, in reading order, while a drill runs: the first (what Page Down
    // starts) reads "▷ next", the others "○ ready". Only the cells whose mark changed signal.
    void setReadySteps(const QStringList &stepIds);
    // Running steps that only wait on a machine now (W, or `wait: true`): "◷ waiting".
    void setWaitingSteps(const QStringList &stepIds);
    QModelIndex indexOfStep(const QString &stepId) const;

    static QString statusText(StepStatus status);
    // Every text the Status column can show while the drill runs (a running step's in bold),
    // and a step's once it ended unfinished (regular): the column is as wide as the widest
    // from the start, so a step's status changing never narrows the titles.
    static QStringList statusColumnTexts();
    static QString unfinishedText();
    static QString waitingText();
    static bool isLate(const StepMetrics &metrics);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr PhaseMarker = ~quintptr(0);
    const StepMetrics *metricsOf(const QString &stepId) const;
    // The metrics with a running step's clock advanced to now.
    StepMetrics liveMetrics(const StepMetrics &metrics) const;
    QString actualText(const StepMetrics &metrics) const;
    QModelIndex stepIndex(int phase, int row, int column) const;
    bool isUnfinished(const StepMetrics *metrics) const; // active when the drill ended

    Runbook m_runbook;
    QHash<QString, StepMetrics> m_metrics;
    QSet<QString> m_rewritten;
    QSet<QString> m_ready;
    QSet<QString> m_waiting;
    QString m_nextReady;                      // the first of them in reading order
    bool m_clockRunning = false;              // the drill runs: its steps' clocks tick
    qint64 m_since = 0;                       // since the metrics were derived
    QList<std::pair<int, int>> m_activeSteps; // (phase, row) of the steps whose clocks run
    bool m_drillEnded = false;                // the metrics are of a finished or aborted drill
    struct StepCounts
    {
        int done = 0;
        int skipped = 0;
        int total = 0;
        bool operator==(const StepCounts &) const = default;
    };
    StepCounts m_counts; // said in the title column's header
};
