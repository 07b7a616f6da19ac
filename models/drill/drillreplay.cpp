#include "drillreplay.h"

#include "decisionbranches.h"
#include "procedurerewriter.h"
#include "steprewrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DrillReplay", text);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString quoted(const QStringList &ids)
{
    QStringList q;
    for (const QString &id : ids)
        q << u'`' + id + u'`';
    return q.join(u", "_s);
}

QString finishedName(const DrillReplay::StepState &s)
{
    // Spelt out for lupdate: a free function's tr() has no context it can see.
    switch (s.base) {
    case StepStatus::Done:
        return QCoreApplication::translate("DrillReplay", "done");
    case StepStatus::NotTaken:
        return QCoreApplication::translate("DrillReplay", "not taken");
    default:
        return QCoreApplication::translate("DrillReplay", "skipped");
    }
}

void closeOpenInterval(QList<DrillReplay::Interval> &intervals, qint64 at)
{
    if (!intervals.isEmpty() && intervals.constLast().endMs < 0)
        intervals.last().endMs = std::max(at, intervals.constLast().startMs);
}
} // namespace

DrillReplay::DrillReplay(const Runbook &runbook, const QString &fileName)
    : m_original(runbook), m_runbook(runbook),
      m_fileName(fileName.isEmpty() ? runbook.id : fileName)
{
    rebuildSteps();
    deriveBranches();
    for (const Inject &inject : runbook.injects)
        m_injects.insert(inject.id);
}

// The step list follows the procedure; a step keeps its record (intervals, status) by id.
void DrillReplay::rebuildSteps()
{
    QList<StepState> steps;
    steps.reserve(m_runbook.stepCount());
    QHash<QString, qsizetype> index;
    for (const Phase &phase : std::as_const(m_runbook.phases))
        for (const Step &step : phase.steps) {
            const auto old = m_index.constFind(step.id);
            StepState s = old == m_index.constEnd() ? StepState{} : m_steps[*old];
            s.step = step;
            index.insert(step.id, steps.size());
            steps.append(s);
        }
    m_steps = std::move(steps);
    m_index = std::move(index);
}

void DrillReplay::deriveBranches()
{
    QSet<QString> notTaken;
    QHash<QString, QString> waiting; // step -> the decision it waits for
    for (const Phase &phase : std::as_const(m_runbook.phases))
        for (qsizetype d = 0; d < phase.steps.size(); ++d) {
            const Step &step = phase.steps[d];
            if (!step.isDecision())
                continue;
            const DecisionBranches branches(phase, d);
            const auto made = m_decisions.constFind(step.id);
            if (made != m_decisions.cend()) {
                for (const QString &id : branches.notTaken(made->option - 1))
                    notTaken.insert(id);
                continue;
            }
            const StepState *s = this->step(step.id);
            if (s && (s->base == StepStatus::Skipped || s->base == StepStatus::NotTaken))
                continue; // no decision will come: its branches do not wait
            for (const QString &id : branches.allBranchSteps())
                waiting.insert(id, step.id);
        }
    for (StepState &s : m_steps) {
        const bool out = notTaken.contains(s.step.id);
        if (s.base == StepStatus::NotTaken && !out)
            s.base = StepStatus::NotStarted;
        else if (s.base == StepStatus::NotStarted && out)
            s.base = StepStatus::NotTaken;
        s.awaitsDecision = waiting.value(s.step.id);
    }
}

std::optional<DrillReplay::DecisionRecord> DrillReplay::decision(const QString &stepId) const
{
    const auto it = m_decisions.constFind(stepId);
    if (it == m_decisions.cend())
        return std::nullopt;
    return *it;
}

bool DrillReplay::isRewritten(const QString &stepId) const
{
    if (!m_touched.contains(stepId))
        return false;
    const Phase *phase = m_runbook.phaseOfStep(stepId);
    const Phase *was = m_original.phaseOfStep(stepId);
    if (!phase)
        return false; // removed
    if (!was || phase->id != was->id)
        return true; // inserted, or moved to another phase
    const Step *now = m_runbook.findStep(stepId);
    const Step *before = m_original.findStep(stepId);
    if (!(*now == *before))
        return true;
    // Moved: its place among the steps both versions of the phase share has changed (steps
    // inserted or removed around it do not move it).
    auto shared = [](const Phase *p, const Phase *other) {
        QStringList ids;
        for (const Step &s : p->steps)
            if (std::any_of(other->steps.cbegin(), other->steps.cend(),
                            [&s](const Step &o) { return o.id == s.id; }))
                ids << s.id;
        return ids;
    };
    return shared(phase, was).indexOf(stepId) != shared(was, phase).indexOf(stepId);
}

