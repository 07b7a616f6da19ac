#include "actionitemstore.h"

#include "quickentry.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ActionItemStore", text);
}

const QString columns = u"a.id, a.drill_id, a.observation_event_id, a.title, a.owner, "
                        "a.due_date, a.status, a.created_ms, a.updated_ms, "
                        "a.closed_in_drill_id, a.closing_note, a.closing_link, a.closed_ms"_s;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

ActionItemStore::ActionItemStore(StoreConnection &database) : m_database(database) {}

QString ActionItemStore::problem(const ActionItem &item)
{
    if (item.title.trimmed().isEmpty())
        return tr("an action item needs a title");
    if (QString p = QuickEntry::textProblem(item.title); !p.isEmpty())
        return tr("the action item's title: %1").arg(p);
    if (QString p = QuickEntry::nameProblem(item.owner); !p.isEmpty())
        return tr("the action item's owner: %1").arg(p);
    if (!item.dueDate.isEmpty() && !QDate::fromString(item.dueDate, u"yyyy-MM-dd"_s).isValid())
        return tr("the due date “%1” is not a date like 2026-12-01").arg(item.dueDate);
    return {};
}

StoreResult<ActionItem> ActionItemStore::checked(const ActionItem &item)
{
    ActionItem cleaned = item;
    cleaned.title = QuickEntry::clean(item.title);
    cleaned.owner = item.owner.trimmed();
    if (const QString p = problem(cleaned); !p.isEmpty())
        return StoreError::make(StoreError::Code::Sql, p);
    return cleaned;
}

StoreResult<QList<ActionItem>> ActionItemStore::select(const QString &where,
                                                       const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + columns + u" FROM action_items a "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading action items"));
    QList<ActionItem> out;
    while (q.next()) {
        ActionItem a;
        a.id = q.value(0).toLongLong();
        a.drillId = q.value(1).toLongLong();
        a.observationEventId = q.value(2).toLongLong();
        a.title = q.value(3).toString();
        a.owner = q.value(4).toString();
        a.dueDate = q.value(5).toString();
        a.status =
            ActionItem::statusFromName(q.value(6).toString()).value_or(ActionItem::Status::Open);
        a.createdMs = q.value(7).toLongLong();
        a.updatedMs = q.value(8).toLongLong();
        a.closedInDrillId = q.value(9).toLongLong();
        a.closingNote = q.value(10).toString();
        a.closingLink = q.value(11).toString();
        a.closedMs = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
        out.append(a);
    }
    return out;
}

