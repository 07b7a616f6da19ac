// Runs one drill: validates each proposed event against the log so far, commits it to the
// store, and only then applies it and tells the UI.
//
// A write that fails (read-only file, full disk) is never dropped: the event waits in a
// pending queue, storageFailed() is emitted, and the queue is retried, in order, before the
// next event and on retryPending(). The state the engine reports (currentSteps, nextStep,
// metrics) covers committed and pending events; eventAppended() fires only once committed.
#pragma once

#include "annotationledger.h"
#include "appendresult.h"
#include "drill.h"
#include "drillmetrics.h"
#include "drillreplay.h"
#include "eventattachment.h"
#include "observationledger.h"
#include "runbook.h"
#include "scorecard.h"

#include <QObject>

#include <functional>
#include <memory>

class DrillStore;
class RunbookRevisionStore;
struct SignOff;
struct StepRewrite;

class DrillEngine : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // UTC milliseconds since the epoch

    // committed: the drill's log as stored (empty for a new drill).
    DrillEngine(DrillStore *store, const Runbook &runbook, const Drill &drill,
                const QList<DrillEvent> &committed, QObject *parent = nullptr);
    ~DrillEngine() override;

    static qint64 systemClock();
    void setClock(Clock clock);
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    const Drill &drill() const { return m_drill; }
    // The procedure as rewritten live so far; the revision the drill started from.
    const Runbook &runbook() const { return m_replay.runbook(); }
    const Runbook &revisionRunbook() const { return m_runbook; }
    const DrillReplay &replay() const { return m_replay; }
    Drill::State state() const { return m_replay.state(); }
    QList<DrillEvent> committedEvents() const { return m_committed; }
    QList<DrillEvent> pendingEvents() const { return m_pending; }
    bool hasPending() const { return !m_pending.isEmpty(); }

    // Running (or blocked) steps in reading order; the next step to start, or empty.
    QStringList currentSteps() const { return m_replay.runningSteps(); }
    QString nextStep() const { return m_replay.nextStep(); }
    // Steps whose dependencies are done and that have not started, in reading order: the room
    // sees them as ready; Page Down starts the first (nextStep()).
    QStringList readySteps() const { return m_replay.readySteps(); }
    StepStatus stepStatus(const QString &stepId) const;
    DrillMetrics metrics() const; // at the clock's now

    // Why the event would be rejected, or empty. Fills in nothing.
    QString check(const DrillEvent &event) const;
    // Proposes an event. A zero time takes the clock's (never earlier than the last event's,
    // should the wall clock step back); an empty author the engine's.
    AppendResult append(DrillEvent event);

    AppendResult start();
    // overrideDependencies starts a step whose depends_on are not done; the log records it.
    AppendResult startStep(const QString &stepId, bool overrideDependencies = false);
    AppendResult completeStep(const QString &stepId);
    // Page Down: completes stepId (empty: nothing to complete) and starts the next ready step
    // (nextStep()), whatever else runs in parallel. Returns the refusal, if any, else the last
    // event's result; *started names the step it started (empty: none was ready).
    AppendResult completeAndStartNext(const QString &stepId, QString *started = nullptr);
    // Keys 1-9: answers the running decision step stepId with its option (1-based). Logs
    // decision-made (with how long the decision took), completes the step and starts the next
    // ready step, the chosen branch's first when it is ready (*started names it); an abort
    // option aborts the drill instead. Returns the refusal, if any, else the last result.
    AppendResult decide(const QString &stepId, int option, QString *started = nullptr);
    AppendResult skipStep(const QString &stepId, const QString &reason);
    // "Now we only wait" on a machine within a running step, and back to hands-on work; toggle
    // picks the one that applies (key W).
    AppendResult startWaiting(const QString &stepId);
    AppendResult endWaiting(const QString &stepId);
    AppendResult toggleWaiting(const QString &stepId);
    bool isWaiting(const QString &stepId) const;
    // When on, a step done or skipped starts at once the steps whose depends_on name it and
    // that are ready now (a step-started event each; autoStarted() names them).
    void setAutoStartReady(bool on) { m_autoStartReady = on; }
    bool autoStartReady() const { return m_autoStartReady; }
    // The steps the last step-done or step-skipped started automatically.
    QStringList autoStarted() const { return m_autoStarted; }
    AppendResult reopenStep(const QString &stepId, const QString &reason);
    // Takes back a first start (a mis-click): the step is not started again, its time is gone.
    AppendResult unstartStep(const QString &stepId, const QString &reason);
    AppendResult blockStep(const QString &stepId, const QString &reason);
    AppendResult unblockStep(const QString &stepId);
    AppendResult pause();
    AppendResult resume();
    AppendResult revealInject(const QString &injectId);
    AppendResult setDataRestoredAt(qint64 dataTimeMs);
    AppendResult observe(const QString &text);
    // An observation with its category (quick-entry names: note, issue, question...), who
    // said it (empty: the engine's author) and the step that was running (may be empty).
    AppendResult observe(const QString &text, const QString &category, const QString &author,
                         const QString &stepId);
    // The same with an image, stored with the event in one transaction. It is never kept
    // pending: when the store fails, nothing is logged and the result is Rejected with the
    // reason (the facilitator still has the text and the image).
    AppendResult observe(const QString &text, const QString &category, const QString &author,
                         const QString &stepId, const EventAttachment &image);
    // A live change to the procedure; refused (with the loader's diagnostics) when it would
    // leave the runbook invalid.
    AppendResult rewrite(const StepRewrite &rewrite);
    AppendResult finish();

    // The record of the drill (allowed before the start and after the end). Edits and
    // deletions are new events: the original observation stays in the log.
    AppendResult editObservation(qint64 observationId, const QString &text, const QString &category,
                                 const QString &author, const QString &stepId);
    AppendResult deleteObservation(qint64 observationId, const QString &reason);
    // Adds the step's note, or changes it when it has one already.
    AppendResult annotate(const QString &stepId, const QString &text, bool onProjector);
    AppendResult removeAnnotation(const QString &stepId);
    AppendResult recordScore(const QString &criterion, int score, const QString &comment);
    // A finished run of the step's command (CommandRun::finished), logged as its evidence. The
    // caller completes the step when it passed; a failed run leaves the step running.
    AppendResult recordCommandRun(const CommandEvidence &evidence, const QString &stepId);
    // Someone vouches for the ended drill's record (the author is signOff.name): refused before
    // the end, without a name or a role, or with texts the log cannot hold.
    AppendResult signOff(const SignOff &signOff);

    // Committed observations with their edits applied; the notes and scores so far.
    const ObservationLedger &observations() const { return m_observations; }
    const AnnotationLedger &annotations() const { return m_annotations; }
    Scorecard scorecard() const;
    AppendResult abort(const QString &reason = {});

    // Retries the pending queue in order; true when it is empty afterwards.
    bool retryPending();
    // The pending events as a JSON array (DrillEvent::toJson), to save somewhere safe.
    QByteArray exportPending() const;

Q_SIGNALS:
    void eventAppended(const DrillEvent &event);
    void eventPending(const DrillEvent &event);
    void storageFailed(const QString &message);
    void eventRejected(const QString &message);

private:
    AppendResult make(DrillEvent::Kind kind, const QString &stepId = {},
                      const QString &payload = {});
    bool flushPending(QString *error);
    QString checkRecord(const DrillEvent &event) const;
    // Fills in the drill, the time (the clock's, never before the last event) and the author.
    void stamp(DrillEvent &event) const;
    AppendResult appendWithAttachment(DrillEvent event, const EventAttachment &image);
    void startDependentsOf(const QString &finishedStepId);

    DrillStore *m_store;
    Runbook m_runbook;
    Drill m_drill;
    DrillReplay m_replay;
    ObservationLedger m_observations; // committed events only: edits name stored ids
    AnnotationLedger m_annotations;   // committed and pending, like the replay
    QList<DrillEvent> m_committed;
    QList<DrillEvent> m_pending;
    Clock m_clock;
    QString m_author;
    bool m_autoStartReady = false;
    QStringList m_autoStarted;
};