QSet<QString> DrillReplay::rewrittenSteps() const
{
    QSet<QString> ids;
    for (const QString &id : m_touched)
        if (isRewritten(id))
            ids.insert(id);
    return ids;
}

const DrillReplay::StepState *DrillReplay::step(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_steps[*it];
}

QStringList DrillReplay::missingDependencies(const QString &stepId) const
{
    QStringList missing;
    if (const StepState *s = step(stepId))
        for (const QString &dep : s->step.dependsOn) {
            const StepState *d = step(dep);
            if (d && !d->isFinished())
                missing << dep;
        }
    return missing;
}

QStringList DrillReplay::runningSteps() const
{
    QStringList ids;
    for (const StepState &s : m_steps)
        if (s.base == StepStatus::Running)
            ids << s.step.id;
    return ids;
}

QStringList DrillReplay::waitingSteps() const
{
    QStringList ids;
    for (const StepState &s : m_steps)
        if (s.base == StepStatus::Running && (s.isWaiting() || s.step.waitsOnMachine))
            ids << s.step.id;
    return ids;
}

QStringList DrillReplay::readyInjects() const
{
    QStringList ids;
    if (m_state != Drill::State::Running && m_state != Drill::State::Paused)
        return ids;
    for (const Inject &inject : m_runbook.injects) {
        if (inject.after.isEmpty() || m_revealedInjects.contains(inject.id))
            continue;
        const StepState *s = step(inject.after);
        if (s && s->base == StepStatus::Done)
            ids << inject.id;
    }
    return ids;
}

bool DrillReplay::isReady(const StepState &s) const
{
    return s.base == StepStatus::NotStarted && !s.blocked && s.awaitsDecision.isEmpty() &&
           missingDependencies(s.step.id).isEmpty();
}

QStringList DrillReplay::readySteps() const
{
    QStringList ids;
    for (const StepState &s : m_steps)
        if (isReady(s))
            ids << s.step.id;
    return ids;
}

QString DrillReplay::nextStep() const
{
    for (const StepState &s : m_steps)
        if (isReady(s))
            return s.step.id;
    return {};
}

QString DrillReplay::check(const DrillEvent &e) const
{
    using Kind = DrillEvent::Kind;
    if (DrillEvent::isRecordKind(e.kind)) {
        if (m_lastTimeMs >= 0 && e.timeMs < m_lastTimeMs)
            return tr("time goes backwards: this %1 event is at %2, before the last event at %3")
                .arg(DrillEvent::kindName(e.kind), iso(e.timeMs), iso(m_lastTimeMs));
        if (e.kind == Kind::SignedOff) {
            // A sign-off vouches for a record that is complete: only after the end.
            if (!Drill::isEnded(m_state))
                return tr("a drill can be signed off only once it has finished or was aborted");
            if (e.payloadObject().value(u"role").toString().trimmed().isEmpty() ||
                e.author.trimmed().isEmpty())
                return tr("a sign-off needs the name and the role of who signs");
        }
        return {};
    }
    if (m_state == Drill::State::Finished)
        return tr("the drill is already finished; no %1 event can follow it")
            .arg(DrillEvent::kindName(e.kind));
    if (m_state == Drill::State::Aborted)
        return tr("the drill was aborted; no %1 event can follow it")
            .arg(DrillEvent::kindName(e.kind));
    if (m_lastTimeMs >= 0 && e.timeMs < m_lastTimeMs)
        return tr("time goes backwards: this %1 event is at %2, before the last event at %3")
            .arg(DrillEvent::kindName(e.kind), iso(e.timeMs), iso(m_lastTimeMs));
    if (e.kind == Kind::Started)
        return m_state == Drill::State::Planned ? QString() : tr("the drill has already started");
    if (m_state == Drill::State::Planned && e.kind != Kind::Observation &&
        !DrillEvent::isRewriteKind(e.kind))
        return tr("the drill has not started yet; start it before a %1 event")
            .arg(DrillEvent::kindName(e.kind));

    if (DrillEvent::isRewriteKind(e.kind))
        return rewriteRule(e);
    if (e.isStepEvent()) {
        if (e.stepId.isEmpty())
            return tr("a %1 event needs a step id").arg(DrillEvent::kindName(e.kind));
        const StepState *s = step(e.stepId);
        if (!s)
            return tr("step `%1` is not in this revision of the runbook").arg(e.stepId);
        return stepRule(e, *s);
    }

    switch (e.kind) {
    case Kind::Paused:
        return m_state == Drill::State::Paused ? tr("the drill is already paused") : QString();
    case Kind::Resumed:
        return m_state != Drill::State::Paused ? tr("the drill is not paused, so it cannot resume")
                                               : QString();
    case Kind::InjectRevealed: {
        const QString inject = e.injectId();
        if (inject.isEmpty())
            return tr("an inject-revealed event needs the inject's id");
        if (!m_injects.contains(inject))
            return tr("inject `%1` is not in this revision of the runbook").arg(inject);
        if (m_revealedInjects.contains(inject))
            return tr("inject `%1` was already revealed").arg(inject);
        return {};
    }
    case Kind::DataRestoredAt: {
        const auto data = e.dataTimeMs();
        if (!data)
            return tr("a data-restored-at event needs the time of the restored data");
        if (*data > e.timeMs)
            return tr("the restored data (%1) cannot be newer than the moment it is entered (%2)")
                .arg(iso(*data), iso(e.timeMs));
        return {};
    }
    case Kind::Observation:
        return e.text().trimmed().isEmpty() ? tr("an observation needs some text") : QString();
    case Kind::Finished:
    case Kind::Aborted:
        return {};
    default:
        return {};
    }
}

