#include "drillengine.h"

#include "decisionbranches.h"
#include "drillanalysis.h"
#include "drillstore.h"
#include "quickentry.h"
#include "signoff.h"
#include "steprewrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "drilldeck.engine")

DrillEngine::DrillEngine(DrillStore *store, const Runbook &runbook, const Drill &drill,
                         const QList<DrillEvent> &committed, QObject *parent)
    : QObject(parent), m_store(store), m_runbook(runbook), m_drill(drill), m_replay(runbook),
      m_observations(committed), m_annotations(committed), m_committed(committed),
      m_clock(&DrillEngine::systemClock)
{
    m_replay.applyAll(committed);
}

DrillEngine::~DrillEngine()
{
    if (!m_pending.isEmpty())
        qCCritical(lcEngine).noquote() << "drill" << m_drill.id << "closes with" << m_pending.size()
                                       << (m_pending.size() == 1 ? "event" : "events")
                                       << "never stored:" << QString::fromUtf8(exportPending());
}

qint64 DrillEngine::systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void DrillEngine::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&DrillEngine::systemClock);
}

StepStatus DrillEngine::stepStatus(const QString &stepId) const
{
    const DrillReplay::StepState *s = m_replay.step(stepId);
    return s ? s->status() : StepStatus::NotStarted;
}

DrillMetrics DrillEngine::metrics() const
{
    return DrillAnalysis::analyse(m_replay.runbook(), m_replay, m_drill.failureMs, m_clock());
}

QString DrillEngine::check(const DrillEvent &event) const
{
    if (event.drillId != m_drill.id)
        return QCoreApplication::translate("DrillEngine", "the event belongs to drill %1, not %2")
            .arg(event.drillId)
            .arg(m_drill.id);
    if (QString problem = m_replay.check(event); !problem.isEmpty())
        return problem;
    return checkRecord(event);
}

QString DrillEngine::checkRecord(const DrillEvent &event) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("DrillEngine", text); };
    using Kind = DrillEvent::Kind;
    switch (event.kind) {
    case Kind::Observation:
        if (QString problem = QuickEntry::textProblem(event.text()); !problem.isEmpty())
            return problem;
        return QuickEntry::nameProblem(event.author);
    case Kind::ObservationEdited:
        if (const QString step = event.payloadObject().value(u"stepId"_s).toString();
            !step.isEmpty() && !m_runbook.findStep(step))
            return tr("step `%1` is not in this revision of the runbook").arg(step);
        return m_observations.check(event);
    case Kind::ObservationDeleted:
        return m_observations.check(event);
    case Kind::AnnotationAdded:
    case Kind::AnnotationEdited:
    case Kind::AnnotationRemoved:
        if (!event.stepId.isEmpty() && !m_runbook.findStep(event.stepId))
            return tr("step `%1` is not in this revision of the runbook").arg(event.stepId);
        return m_annotations.check(event);
    case Kind::ScoreRecorded:
        return Scorecard::check(event, m_runbook.evaluation);
    case Kind::SignedOff:
        return SignOff::check(event);
    default:
        return {};
    }
}

Scorecard DrillEngine::scorecard() const
{
    return Scorecard(m_committed + m_pending);
}

bool DrillEngine::flushPending(QString *error)
{
    while (!m_pending.isEmpty()) {
        DrillEvent event = m_pending.constFirst();
        const StoreResult<qint64> id = m_store->appendEvent(event);
        if (!id) {
            *error = id.error().message;
            return false;
        }
        event.id = id.value();
        m_observations.apply(event);
        m_pending.removeFirst();
        m_committed.append(event);
        Q_EMIT eventAppended(event);
    }
    return true;
}

void DrillEngine::stamp(DrillEvent &event) const
{
    event.drillId = m_drill.id;
    event.id = 0;
    if (event.timeMs == 0) {
        // The wall clock may step back (NTP): a click is never refused for it. Times given
        // explicitly are checked as they are.
        event.timeMs = std::max(m_clock(), m_replay.lastTimeMs());
    }
    if (event.author.isEmpty())
        event.author = m_author;
}

