// Backups of DrillDeck's own database: a consistent copy taken through an open connection, and
// a restore that checks the copy completely before it replaces anything.
#pragma once

#include "storeerror.h"
#include "storeresult.h"

#include <QString>

#include <functional>

class DatabaseBackup
{
public:
    // Writes a consistent snapshot of the database at databasePath to outPath (VACUUM INTO a
    // temporary file beside it, synced, then renamed: never a half file). Works while another
    // DrillDeck has the database open. Refuses an existing outPath.
    static StoreError backUp(const QString &databasePath, const QString &outPath);

    // Why backupPath cannot be restored (not SQLite, not DrillDeck's, damaged, a newer schema),
    // or no error. Never writes to backupPath.
    static StoreError check(const QString &backupPath);

    // Replaces the database at databasePath with a checked copy of backupPath. Refuses while a
    // live DrillDeck holds the database's lock. The replaced file is kept beside it as a backup
    // (`NAME.bak-STAMP-vN`, listed by Database::backups()); returns its path, or an empty string
    // when there was no database before. clock gives UTC ms for that name (default: now).
    static StoreResult<QString> restore(const QString &backupPath, const QString &databasePath,
                                        const std::function<qint64()> &clock = {});
};
