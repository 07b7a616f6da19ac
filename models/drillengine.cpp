#include "drillengine.h"

#include "drillanalysis.h"
#include "drillstore.h"

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
      m_committed(committed), m_clock(&DrillEngine::systemClock)
{
    m_replay.applyAll(committed);
}

DrillEngine::~DrillEngine()
{
    if (!m_pending.isEmpty())
        qCCritical(lcEngine).noquote()
            << "drill" << m_drill.id << "closes with" << m_pending.size()
            << "events never stored:" << QString::fromUtf8(exportPending());
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
    return DrillAnalysis::analyse(m_runbook, m_replay, m_drill.failureMs, m_clock());
}

QString DrillEngine::check(const DrillEvent &event) const
{
    if (event.drillId != m_drill.id)
        return QCoreApplication::translate("DrillEngine", "the event belongs to drill %1, not %2")
            .arg(event.drillId)
            .arg(m_drill.id);
    return m_replay.check(event);
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
        m_pending.removeFirst();
        m_committed.append(event);
        Q_EMIT eventAppended(event);
    }
    return true;
}

AppendResult DrillEngine::append(DrillEvent event)
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
    m_pending.append(event);
    QString error;
    if (flushPending(&error)) {
        result.status = AppendResult::Status::Committed;
        result.event = m_committed.constLast();
        return result;
    }
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
    DrillEvent event;
    event.kind = DrillEvent::Kind::Observation;
    event.author = author;
    event.stepId = stepId;
    QJsonObject payload{{u"text"_s, text}};
    if (!category.isEmpty())
        payload.insert(u"category"_s, category);
    event.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return append(event);
}

AppendResult DrillEngine::observe(const QString &text)
{
    return make(DrillEvent::Kind::Observation, {}, DrillEvent::payloadWith(u"text"_s, text));
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
