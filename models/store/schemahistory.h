// The schema's history, the one place that knows it: every migration from the first schema on,
// written once for every backend (column types and triggers through its SqlDialect), and
// running the pending ones, each in one transaction with the version it leaves.
#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

class SqlDialect;
class StoreConnection;

class SchemaHistory
{
public:
    struct Migration
    {
        int version = 0;        // the schema version after it ran
        QStringList statements; // run in one transaction
    };

    // "DRDK": the mark every DrillDeck database carries (SQLite: PRAGMA application_id).
    static constexpr qint32 applicationId = 0x4452444B;

    // The schema, oldest first, in dialect's SQL. Migration 1 is the first schema.
    static QList<Migration> migrations(const SqlDialect &dialect);

    // Runs each migration newer than *version on database, in order, each in its own
    // transaction that also records its version; *version follows every one that committed.
    // databaseName names the database in error messages.
    static StoreError migrate(const StoreConnection &database, const QList<Migration> &migrations,
                              int *version, const QString &databaseName);
};
