#include "drillstore.h"

#include "storeconnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDrillStore, "drilldeck.store.drills")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DrillStore", text);
}

const QString drillColumns = u"d.id, d.revision_id, d.runbook_id, d.environment, d.iteration, "
                             "d.scenario, d.facilitator, d.failure_ms, d.created_ms, d.run_kind"_s;
const QString eventColumns = u"e.id, e.drill_id, e.time_ms, e.author, e.kind, e.step_id, "
                             "e.payload"_s;

std::optional<DrillEvent> eventFrom(const QSqlQuery &q)
{
    const auto kind = DrillEvent::kindFromName(q.value(4).toString());
    if (!kind) {
        qCWarning(lcDrillStore) << "skipping event" << q.value(0).toLongLong() << "of unknown kind"
                                << q.value(4).toString();
        return std::nullopt;
    }
    DrillEvent e;
    e.id = q.value(0).toLongLong();
    e.drillId = q.value(1).toLongLong();
    e.timeMs = q.value(2).toLongLong();
    e.author = q.value(3).toString();
    e.kind = *kind;
    e.stepId = q.value(5).toString();
    e.payload = q.value(6).toString();
    return e;
}

QString filterWhere(const DrillStore::Filter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.runbookId.isEmpty()) {
        conditions << u"d.runbook_id = ?"_s;
        values << filter.runbookId;
    }
    if (!filter.environment.isEmpty()) {
        conditions << u"d.environment = ?"_s;
        values << filter.environment;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}
} // namespace

DrillStore::DrillStore(StoreConnection &database) : m_database(database) {}

DrillStore::~DrillStore() = default;

StoreResult<Drill> DrillStore::createDrill(const Drill &drill, qint64 createdMs)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return m_database.failed(db.lastError(), tr("starting to store a drill"));
    auto fail = [&](const QSqlQuery &q, const QString &doing) {
        const StoreError error = m_database.failed(q.lastError(), doing);
        db.rollback();
        return error;
    };
    Drill stored = drill;
    stored.createdMs = createdMs;
    {
        QSqlQuery q(db);
        q.prepare(m_database.dialect().insertReturningId(
            u"INSERT INTO drills (revision_id, runbook_id, environment, iteration, scenario, "
            "facilitator, failure_ms, created_ms, run_kind) "
            "SELECT ?, ?, ?, COALESCE(MAX(iteration), 0) + 1, ?, ?, ?, ?, ? FROM drills "
            "WHERE runbook_id = ? AND environment = ?"_s,
            u"id"_s));
        q.addBindValue(drill.revisionId);
        q.addBindValue(StoreConnection::text(drill.runbookId));
        q.addBindValue(StoreConnection::text(drill.environment));
        q.addBindValue(StoreConnection::text(drill.scenario));
        q.addBindValue(StoreConnection::text(drill.facilitator));
        q.addBindValue(drill.failureMs ? QVariant(*drill.failureMs)
                                       : QVariant(QMetaType::fromType<qlonglong>()));
        q.addBindValue(createdMs);
        q.addBindValue(Drill::runKindName(drill.runKind));
        q.addBindValue(StoreConnection::text(drill.runbookId));
        q.addBindValue(StoreConnection::text(drill.environment));
        if (!q.exec())
            return fail(q, tr("storing a drill of %1").arg(drill.runbookId));
        stored.id = m_database.dialect().insertedId(q);
    }
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT iteration FROM drills WHERE id = ?"_s);
        q.addBindValue(stored.id);
        if (!q.exec() || !q.next())
            return fail(q, tr("reading the iteration of drill %1").arg(stored.id));
        stored.iteration = q.value(0).toInt();
    }
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO drill_participants (drill_id, position, name, role) "
                  "VALUES (?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < drill.participants.size(); ++i) {
            q.addBindValue(stored.id);
            q.addBindValue(qint64(i));
            q.addBindValue(StoreConnection::text(drill.participants[i].name));
            q.addBindValue(StoreConnection::text(drill.participants[i].role));
            if (!q.exec())
                return fail(q, tr("storing the participants of drill %1").arg(stored.id));
        }
    }
    if (!db.commit()) {
        const StoreError error = m_database.failed(db.lastError(), tr("storing a drill"));
        db.rollback();
        return error;
    }
    return stored;
}