AppendResult DrillEngine::append(DrillEvent event)
{
    stamp(event);

    AppendResult result;
    result.event = event;
    result.message = check(event);
    if (!result.message.isEmpty()) {
        result.status = AppendResult::Status::Rejected;
        Q_EMIT eventRejected(result.message);
        return result;
    }

    // Accepted: it joins the log in memory now, and the queue keeps the store's order.
    m_replay.apply(event);
    m_annotations.apply(event);
    m_pending.append(event);
    QString error;
    const bool committed = flushPending(&error);
    if (committed) {
        result.status = AppendResult::Status::Committed;
        result.event = m_committed.constLast();
    }
    if (event.kind == DrillEvent::Kind::StepDone || event.kind == DrillEvent::Kind::StepSkipped) {
        m_autoStarted.clear();
        if (m_autoStartReady && m_replay.state() == Drill::State::Running)
            startDependentsOf(event.stepId); // paused: nothing starts
    }
    if (committed)
        return result;
    result.status = AppendResult::Status::Pending;
    result.message =
        QCoreApplication::translate("DrillEngine",
                                    "NOT SAVED: %1. %n event(s) wait to be stored; DrillDeck "
                                    "keeps retrying and can export them.",
                                    nullptr, int(m_pending.size()))
            .arg(error);
    qCCritical(lcEngine).noquote() << result.message;
    Q_EMIT eventPending(event);
    Q_EMIT storageFailed(result.message);
    return result;
}

bool DrillEngine::retryPending()
{
    QString error;
    if (flushPending(&error))
        return true;
    Q_EMIT storageFailed(
        QCoreApplication::translate("DrillEngine", "NOT SAVED: %1. %n event(s) wait to be stored.",
                                    nullptr, int(m_pending.size()))
            .arg(error));
    return false;
}

QByteArray DrillEngine::exportPending() const
{
    QJsonArray array;
    for (const DrillEvent &e : m_pending)
        array.append(e.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

AppendResult DrillEngine::make(DrillEvent::Kind kind, const QString &stepId, const QString &payload)
{
    DrillEvent e;
    e.kind = kind;
    e.stepId = stepId;
    e.payload = payload;
    return append(e);
}

AppendResult DrillEngine::start()
{
    return make(DrillEvent::Kind::Started);
}

AppendResult DrillEngine::startStep(const QString &stepId, bool overrideDependencies)
{
    QString payload;
    if (overrideDependencies) {
        const QStringList missing = m_replay.missingDependencies(stepId);
        if (!missing.isEmpty())
            payload = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"overrideDependencies"_s, true},
                                          {u"missing"_s, QJsonArray::fromStringList(missing)}})
                    .toJson(QJsonDocument::Compact));
    }
    return make(DrillEvent::Kind::StepStarted, stepId, payload);
}

AppendResult DrillEngine::completeStep(const QString &stepId)
{
    return make(DrillEvent::Kind::StepDone, stepId);
}

AppendResult DrillEngine::completeAndStartNext(const QString &stepId, QString *started)
{
    if (started)
        started->clear();
    AppendResult result;
    if (!stepId.isEmpty()) {
        result = completeStep(stepId);
        if (result.rejected())
            return result;
    }
    if (!stepId.isEmpty() && !m_autoStarted.isEmpty()) {
        // The option started what was waiting on this step: Page Down starts nothing more.
        if (started)
            *started = m_autoStarted.constFirst();
        return result;
    }
    const QString next = nextStep();
    if (next.isEmpty())
        return result;
    result = startStep(next);
    if (!result.rejected() && started)
        *started = next;
    return result;
}

