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
    // temporary file OUT.part-PID beside it, synced, then renamed: never a half file). Works
    // while another DrillDeck has the database open, and writes nothing beside the database.
    // Refuses an existing outPath. Removes the OUT.part-PID a killed backup left.
    static StoreError backUp(const QString &databasePath, const QString &outPath);

    // Why backupPath cannot be restored (not SQLite, not DrillDeck's, damaged, a newer schema),
    // or no error. Reads it as SQLite would, with the commits still in its -wal file; never
    // writes to it or beside it.
    static StoreError check(const QString &backupPath);

    struct Restored
    {
        QString kept;      // the replaced database, NAME.bak-STAMP-vN; empty when there was none
        QString recovered; // what was done about an earlier, interrupted restore (see
                           // InterruptedRestore), or empty
    };

    // Replaces the database at databasePath (symbolic links resolved) with a checked copy of
    // everything backupPath holds. Refuses while a live DrillDeck holds the database's lock.
    // The replaced file is kept beside it as a backup (`NAME.bak-STAMP-vN`, listed by
    // Database::backups()); the restored file gets the replaced one's permissions and owner.
    // At no moment is there no database at the path: the old file stays in place until the
    // new one replaces it in one rename. clock gives UTC ms for the kept name (default: now).
    static StoreResult<Restored> restore(const QString &backupPath, const QString &databasePath,
                                         const std::function<qint64()> &clock = {});
};
