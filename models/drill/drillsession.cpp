#include "drillsession.h"

#include "actionitemstore.h"
#include "database.h"
#include "databaselock.h"
#include "databasepath.h"
#include "drillengine.h"
#include "drillstore.h"
#include "interruptedrestore.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

DrillSession::DrillSession() : m_clock(&DrillEngine::systemClock) {}

DrillSession::~DrillSession()
{
    closeDrill();
    // Stores hold prepared queries on the connection: they go before the database.
    m_revisions.reset();
    m_actionItems.reset();
    m_drills.reset();
    m_database.reset();
}

StoreResult<std::unique_ptr<DrillSession>>
DrillSession::open(const QString &databasePath,
                   const std::shared_future<Database::Inspection> &inspection)
{
    std::unique_ptr<DrillSession> session(new DrillSession);
    // The lock lives beside the file, so the folder must exist before either.
    const QString folder = QFileInfo(DatabasePath::canonical(databasePath)).absolutePath();
    if (!QDir().mkpath(folder))
        return StoreError::make(
            StoreError::Code::ReadOnly,
            tr("cannot create the folder %1 for the database %2").arg(folder, databasePath));
    session->m_lock = std::make_unique<DatabaseLock>(databasePath);
    if (StoreError e = session->m_lock->lock(); e.isError())
        return e;
    // Before anything could create a fresh database where a restore left one half-way.
    auto recovered = InterruptedRestore::recover(DatabasePath::canonical(databasePath));
    if (!recovered)
        return recovered.error();
    session->m_recoveryNote = recovered.value();
    if (!session->m_recoveryNote.isEmpty())
        qWarning().noquote() << session->m_recoveryNote;
    Database::Options options;
    options.inspection = inspection;
    auto database = Database::open(databasePath, options);
    if (!database)
        return database.error();
    session->m_database = std::move(database).value();
    session->m_drills = std::make_unique<DrillStore>(*session->m_database);
    session->m_revisions = std::make_unique<RunbookRevisionStore>(*session->m_database);
    session->m_actionItems = std::make_unique<ActionItemStore>(*session->m_database);
    return session;
}

QString DrillSession::databasePath() const
{
    return m_database->path();
}

StoreResult<QList<Drill>> DrillSession::unfinishedDrills() const
{
    return m_drills->unfinishedDrills();
}

void DrillSession::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (m_engine)
        m_engine->setClock(m_clock);
}

StoreResult<DrillEngine *> DrillSession::createDrill(const QByteArray &runbookSource,
                                                     const Runbook &runbook, const Drill &drill)
{
    const qint64 now = m_clock();
    auto revision = m_revisions->addRevision(runbookSource, runbook.id, runbook.title, now);
    if (!revision)
        return revision.error();
    Drill planned = drill;
    planned.revisionId = revision->id;
    planned.runbookId = runbook.id;
    auto stored = m_drills->createDrill(planned, now);
    if (!stored)
        return stored.error();
    return install(std::make_unique<DrillEngine>(m_drills.get(), runbook, stored.value(),
                                                 QList<DrillEvent>{}));
}

StoreResult<DrillEngine *> DrillSession::resumeDrill(qint64 drillId)
{
    auto drill = m_drills->drill(drillId);
    if (!drill)
        return drill.error();
    auto revision = m_revisions->revision(drill->revisionId);
    if (!revision)
        return revision.error();
    const RunbookLoadResult loaded = RunbookLoader::loadText(
        revision->yaml.toUtf8(), tr("revision %1 of %2").arg(revision->id).arg(drill->runbookId));
    if (!loaded.ok())
        return StoreError::make(StoreError::Code::Damaged,
                                tr("the stored runbook of drill %1 no longer loads: %2")
                                    .arg(drillId)
                                    .arg(loaded.diagnostics.value(0).toString()));
    auto events = m_drills->events(drillId);
    if (!events)
        return events.error();
    return install(std::make_unique<DrillEngine>(m_drills.get(), *loaded.runbook, drill.value(),
                                                 events.value()));
}

DrillEngine *DrillSession::install(std::unique_ptr<DrillEngine> engine)
{
    closeDrill();
    m_engine = engine.release();
    m_engine->setParent(this);
    m_engine->setClock(m_clock);
    if (m_engine->author().isEmpty()) // the facilitator drives unless someone else is named
        m_engine->setAuthor(m_engine->drill().facilitator);
    connect(m_engine, &DrillEngine::eventAppended, this, &DrillSession::followObservation);
    Q_EMIT engineChanged(m_engine);
    return m_engine;
}

void DrillSession::closeDrill()
{
    if (!m_engine)
        return;
    DrillEngine *old = m_engine;
    m_engine = nullptr;
    Q_EMIT engineChanged(nullptr);
    delete old;
}

void DrillSession::followObservation(const DrillEvent &event)
{
    using Kind = DrillEvent::Kind;
    if (event.kind != Kind::Observation && event.kind != Kind::ObservationEdited &&
        event.kind != Kind::ObservationDeleted)
        return;
    const qint64 observationId =
        m_engine->observations().find(event.id) ? event.id : ObservationLedger::targetOf(event);
    const ObservationLedger::Observation *o = m_engine->observations().find(observationId);
    if (!o)
        return;
    const QString actionItem = u"action-item"_s;
    auto existing = m_actionItems->itemOfObservation(observationId);
    StoreError error = existing ? StoreError{} : existing.error();
    bool changed = false;
    if (!error && !existing->has_value() && !o->deleted && o->category == actionItem) {
        ActionItem item;
        item.drillId = m_engine->drill().id;
        item.observationEventId = observationId;
        item.title = o->text;
        item.owner = o->author == m_engine->drill().facilitator ? QString() : o->author;
        auto created = m_actionItems->create(item, m_clock());
        error = created ? StoreError{} : created.error();
        changed = created.ok();
    } else if (!error && existing->has_value() && (*existing)->isOpen()) {
        ActionItem item = **existing;
        if (o->deleted || o->category != actionItem)
            item.status = ActionItem::Status::Dropped;
        else
            item.title = o->text;
        auto updated = m_actionItems->update(item, m_clock());
        error = updated ? StoreError{} : updated.error();
        changed = updated.ok();
    }
    if (error)
        Q_EMIT actionItemFailed(
            tr("the observation is logged, but its action item was not stored: %1")
                .arg(error.message));
    else if (changed)
        Q_EMIT actionItemsChanged();
}

StoreError DrillSession::closeActionItems(const QHash<qint64, ActionItem::Status> &closures,
                                          qint64 drillId)
{
    StoreError first;
    for (auto it = closures.cbegin(); it != closures.cend(); ++it) {
        auto closed = m_actionItems->close(it.key(), it.value(), drillId, m_clock());
        if (!closed && !first)
            first = closed.error();
    }
    if (!closures.isEmpty())
        Q_EMIT actionItemsChanged();
    return first;
}
