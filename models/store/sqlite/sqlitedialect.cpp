#include "sqlitedialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString SqliteDialect::typeName(Column column) const
{
    switch (column) {
    case Column::Key:
        return u"INTEGER PRIMARY KEY"_s; // an alias of the rowid: assigned on insert
    case Column::Integer:
        return u"INTEGER"_s; // up to 8 bytes, as the value needs
    case Column::Bytes:
        return u"BLOB"_s;
    }
    return {};
}

QStringList SqliteDialect::appendOnly(const QString &table, const QString &message) const
{
    QStringList statements;
    for (const QString &verb : {u"UPDATE"_s, u"DELETE"_s})
        statements << u"CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 "
                      "BEGIN SELECT RAISE(ABORT, '%4'); END"_s.arg(table, verb.toLower(), verb,
                                                                   message);
    return statements;
}

QStringList SqliteDialect::markAsOurs(qint32 applicationId) const
{
    return {u"PRAGMA application_id = %1"_s.arg(applicationId)};
}

QString SqliteDialect::applicationIdQuery() const
{
    return u"PRAGMA application_id"_s;
}

QString SqliteDialect::schemaVersionQuery() const
{
    return u"PRAGMA user_version"_s;
}

QString SqliteDialect::setSchemaVersion(int version) const
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QString SqliteDialect::insertReturningId(const QString &insert, const QString &) const
{
    return insert; // the rowid is at hand after any insert
}

qint64 SqliteDialect::insertedId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

StoreError::Code SqliteDialect::codeOf(const QSqlError &error) const
{
    // SQLite primary result codes: 8 READONLY, 13 FULL, 5 BUSY, 6 LOCKED, 11 CORRUPT, 26 NOTADB.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 8:
        return StoreError::Code::ReadOnly;
    case 13:
        return StoreError::Code::Full;
    case 5:
    case 6:
        return StoreError::Code::Locked;
    case 11:
    case 26:
        return StoreError::Code::Damaged;
    default:
        return StoreError::Code::Sql;
    }
}