QString DrillReplay::rewriteRule(const DrillEvent &e) const
{
    QString why;
    const std::optional<StepRewrite> r = StepRewrite::fromEvent(e, &why);
    if (!r)
        return why;
    if (r->kind == StepRewrite::Kind::Remove) {
        // A step that has run keeps its record: its time counts in the drill's metrics.
        if (const StepState *s = step(r->before.id); s && !s->intervals.isEmpty())
            return tr("step `%1` has already run (it is %2), so it stays in the procedure; "
                      "skip it or edit it instead")
                .arg(s->step.id, s->isFinished() ? finishedName(*s) : tr("running"));
    }
    return ProcedureRewriter::reasons(ProcedureRewriter::check(m_runbook, *r, m_fileName));
}

void DrillReplay::applyRewrite(const DrillEvent &e)
{
    const std::optional<StepRewrite> r = StepRewrite::fromEvent(e);
    if (!r || !ProcedureRewriter::apply(m_runbook, *r, m_fileName).isEmpty())
        return; // a log written by other rules: the procedure stays as it was
    m_touched.insert(r->stepId());
    rebuildSteps();
    deriveBranches();
}

QString DrillReplay::stepRule(const DrillEvent &e, const StepState &s) const
{
    using Kind = DrillEvent::Kind;
    const QString id = s.step.id;
    switch (e.kind) {
    case Kind::StepStarted: {
        if (m_state == Drill::State::Paused)
            return tr("the drill is paused; resume it before starting step `%1`").arg(id);
        if (s.base == StepStatus::Running)
            return tr("step `%1` is already running").arg(id);
        if (s.base == StepStatus::NotTaken)
            return tr("step `%1` is on a branch the decision did not take").arg(id);
        if (s.isFinished())
            return tr("step `%1` is already %2; reopen it instead").arg(id, finishedName(s));
        if (s.blocked)
            return tr("step `%1` is blocked; unblock it first").arg(id);
        if (!s.awaitsDecision.isEmpty())
            return tr("step `%1` is on a branch of decision `%2`, which is not made yet; "
                      "answer it first (keys 1-9)")
                .arg(id, s.awaitsDecision);
        const QStringList missing = missingDependencies(id);
        if (!missing.isEmpty() && !e.payloadObject().value(u"overrideDependencies"_s).toBool())
            return tr("step `%1` depends on %2, which %3 not done yet")
                .arg(id, quoted(missing), missing.size() == 1 ? tr("is") : tr("are"));
        return {};
    }
    case Kind::StepDone:
        if (s.base == StepStatus::NotStarted)
            return tr("step `%1` has not started; start it before marking it done").arg(id);
        if (s.isFinished())
            return tr("step `%1` is already %2").arg(id, finishedName(s));
        if (s.blocked)
            return tr("step `%1` is blocked; unblock it before marking it done").arg(id);
        if (s.step.isDecision() && !m_decisions.contains(id))
            return tr("step `%1` asks “%2”: answer it (keys 1-%3) before marking it done")
                .arg(id, s.step.decision.question)
                .arg(s.step.decision.options.size());
        return {};
    case Kind::StepSkipped:
        if (s.base == StepStatus::NotTaken)
            return tr("step `%1` is on a branch the decision did not take").arg(id);
        if (s.isFinished())
            return tr("step `%1` is already %2; reopen it first").arg(id, finishedName(s));
        return {};
    case Kind::StepBlocked:
        if (s.isFinished())
            return tr("step `%1` is already finished, so it cannot be blocked").arg(id);
        if (s.blocked)
            return tr("step `%1` is already blocked").arg(id);
        return {};
    case Kind::StepUnblocked:
        return s.blocked ? QString() : tr("step `%1` is not blocked").arg(id);
    case Kind::StepReopened:
        if (s.base == StepStatus::NotTaken)
            return tr("step `%1` is on a branch the decision did not take; reopen the decision "
                      "to choose again")
                .arg(id);
        return s.isFinished()
                   ? QString()
                   : tr("step `%1` is neither done nor skipped, so it cannot be reopened").arg(id);
    case Kind::StepUnstarted:
        // Only a first start can be taken back: time already worked on a step stays counted.
        if (s.base != StepStatus::Running || s.intervals.size() != 1)
            return tr("step `%1` is not running since its first start, so it cannot be "
                      "un-started; mark it done or skip it")
                .arg(id);
        return {};
    case Kind::WaitStarted:
        if (s.base != StepStatus::Running)
            return tr("step `%1` is not running, so it cannot wait on a machine; start it first")
                .arg(id);
        if (s.isWaiting())
            return tr("step `%1` already waits on a machine").arg(id);
        return {};
    case Kind::WaitEnded:
        if (!s.isWaiting())
            return tr("step `%1` is not waiting on a machine, so its wait cannot end").arg(id);
        return {};
    case Kind::CommandRun:
        if (s.base != StepStatus::Running)
            return tr("step `%1` is not running, so no run of its command can be recorded").arg(id);
        if (!CommandEvidence::fromPayload(e.payloadObject()))
            return tr("a command-run event needs the run's evidence (command and outcome)");
        return {};
    case Kind::DecisionMade:
        return decisionRule(e, s);
    default:
        return {};
    }
}

