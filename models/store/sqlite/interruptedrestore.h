// What a `drilldeck restore` killed half-way leaves beside a database, and putting it right.
// A restore stages its checked copy as NAME.restore-PID, gives the old database a second name
// (the kept backup NAME.bak-STAMP-vN, a hard link) and then renames the copy over NAME: NAME
// is there at every moment. Killed before that rename, NAME is still the old database; killed
// where there was no database before, the staged copy is all there is.
#pragma once

#include "storeresult.h"

#include <QString>
#include <QStringList>

class InterruptedRestore
{
public:
    // ".restore-": the staged copy is NAME + marker + PID.
    static QString marker();

    // Staged copies beside databasePath whose restore is no longer running.
    static QStringList leftovers(const QString &databasePath);

    // Puts right what leftovers() found; the caller holds the database's lock. With the
    // database in place the restore is rolled back: the staged copy is removed, and so is a
    // kept backup that is only a second name of the database itself. With no database, a
    // staged copy that passes every check is finished (renamed into place), else removed.
    // Returns what was done, in sentences for the user; empty when nothing was left over.
    static StoreResult<QString> recover(const QString &databasePath);

    // Takes back the second name kept gave the database: its -wal comes back if the database
    // lost its own, and kept goes if it is the database itself.
    static void rollBack(const QString &databasePath, const QString &kept);
};