StoreResult<QList<Drill>> DrillStore::selectDrills(const QString &where,
                                                   const QVariantList &values) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + drillColumns + u" FROM drills d"_s + where +
              u" ORDER BY d.runbook_id, d.environment, d.iteration"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading drills"));
    QList<Drill> drills;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Drill d;
        d.id = q.value(0).toLongLong();
        d.revisionId = q.value(1).toLongLong();
        d.runbookId = q.value(2).toString();
        d.environment = q.value(3).toString();
        d.iteration = q.value(4).toInt();
        d.scenario = q.value(5).toString();
        d.facilitator = q.value(6).toString();
        if (!q.value(7).isNull())
            d.failureMs = q.value(7).toLongLong();
        d.createdMs = q.value(8).toLongLong();
        d.runKind = Drill::runKindFromName(q.value(9).toString());
        index.insert(d.id, drills.size());
        drills.append(d);
    }
    if (drills.isEmpty())
        return drills;

    QSqlQuery p(db);
    p.setForwardOnly(true);
    p.prepare(u"SELECT p.drill_id, p.name, p.role FROM drill_participants p "
              "JOIN drills d ON d.id = p.drill_id"_s +
              where + u" ORDER BY p.drill_id, p.position"_s);
    for (const QVariant &v : values)
        p.addBindValue(v);
    if (!p.exec())
        return m_database.failed(p.lastError(), tr("reading drill participants"));
    while (p.next()) {
        const auto it = index.constFind(p.value(0).toLongLong());
        if (it != index.constEnd())
            drills[*it].participants.append({p.value(1).toString(), p.value(2).toString()});
    }
    return drills;
}

