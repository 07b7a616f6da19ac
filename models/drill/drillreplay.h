// Replays a drill's event log against its runbook: the state each event leaves behind, and
// the rules an event must satisfy to follow the log so far. DrillEngine uses it to validate,
// DrillAnalysis to derive metrics.
#pragma once

#include "commandevidence.h"
#include "drill.h"
#include "drillevent.h"
#include "runbook.h"
#include "step.h"
#include "stepstatus.h"

#include <QHash>
#include <QList>
#include <QSet>

class DrillReplay
{
public:
    // A span of wall-clock time; endMs is -1 while it is still open.
    struct Interval
    {
        qint64 startMs = 0;
        qint64 endMs = -1;
        bool operator==(const Interval &) const = default;
    };

    struct StepState
    {
        Step step;
        // NotStarted, Running, Done, Skipped, or NotTaken (derived: on a branch of a decision
        // that chose another option, and never started)
        StepStatus base = StepStatus::NotStarted;
        bool blocked = false;
        // On a branch of a decision not made yet: not ready until it is (the decision step's id).
        QString awaitsDecision;
        QList<Interval> intervals; // running spans: started or reopened until done/skipped/reopened
        qint64 endMs = -1;         // when it was last done or skipped
        QString reason;            // of the last skip, block or reopen
        // Spans marked "now we only wait" (wait-started to wait-ended, or to the step's end);
        // the last one is open (endMs -1) while the step waits.
        QList<Interval> waits;

        // Waiting on a machine now: a wait marked with W is open.
        bool isWaiting() const { return !waits.isEmpty() && waits.constLast().endMs < 0; }
        StepStatus status() const { return blocked ? StepStatus::Blocked : base; }
        // Not taken counts as finished: for the progress and for the steps that depend on it.
        bool isFinished() const
        {
            return base == StepStatus::Done || base == StepStatus::Skipped ||
                   base == StepStatus::NotTaken;
        }
    };

    // fileName prefixes the diagnostics of a refused rewrite, as the loader's do.
    // The latest decision-made event of a decision step.
    struct DecisionRecord
    {
        int option = 0; // 1-based
        QString label;
        bool abort = false;
        QString author;
        qint64 timeMs = 0;
        qint64 decisionMs = 0; // how long it took, as logged
        bool operator==(const DecisionRecord &) const = default;
    };

    explicit DrillReplay(const Runbook &runbook, const QString &fileName = {});

    // Why the event cannot follow the events applied so far (a sentence to show), or empty.
    QString check(const DrillEvent &event) const;
    // Applies an event without checking it; tolerant of logs written by older rules.
    void apply(const DrillEvent &event);
    void applyAll(const QList<DrillEvent> &events);

    Drill::State state() const { return m_state; }
    qint64 startedMs() const { return m_startedMs; }
    qint64 endedMs() const { return m_endedMs; } // finished or aborted, else -1
    qint64 lastTimeMs() const { return m_lastTimeMs; }
    const QList<Interval> &pauses() const { return m_pauses; }
    std::optional<qint64> dataRestoredMs() const { return m_dataRestoredMs; }
    const QSet<QString> &revealedInjects() const { return m_revealedInjects; }

    // The procedure as rewritten live so far (the revision's runbook plus every step-edited,
    // -inserted, -removed and -moved event), and the revision it started from.
    const Runbook &runbook() const { return m_runbook; }
    const Runbook &revisionRunbook() const { return m_original; }
    // Steps a rewrite changed, inserted or moved and that differ from the revision now.
    bool isRewritten(const QString &stepId) const;
    QSet<QString> rewrittenSteps() const;

    // Steps in reading order (of the rewritten procedure).
    const QList<StepState> &steps() const { return m_steps; }
    const StepState *step(const QString &id) const;
    // The depends_on of a step that are neither done nor skipped.
    QStringList missingDependencies(const QString &stepId) const;
    // Steps whose clock runs (running or blocked), in reading order.
    QStringList runningSteps() const;
    // Running steps that only wait on a machine: a wait marked with W is open, or the step is
    // `wait: true`.
    QStringList waitingSteps() const;
    // Injects with an `after:` step that is done and that are not revealed yet, in the
    // runbook's order: the facilitator is cued to reveal them.
    QStringList readyInjects() const;
    // Steps ready to start: not started, not blocked, their dependencies done or skipped; in
    // reading order. Page Down starts the first of them, whatever else runs in parallel.
    QStringList readySteps() const;
    // The first ready step; or empty.
    QString nextStep() const;
    // The evidence of the step's last command run (a command-run event), if it had one.
    std::optional<CommandEvidence> lastCommandEvidence(const QString &stepId) const;
    // The decision made at a decision step (the latest, if it was reopened and decided again).
    std::optional<DecisionRecord> decision(const QString &stepId) const;

private:
    bool isReady(const StepState &s) const;
    QString stepRule(const DrillEvent &event, const StepState &s) const;
    QString rewriteRule(const DrillEvent &event) const;
    void applyRewrite(const DrillEvent &event);
    void rebuildSteps();
    QString decisionRule(const DrillEvent &event, const StepState &s) const;
    // Derives not-taken steps and the branches that wait, from the decisions made so far.
    void deriveBranches();

    Runbook m_original;
    Runbook m_runbook;
    QString m_fileName;
    QSet<QString> m_touched; // step ids any rewrite named

    QList<StepState> m_steps;
    QHash<QString, qsizetype> m_index;
    QSet<QString> m_injects;
    Drill::State m_state = Drill::State::Planned;
    qint64 m_startedMs = -1;
    qint64 m_endedMs = -1;
    qint64 m_lastTimeMs = -1;
    QList<Interval> m_pauses;
    std::optional<qint64> m_dataRestoredMs;
    QSet<QString> m_revealedInjects;
    QHash<QString, CommandEvidence> m_commandEvidence; // by step id
    QHash<QString, DecisionRecord> m_decisions;        // by decision step id
};