QString DrillReplay::decisionRule(const DrillEvent &e, const StepState &s) const
{
    const QString id = s.step.id;
    if (!s.step.isDecision())
        return tr("step `%1` asks no question, so no decision can be made at it").arg(id);
    if (s.base != StepStatus::Running || s.blocked)
        return tr("step `%1` is not running; a decision is made while its step runs").arg(id);
    const int option = e.payloadObject().value(u"option"_s).toInt();
    const qsizetype count = s.step.decision.options.size();
    if (option < 1 || option > count)
        return tr("decision `%1` has options 1 to %2; there is no option %3")
            .arg(id)
            .arg(count)
            .arg(option);
    const Phase *phase = m_runbook.phaseOfStep(id);
    const auto branches = DecisionBranches::of(m_runbook, id);
    if (!phase || !branches)
        return {};
    for (const QString &other : branches->notTaken(option - 1))
        if (const StepState *started = step(other); started && !started->intervals.isEmpty())
            return tr("step `%1` has already started, on a branch option %2 (“%3”) would not "
                      "take; choose its branch, or un-start it first")
                .arg(other)
                .arg(option)
                .arg(s.step.decision.options[option - 1].label);
    return {};
}

std::optional<CommandEvidence> DrillReplay::lastCommandEvidence(const QString &stepId) const
{
    const auto it = m_commandEvidence.constFind(stepId);
    if (it == m_commandEvidence.constEnd())
        return std::nullopt;
    return *it;
}

void DrillReplay::applyAll(const QList<DrillEvent> &events)
{
    for (const DrillEvent &e : events)
        apply(e);
}