StoreResult<ActionItem> ActionItemStore::create(const ActionItem &item, qint64 nowMs)
{
    auto cleaned = checked(item);
    if (!cleaned)
        return cleaned.error();
    ActionItem stored = cleaned.value();
    stored.createdMs = nowMs;
    stored.updatedMs = nowMs;
    const SqlDialect &sql = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(sql.insertReturningId(
        u"INSERT INTO action_items (drill_id, observation_event_id, title, owner, due_date, "
        "status, created_ms, updated_ms, closed_in_drill_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"id"_s));
    q.addBindValue(stored.drillId);
    q.addBindValue(nullableId(stored.observationEventId));
    q.addBindValue(StoreConnection::text(stored.title));
    q.addBindValue(StoreConnection::text(stored.owner));
    q.addBindValue(StoreConnection::text(stored.dueDate));
    q.addBindValue(ActionItem::statusName(stored.status));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(nullableId(stored.closedInDrillId));
    if (!q.exec())
        return m_database.failed(q.lastError(),
                                 tr("storing an action item of drill %1").arg(item.drillId));
    stored.id = sql.insertedId(q);
    return stored;
}

StoreResult<ActionItem> ActionItemStore::item(qint64 id) const
{
    auto rows = select(u"WHERE a.id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no action item %1").arg(id));
    return rows->constFirst();
}

StoreResult<QList<ActionItem>> ActionItemStore::items(qint64 drillId) const
{
    return select(u"WHERE a.drill_id = ? ORDER BY a.id"_s, {drillId});
}

StoreResult<std::optional<ActionItem>>
ActionItemStore::itemOfObservation(qint64 observationEventId) const
{
    auto rows = select(u"WHERE a.observation_event_id = ? ORDER BY a.id"_s, {observationEventId});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ActionItem>() : rows->constFirst();
}

StoreResult<QList<ActionItem>> ActionItemStore::openItemsBefore(const QString &runbookId,
                                                                qint64 exceptDrillId) const
{
    return select(u"JOIN drills d ON d.id = a.drill_id WHERE d.runbook_id = ? AND a.status = ? "
                  "AND a.drill_id <> ? ORDER BY a.drill_id, a.id"_s,
                  {runbookId, ActionItem::statusName(ActionItem::Status::Open), exceptDrillId});
}

StoreResult<ActionItem> ActionItemStore::update(const ActionItem &item, qint64 nowMs)
{
    auto cleaned = checked(item);
    if (!cleaned)
        return cleaned.error();
    const ActionItem &changed = cleaned.value();
    QSqlQuery q(m_database.connection());
    // Closed here without evidence: stamped when it first leaves open; reopened: no time.
    q.prepare(
        u"UPDATE action_items SET title = ?, owner = ?, due_date = ?, status = ?, "
        "updated_ms = ?, "
        "closed_ms = CASE WHEN ? = 1 THEN NULL ELSE COALESCE(closed_ms, ?) END WHERE id = ?"_s);
    q.addBindValue(StoreConnection::text(changed.title));
    q.addBindValue(StoreConnection::text(changed.owner));
    q.addBindValue(StoreConnection::text(changed.dueDate));
    q.addBindValue(ActionItem::statusName(changed.status));
    q.addBindValue(nowMs);
    q.addBindValue(changed.isOpen() ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(changed.id);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("changing action item %1").arg(item.id));
    if (q.numRowsAffected() != 1)
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no action item %1").arg(item.id));
    return this->item(item.id);
}

StoreResult<ActionItem> ActionItemStore::close(qint64 id, ActionItem::Status status,
                                               qint64 closedInDrillId, qint64 nowMs,
                                               const QString &note, const QString &link)
{
    if (status == ActionItem::Status::Open)
        return StoreError::make(StoreError::Code::Sql,
                                tr("closing action item %1 needs done or dropped").arg(id));
    const QString cleanNote = QuickEntry::clean(note);
    const QString cleanLink = link.trimmed();
    if (const QString p = closingProblem(cleanNote, cleanLink); !p.isEmpty())
        return StoreError::make(StoreError::Code::Sql,
                                tr("closing action item %1: %2").arg(id).arg(p));
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE action_items SET status = ?, updated_ms = ?, closed_in_drill_id = ?, "
              "closing_note = ?, closing_link = ?, closed_ms = ? WHERE id = ?"_s);
    q.addBindValue(ActionItem::statusName(status));
    q.addBindValue(nowMs);
    q.addBindValue(nullableId(closedInDrillId));
    q.addBindValue(StoreConnection::text(cleanNote));
    q.addBindValue(StoreConnection::text(cleanLink));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("closing action item %1").arg(id));
    if (q.numRowsAffected() != 1)
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no action item %1").arg(id));
    return item(id);
}

QString ActionItemStore::closingProblem(const QString &note, const QString &link)
{
    if (note.size() > maxClosingLength)
        return tr("the closing note has %1 characters; at most %2 are kept")
            .arg(note.size())
            .arg(maxClosingLength);
    if (!note.isEmpty())
        if (QString p = QuickEntry::textProblem(note); !p.isEmpty())
            return tr("the closing note: %1").arg(p);
    if (link.isEmpty())
        return {};
    if (link.size() > maxClosingLength)
        return tr("the closing link has %1 characters; at most %2 are kept")
            .arg(link.size())
            .arg(maxClosingLength);
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() ||
        link.contains(u' '))
        return tr("the closing link “%1” is not a web address; give one like "
                  "https://tickets.example.com/OPS-42")
            .arg(link);
    return {};
}