AppendResult DrillEngine::decide(const QString &stepId, int option, QString *started)
{
    if (started)
        started->clear();
    const Step *step = runbook().findStep(stepId);
    QJsonObject payload{{u"option"_s, option}};
    const bool known = step && option >= 1 && option <= step->decision.options.size();
    // Copies: appending events must not leave them pointing into a procedure that moved.
    DecisionOption chosen;
    QString question;
    if (known) {
        chosen = step->decision.options[option - 1];
        question = step->decision.question;
        const DrillMetrics now = metrics(); // step() points into it: keep it alive
        const StepMetrics *m = now.step(stepId);
        payload.insert(u"label"_s, chosen.label);
        payload.insert(u"goto"_s, chosen.gotoStep);
        payload.insert(u"abort"_s, chosen.abort);
        payload.insert(u"decisionMs"_s, m ? m->actualMs : 0);
    }
    // An unknown option or a step that is no decision is refused by the replay's rules.
    AppendResult result =
        make(DrillEvent::Kind::DecisionMade, stepId,
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (result.rejected())
        return result;
    result = completeStep(stepId);
    if (result.rejected())
        return result;
    if (chosen.abort)
        return abort(tr("Decision “%1”: %2").arg(question, chosen.label));
    const auto branches = DecisionBranches::of(runbook(), stepId);
    const QStringList ready = readySteps();
    QString next = branches ? branches->branch(option - 1).value(0) : QString();
    if (!ready.contains(next))
        next = nextStep();
    if (next.isEmpty())
        return result;
    result = startStep(next);
    if (!result.rejected() && started)
        *started = next;
    return result;
}

AppendResult DrillEngine::startWaiting(const QString &stepId)
{
    return make(DrillEvent::Kind::WaitStarted, stepId);
}

AppendResult DrillEngine::endWaiting(const QString &stepId)
{
    return make(DrillEvent::Kind::WaitEnded, stepId);
}

AppendResult DrillEngine::toggleWaiting(const QString &stepId)
{
    return isWaiting(stepId) ? endWaiting(stepId) : startWaiting(stepId);
}

bool DrillEngine::isWaiting(const QString &stepId) const
{
    const DrillReplay::StepState *s = m_replay.step(stepId);
    return s && s->isWaiting();
}

void DrillEngine::startDependentsOf(const QString &finishedStepId)
{
    QStringList started;
    for (const QString &id : m_replay.readySteps()) {
        const DrillReplay::StepState *s = m_replay.step(id);
        if (!s || !s->step.dependsOn.contains(finishedStepId))
            continue;
        if (!startStep(id).rejected())
            started << id;
    }
    m_autoStarted = started;
}

AppendResult DrillEngine::skipStep(const QString &stepId, const QString &reason)
{
    return make(DrillEvent::Kind::StepSkipped, stepId,
                DrillEvent::payloadWith(u"reason"_s, reason));
}

AppendResult DrillEngine::reopenStep(const QString &stepId, const QString &reason)
{
    return make(DrillEvent::Kind::StepReopened, stepId,
                DrillEvent::payloadWith(u"reason"_s, reason));
}

AppendResult DrillEngine::unstartStep(const QString &stepId, const QString &reason)
{
    return make(DrillEvent::Kind::StepUnstarted, stepId,
                DrillEvent::payloadWith(u"reason"_s, reason));
}

AppendResult DrillEngine::blockStep(const QString &stepId, const QString &reason)
{
    return make(DrillEvent::Kind::StepBlocked, stepId,
                DrillEvent::payloadWith(u"reason"_s, reason));
}

AppendResult DrillEngine::unblockStep(const QString &stepId)
{
    return make(DrillEvent::Kind::StepUnblocked, stepId);
}

AppendResult DrillEngine::pause()
{
    return make(DrillEvent::Kind::Paused);
}

AppendResult DrillEngine::resume()
{
    return make(DrillEvent::Kind::Resumed);
}

AppendResult DrillEngine::revealInject(const QString &injectId)
{
    return make(DrillEvent::Kind::InjectRevealed, {},
                DrillEvent::payloadWith(u"inject"_s, injectId));
}

AppendResult DrillEngine::setDataRestoredAt(qint64 dataTimeMs)
{
    return make(DrillEvent::Kind::DataRestoredAt, {},
                DrillEvent::payloadWith(u"dataTimeMs"_s, double(dataTimeMs)));
}

AppendResult DrillEngine::observe(const QString &text, const QString &category,
                                  const QString &author, const QString &stepId)
{
    return observe(text, category, author, stepId, EventAttachment{});
}

AppendResult DrillEngine::observe(const QString &text, const QString &category,
                                  const QString &author, const QString &stepId,
                                  const EventAttachment &image)
{
    DrillEvent event;
    event.kind = DrillEvent::Kind::Observation;
    event.author = author;
    event.stepId = stepId;
    QJsonObject payload{{u"text"_s, text}};
    if (!category.isEmpty())
        payload.insert(u"category"_s, category);
    event.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (image.isEmpty())
        return append(event);
    return appendWithAttachment(event, image);
}

AppendResult DrillEngine::appendWithAttachment(DrillEvent event, const EventAttachment &image)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("DrillEngine", text); };
    stamp(event);
    AppendResult result;
    result.event = event;
    result.message = check(event);
    if (result.message.isEmpty())
        if (const QString problem = image.problem(); !problem.isEmpty())
            result.message = problem;
    QString error;
    if (result.message.isEmpty() && !flushPending(&error))
        result.message = tr("the database is failing (%1); an observation with an image is "
                            "logged only when it can be stored at once — nothing was logged")
                             .arg(error);
    if (result.message.isEmpty()) {
        const StoreResult<qint64> id = m_store->appendEvent(event, image);
        if (!id)
            result.message =
                tr("the observation and its image were not stored: %1").arg(id.error().message);
        else
            event.id = id.value();
    }
    if (!result.message.isEmpty()) {
        result.status = AppendResult::Status::Rejected;
        Q_EMIT eventRejected(result.message);
        return result;
    }
    m_replay.apply(event);
    m_annotations.apply(event);
    m_observations.apply(event);
    m_committed.append(event);
    result.status = AppendResult::Status::Committed;
    result.event = event;
    Q_EMIT eventAppended(event);
    return result;
}