void DrillReplay::apply(const DrillEvent &e)
{
    using Kind = DrillEvent::Kind;
    m_lastTimeMs = std::max(m_lastTimeMs, e.timeMs);
    if (Drill::isEnded(m_state))
        return;
    const auto it = m_index.constFind(e.stepId);
    StepState *s = (e.isStepEvent() && it != m_index.constEnd()) ? &m_steps[*it] : nullptr;
    switch (e.kind) {
    case Kind::Started:
        if (m_state == Drill::State::Planned) {
            m_state = Drill::State::Running;
            m_startedMs = e.timeMs;
        }
        break;
    case Kind::StepStarted:
    case Kind::StepReopened:
        if (s && (s->base != StepStatus::Running)) {
            s->base = StepStatus::Running;
            s->endMs = -1;
            if (e.kind == Kind::StepReopened)
                s->reason = e.reason();
            s->intervals.append({e.timeMs, -1});
            if (s->step.isDecision())
                deriveBranches(); // a skipped decision reopened: its branches wait again
        }
        break;
    case Kind::StepUnstarted:
        if (s && s->base == StepStatus::Running) {
            s->intervals.clear();
            s->waits.clear();
            s->base = StepStatus::NotStarted;
            s->blocked = false;
            s->endMs = -1;
        }
        break;
    case Kind::StepDone:
    case Kind::StepSkipped:
        if (s && !s->isFinished()) {
            closeOpenInterval(s->intervals, e.timeMs);
            closeOpenInterval(s->waits, e.timeMs);
            s->base = e.kind == Kind::StepDone ? StepStatus::Done : StepStatus::Skipped;
            s->blocked = false;
            s->endMs = e.timeMs;
            if (e.kind == Kind::StepSkipped)
                s->reason = e.reason();
            if (s->step.isDecision())
                deriveBranches();
        }
        break;
    case Kind::StepBlocked:
        if (s) {
            s->blocked = true;
            s->reason = e.reason();
        }
        break;
    case Kind::StepUnblocked:
        if (s)
            s->blocked = false;
        break;
    case Kind::Paused:
        if (m_state == Drill::State::Running) {
            m_state = Drill::State::Paused;
            m_pauses.append({e.timeMs, -1});
        }
        break;
    case Kind::Resumed:
        if (m_state == Drill::State::Paused) {
            m_state = Drill::State::Running;
            closeOpenInterval(m_pauses, e.timeMs);
        }
        break;
    case Kind::InjectRevealed:
        m_revealedInjects.insert(e.injectId());
        break;
    case Kind::DataRestoredAt:
        if (const auto data = e.dataTimeMs())
            m_dataRestoredMs = *data;
        break;
    case Kind::Observation:
        break;
    case Kind::CommandRun:
        if (s) {
            if (const auto evidence = CommandEvidence::fromPayload(e.payloadObject()))
                m_commandEvidence.insert(e.stepId, *evidence);
        }
        break;
    case Kind::StepEdited:
    case Kind::StepInserted:
    case Kind::StepRemoved:
    case Kind::StepMoved:
        applyRewrite(e);
        break;
    case Kind::RunbookSaved:
    case Kind::ObservationEdited:
    case Kind::ObservationDeleted:
    case Kind::AnnotationAdded:
    case Kind::AnnotationEdited:
    case Kind::AnnotationRemoved:
    case Kind::ScoreRecorded:
    case Kind::SignedOff:
        break; // records about the drill; they do not move its clocks
    case Kind::DecisionMade:
        if (s && s->step.isDecision()) {
            const QJsonObject payload = e.payloadObject();
            DecisionRecord d;
            d.option = payload.value(u"option"_s).toInt();
            d.label = payload.value(u"label"_s).toString();
            d.abort = payload.value(u"abort"_s).toBool();
            d.author = e.author;
            d.timeMs = e.timeMs;
            d.decisionMs = payload.value(u"decisionMs"_s).toInteger();
            if (d.option >= 1 && d.option <= s->step.decision.options.size()) {
                m_decisions.insert(e.stepId, d);
                deriveBranches();
            }
        }
        break;
    case Kind::WaitStarted:
        if (s && s->base == StepStatus::Running && !s->isWaiting())
            s->waits.append({e.timeMs, -1});
        break;
    case Kind::WaitEnded:
        if (s)
            closeOpenInterval(s->waits, e.timeMs);
        break;
    case Kind::Finished:
    case Kind::Aborted:
        if (m_state == Drill::State::Planned)
            m_startedMs = e.timeMs;
        m_state = e.kind == Kind::Finished ? Drill::State::Finished : Drill::State::Aborted;
        m_endedMs = e.timeMs;
        closeOpenInterval(m_pauses, e.timeMs);
        for (StepState &step : m_steps) {
            closeOpenInterval(step.intervals, e.timeMs);
            closeOpenInterval(step.waits, e.timeMs);
        }
        break;
    }
}