StoreResult<Drill> DrillStore::drill(qint64 id) const
{
    auto rows = selectDrills(u" WHERE d.id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError::make(StoreError::Code::NotFound, tr("there is no drill %1").arg(id));
    return rows->constFirst();
}

StoreResult<QList<Drill>> DrillStore::drills(const Filter &filter) const
{
    QVariantList values;
    const QString where = filterWhere(filter, values);
    return selectDrills(where, values);
}

StoreResult<QList<Drill>> DrillStore::unfinishedDrills() const
{
    // Started and neither finished nor aborted: of its start and end events, none is an end
    // (counted with CASE: a comparison is no number in every SQL). The kinds are literals, not
    // bound values: only then can the partial index drill_events_bounds, whose WHERE this
    // repeats, be used.
    static const QString where = u" WHERE d.id IN (SELECT e.drill_id FROM drill_events e"
                                 " WHERE e.kind IN ('%1', '%2', '%3') GROUP BY e.drill_id"
                                 " HAVING COUNT(CASE WHEN e.kind <> '%1' THEN 1 END) = 0)"_s.arg(
                                     DrillEvent::kindName(DrillEvent::Kind::Started),
                                     DrillEvent::kindName(DrillEvent::Kind::Finished),
                                     DrillEvent::kindName(DrillEvent::Kind::Aborted));
    return selectDrills(where, {});
}

StoreResult<qint64> DrillStore::appendEvent(const DrillEvent &event)
{
    if (!m_insertEvent) {
        auto q = std::make_unique<QSqlQuery>(m_database.connection());
        if (!q->prepare(m_database.dialect().insertReturningId(
                u"INSERT INTO drill_events (drill_id, time_ms, author, kind, step_id, payload) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                u"id"_s)))
            return m_database.failed(q->lastError(), tr("preparing to store events"));
        m_insertEvent = std::move(q);
    }
    QSqlQuery &q = *m_insertEvent;
    q.bindValue(0, event.drillId);
    q.bindValue(1, event.timeMs);
    q.bindValue(2, StoreConnection::text(event.author));
    q.bindValue(3, DrillEvent::kindName(event.kind));
    q.bindValue(4, StoreConnection::text(event.stepId));
    q.bindValue(5, StoreConnection::text(event.payload));
    if (!q.exec()) {
        const StoreError error =
            m_database.failed(q.lastError(), tr("storing the %1 event of drill %2")
                                                 .arg(DrillEvent::kindName(event.kind))
                                                 .arg(event.drillId));
        // A failed statement is not reusable in every driver state: prepare afresh next time.
        m_insertEvent.reset();
        return error;
    }
    return m_database.dialect().insertedId(q);
}

StoreResult<QList<DrillEvent>> DrillStore::events(qint64 drillId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + eventColumns +
              u" FROM drill_events e WHERE e.drill_id = ? "
              "ORDER BY e.id"_s);
    q.addBindValue(drillId);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading the events of drill %1").arg(drillId));
    QList<DrillEvent> out;
    while (q.next())
        if (auto e = eventFrom(q))
            out.append(*e);
    return out;
}

StoreResult<QHash<qint64, QList<DrillEvent>>> DrillStore::eventsOfDrills(const Filter &filter) const
{
    QVariantList values;
    const QString where = filterWhere(filter, values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + eventColumns +
              u" FROM drill_events e JOIN drills d ON d.id = e.drill_id"_s + where +
              u" ORDER BY e.drill_id, e.id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading drill events"));
    QHash<qint64, QList<DrillEvent>> out;
    QList<DrillEvent> current;
    qint64 currentId = -1;
    while (q.next()) {
        auto e = eventFrom(q);
        if (!e)
            continue;
        if (e->drillId != currentId) {
            if (currentId >= 0)
                out.insert(currentId, std::exchange(current, {}));
            currentId = e->drillId;
        }
        current.append(*e);
    }
    if (currentId >= 0)
        out.insert(currentId, current);
    return out;
}

StoreResult<qint64> DrillStore::eventCount(qint64 drillId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT COUNT(*) FROM drill_events WHERE drill_id = ?"_s);
    q.addBindValue(drillId);
    if (!q.exec() || !q.next())
        return m_database.failed(q.lastError(), tr("counting the events of drill %1").arg(drillId));
    return q.value(0).toLongLong();
}

StoreResult<qint64> DrillStore::appendEvent(const DrillEvent &event,
                                            const EventAttachment &attachment)
{
    if (const QString problem = attachment.problem(); !problem.isEmpty())
        return StoreError::make(StoreError::Code::Sql, problem);
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return m_database.failed(db.lastError(), tr("starting to store an image"));
    const StoreResult<qint64> id = appendEvent(event);
    if (!id) {
        db.rollback();
        return id.error();
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO event_attachments (event_id, mime_type, data, created_ms) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(id.value());
    q.addBindValue(attachment.mimeType);
    q.addBindValue(attachment.data);
    q.addBindValue(event.timeMs);
    if (!q.exec()) {
        const StoreError error = m_database.failed(
            q.lastError(), tr("storing the image of an event of drill %1").arg(event.drillId));
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const StoreError error =
            m_database.failed(db.lastError(), tr("storing an event with its image"));
        db.rollback();
        return error;
    }
    return id;
}

StoreResult<QList<EventAttachment>> DrillStore::attachments(qint64 drillId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.event_id, a.mime_type, LENGTH(a.data), a.created_ms "
              "FROM event_attachments a JOIN drill_events e ON e.id = a.event_id "
              "WHERE e.drill_id = ? ORDER BY a.id"_s);
    q.addBindValue(drillId);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading the images of drill %1").arg(drillId));
    QList<EventAttachment> out;
    while (q.next()) {
        EventAttachment a;
        a.id = q.value(0).toLongLong();
        a.eventId = q.value(1).toLongLong();
        a.mimeType = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.createdMs = q.value(4).toLongLong();
        out.append(a);
    }
    return out;
}

StoreResult<EventAttachment> DrillStore::attachment(qint64 attachmentId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, event_id, mime_type, data, created_ms FROM event_attachments "
              "WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading image %1").arg(attachmentId));
    if (!q.next())
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no image %1").arg(attachmentId));
    EventAttachment a;
    a.id = q.value(0).toLongLong();
    a.eventId = q.value(1).toLongLong();
    a.mimeType = q.value(2).toString();
    a.data = q.value(3).toByteArray();
    a.size = a.data.size();
    a.createdMs = q.value(4).toLongLong();
    return a;
}
