// What differs between SQL databases in the statements the stores and the schema history write:
// column types, the append-only triggers, where the schema's version is kept, the id of an
// inserted row, what an error code means. One subclass per backend (SqliteDialect); everything
// else in the stores is written once, in SQL both SQLite and PostgreSQL read the same way
// (docs/ARCHITECTURE.md, "Adding a backend").
//
// Portable by rule, with no method here: `?` placeholders (Qt's QPSQL driver numbers them $1,
// $2, ...), transactions through QSqlDatabase::transaction() (a plain BEGIN in both), TEXT, partial
// indexes, COALESCE, LENGTH of bytes, CASE instead of a comparison used as a number, times as
// integer UTC milliseconds computed in C++ (no date functions in SQL), LIMIT n OFFSET m.
// File-level matters (the file, its journal, locks, backups by copy) are not statements: they
// belong to the backend's connection (Database for SQLite), not to its dialect.
#pragma once

#include "storeerror.h"

#include <QString>
#include <QStringList>

class QSqlError;
class QSqlQuery;

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The column types whose name differs (TEXT is TEXT everywhere).
    enum class Column {
        Key,     // the row's own id, assigned by the database on insert, 64 bits
        Integer, // 64 bits (times in ms, ids of other rows, counts)
        Bytes,   // binary data (an image)
    };
    virtual QString typeName(Column column) const = 0;

    // statement with each {key}, {integer} and {bytes} replaced by typeName of that column.
    QString ddl(QString statement) const;

    // The statements that make the database refuse UPDATE and DELETE on table with message.
    virtual QStringList appendOnly(const QString &table, const QString &message) const = 0;

    // The schema's identity: a mark saying "a DrillDeck database" and the version of its schema
    // (the last migration that ran), both read back when the database is opened.
    virtual QStringList markAsOurs(qint32 applicationId) const = 0;
    virtual QString applicationIdQuery() const = 0; // one row, one integer; 0 when unmarked
    virtual QString schemaVersionQuery() const = 0; // one row, one integer; 0 when new
    virtual QString setSchemaVersion(int version) const = 0;

    // An INSERT whose new row's id the caller needs: insert as prepared, then insertedId(q) once
    // it ran (SQLite: the rowid the driver reports; PostgreSQL: `RETURNING keyColumn`, read as
    // the first row of the result).
    virtual QString insertReturningId(const QString &insert, const QString &keyColumn) const = 0;
    virtual qint64 insertedId(QSqlQuery &query) const = 0;

    // What a failed statement's native error code means to the UI.
    virtual StoreError::Code codeOf(const QSqlError &error) const = 0;
    // A StoreError saying what was being done and what the database answered.
    StoreError errorFrom(const QSqlError &error, const QString &doing) const;
};
