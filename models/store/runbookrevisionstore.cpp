#include "runbookrevisionstore.h"

#include "storeconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RunbookRevisionStore", text);
}
} // namespace

RunbookRevisionStore::RunbookRevisionStore(StoreConnection &database) : m_database(database) {}

QString RunbookRevisionStore::sha256Of(const QByteArray &yaml)
{
    return QString::fromLatin1(QCryptographicHash::hash(yaml, QCryptographicHash::Sha256).toHex());
}

StoreResult<QList<RunbookRevision>> RunbookRevisionStore::select(const QString &where,
                                                                 const QVariantList &values) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, runbook_id, title, sha256, yaml, created_ms FROM runbook_revisions "_s +
              where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return m_database.failed(q.lastError(), tr("reading runbook revisions"));
    QList<RunbookRevision> out;
    while (q.next()) {
        RunbookRevision r;
        r.id = q.value(0).toLongLong();
        r.runbookId = q.value(1).toString();
        r.title = q.value(2).toString();
        r.sha256 = q.value(3).toString();
        r.yaml = q.value(4).toString();
        r.createdMs = q.value(5).toLongLong();
        out.append(r);
    }
    return out;
}

StoreResult<RunbookRevision> RunbookRevisionStore::revision(qint64 id) const
{
    auto rows = select(u"WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no runbook revision %1").arg(id));
    return rows->constFirst();
}

StoreResult<RunbookRevision> RunbookRevisionStore::revisionByHash(const QString &sha256) const
{
    auto rows = select(u"WHERE sha256 = ?"_s, {sha256});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no runbook revision with hash %1").arg(sha256));
    return rows->constFirst();
}

StoreResult<QList<RunbookRevision>> RunbookRevisionStore::revisions(const QString &runbookId) const
{
    return select(u"WHERE runbook_id = ? ORDER BY created_ms DESC, id DESC"_s, {runbookId});
}

StoreResult<QList<RunbookRevision>> RunbookRevisionStore::latestRevisions() const
{
    // No newer revision of the same runbook exists: one row per runbook, in one query.
    return select(u"WHERE NOT EXISTS (SELECT 1 FROM runbook_revisions n WHERE n.runbook_id = "
                  "runbook_revisions.runbook_id AND (n.created_ms > runbook_revisions.created_ms "
                  "OR (n.created_ms = runbook_revisions.created_ms AND n.id > "
                  "runbook_revisions.id))) ORDER BY runbook_id"_s,
                  {});
}

StoreResult<RunbookRevision> RunbookRevisionStore::addRevision(const QByteArray &yaml,
                                                               const QString &runbookId,
                                                               const QString &title,
                                                               qint64 createdMs)
{
    const QString hash = sha256Of(yaml);
    auto existing = revisionByHash(hash);
    if (existing)
        return existing;
    if (existing.error().code != StoreError::Code::NotFound)
        return existing.error();

    RunbookRevision r;
    r.runbookId = runbookId;
    r.title = title;
    r.sha256 = hash;
    r.yaml = QString::fromUtf8(yaml);
    r.createdMs = createdMs;
    const SqlDialect &sql = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(sql.insertReturningId(u"INSERT INTO runbook_revisions (runbook_id, title, sha256, "
                                    "yaml, created_ms) VALUES (?, ?, ?, ?, ?)"_s,
                                    u"id"_s));
    q.addBindValue(StoreConnection::text(r.runbookId));
    q.addBindValue(StoreConnection::text(r.title));
    q.addBindValue(r.sha256);
    q.addBindValue(StoreConnection::text(r.yaml));
    q.addBindValue(r.createdMs);
    if (!q.exec())
        return m_database.failed(q.lastError(),
                                 tr("storing a revision of runbook %1").arg(runbookId));
    r.id = sql.insertedId(q);
    return r;
}