AppendResult DrillEngine::editObservation(qint64 observationId, const QString &text,
                                          const QString &category, const QString &author,
                                          const QString &stepId)
{
    return make(DrillEvent::Kind::ObservationEdited, stepId,
                ObservationLedger::editPayload(observationId, QuickEntry::clean(text), category,
                                               author.trimmed(), stepId));
}

AppendResult DrillEngine::deleteObservation(qint64 observationId, const QString &reason)
{
    const ObservationLedger::Observation *o = m_observations.find(observationId);
    return make(DrillEvent::Kind::ObservationDeleted, o ? o->stepId : QString(),
                ObservationLedger::deletePayload(observationId, reason.trimmed()));
}

AppendResult DrillEngine::annotate(const QString &stepId, const QString &text, bool onProjector)
{
    return make(m_annotations.find(stepId) ? DrillEvent::Kind::AnnotationEdited
                                           : DrillEvent::Kind::AnnotationAdded,
                stepId, AnnotationLedger::payload(QuickEntry::clean(text), onProjector));
}

AppendResult DrillEngine::removeAnnotation(const QString &stepId)
{
    return make(DrillEvent::Kind::AnnotationRemoved, stepId);
}

AppendResult DrillEngine::recordScore(const QString &criterion, int score, const QString &comment)
{
    return make(DrillEvent::Kind::ScoreRecorded, {},
                Scorecard::payload(criterion, score, QuickEntry::clean(comment)));
}

AppendResult DrillEngine::recordCommandRun(const CommandEvidence &evidence, const QString &stepId)
{
    return make(DrillEvent::Kind::CommandRun, stepId, evidence.toPayload());
}

AppendResult DrillEngine::signOff(const SignOff &signOff)
{
    SignOff cleaned = signOff;
    cleaned.name = signOff.name.trimmed();
    cleaned.role = signOff.role.trimmed();
    cleaned.statement = QuickEntry::clean(signOff.statement);
    cleaned.reservations = QuickEntry::clean(signOff.reservations);
    DrillEvent e;
    e.kind = DrillEvent::Kind::SignedOff;
    e.author = cleaned.name;
    e.payload = cleaned.toPayload();
    if (cleaned.name.isEmpty()) { // an empty author would become the engine's: refuse it
        AppendResult refused;
        refused.event = e;
        refused.message = QCoreApplication::translate(
            "DrillEngine", "a sign-off needs the name and the role of who signs");
        Q_EMIT eventRejected(refused.message);
        return refused;
    }
    return append(e);
}

AppendResult DrillEngine::observe(const QString &text)
{
    return make(DrillEvent::Kind::Observation, {}, DrillEvent::payloadWith(u"text"_s, text));
}

AppendResult DrillEngine::rewrite(const StepRewrite &rewrite)
{
    return append(rewrite.toEvent());
}

AppendResult DrillEngine::finish()
{
    return make(DrillEvent::Kind::Finished);
}

AppendResult DrillEngine::abort(const QString &reason)
{
    return make(DrillEvent::Kind::Aborted, {},
                reason.isEmpty() ? QString() : DrillEvent::payloadWith(u"reason"_s, reason));
}
