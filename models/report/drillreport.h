// Everything the drill report tells about one drill, read from the store in one go: the drill,
// the revision it ran, its metrics, its log folded into observations, rewrites and scores, its
// action items, and the drills of the same runbook to compare it with.
#pragma once

#include "drill.h"
#include "drillevent.h"
#include "drillmetrics.h"
#include "drillsummary.h"
#include "observationledger.h"
#include "rewritehistory.h"
#include "runbook.h"
#include "runbookrevision.h"
#include "signoff.h"
#include "storeresult.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class DrillStore;
class RunbookRevisionStore;

struct DrillReport
{
    // One live rewrite of the procedure: the step as it was and as it became (empty objects
    // for an insert's before and a removal's after).
    struct Rewrite
    {
        qint64 timeMs = 0;
        QString author;
        DrillEvent::Kind kind = DrillEvent::Kind::StepEdited;
        QString stepId;
        QJsonObject before;
        QJsonObject after;
        QString phaseId;   // where the step was (or, inserted, goes)
        int index = -1;    // its position there, from 0
        QString toPhaseId; // moved: where it went
        int toIndex = -1;
        // A change of its own, or the undo or the redo of one, as the undo stack saw it.
        RewriteHistory::Role role = RewriteHistory::Role::Change;
        bool operator==(const Rewrite &) const = default;
    };
    struct ActionItem
    {
        qint64 id = 0;
        QString title;
        QString owner;
        QString dueDate;     // yyyy-MM-dd or empty
        QString status;      // open, done, dropped
        QString observation; // the text of the observation it came from, if any
        // How it was closed: what was done, the link to the proof, when (0: open or unknown).
        QString closingNote;
        QString closingLink;
        qint64 closedMs = 0;
        bool operator==(const ActionItem &) const = default;
    };
    // The newest score of one evaluation criterion.
    struct Score
    {
        QString criterion;
        int score = 0; // 1-5
        QString comment;
        QString author;
        bool operator==(const Score &) const = default;
    };

    Drill drill;
    RunbookRevision revision;
    Runbook runbook;   // the revision the drill ran
    Runbook procedure; // that revision as the drill's live rewrites left it (steps inserted...)
    DrillMetrics metrics;
    QList<DrillEvent> events;
    QList<ObservationLedger::Observation> observations; // as they stand, withdrawn ones left out
    QList<Rewrite> rewrites;
    QList<ActionItem> actionItems;
    QList<Score> scores;
    QList<SignOff> signOffs; // in the order signed, each with the changes logged after it
    std::optional<DrillSummary> previous; // the iteration before, same runbook and environment
    QList<DrillSummary> history;          // ended drills of the runbook, every environment
    qint64 generatedMs = 0;

    // The scenario is a secret until the drill has ended.
    bool scenarioRevealed() const { return Drill::isEnded(metrics.state); }
    DrillSummary summary() const;
    QString runbookTitle() const;

    static StoreResult<DrillReport> load(const DrillStore &drills,
                                         const RunbookRevisionStore &revisions, qint64 drillId,
                                         qint64 nowMs);
    // The newest drill (the highest id); NotFound in an empty database.
    static StoreResult<qint64> lastDrillId(const DrillStore &drills);

    // Folding the log (observations fold in ObservationLedger): exposed for tests.
    static QList<Rewrite> rewritesOf(const QList<DrillEvent> &events);
    static QList<Score> scoresOf(const QList<DrillEvent> &events, const QStringList &criteria);
};
