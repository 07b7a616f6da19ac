// Stores runbook revisions: the exact YAML a drill ran, one row per distinct SHA-256.
#pragma once

#include "runbookrevision.h"
#include "storeresult.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

class StoreConnection;

class RunbookRevisionStore
{
public:
    explicit RunbookRevisionStore(StoreConnection &database);

    // The revision of this exact text: the existing row when the hash is known, else a new one.
    StoreResult<RunbookRevision> addRevision(const QByteArray &yaml, const QString &runbookId,
                                             const QString &title, qint64 createdMs);
    StoreResult<RunbookRevision> revision(qint64 id) const;
    StoreResult<RunbookRevision> revisionByHash(const QString &sha256) const;
    // Newest first.
    StoreResult<QList<RunbookRevision>> revisions(const QString &runbookId) const;
    // The newest revision of every runbook (by created time, then id), ordered by runbook id.
    StoreResult<QList<RunbookRevision>> latestRevisions() const;

    static QString sha256Of(const QByteArray &yaml);

private:
    StoreResult<QList<RunbookRevision>> select(const QString &where,
                                               const QVariantList &values) const;
    StoreConnection &m_database;
};
