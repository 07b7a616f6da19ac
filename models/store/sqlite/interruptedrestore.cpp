#include "interruptedrestore.h"

#include "database.h"
#include "databasebackup.h"
#include "databasefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InterruptedRestore", text);
}
} // namespace

QString InterruptedRestore::marker()
{
    return u".restore-"_s;
}

QStringList InterruptedRestore::leftovers(const QString &databasePath)
{
    return DatabaseFiles::leftovers(databasePath, marker());
}

void InterruptedRestore::rollBack(const QString &databasePath, const QString &kept)
{
    const QString wal = databasePath + u"-wal"_s;
    const QString keptWal = kept + u"-wal"_s;
    if (!DatabaseFiles::sameFile(databasePath, kept))
        return; // a copy: a real backup of the database as it was
    if (QFileInfo::exists(keptWal) && !QFileInfo::exists(wal))
        ::link(QFile::encodeName(keptWal).constData(), QFile::encodeName(wal).constData());
    QFile::remove(kept);
    QFile::remove(keptWal);
}

StoreResult<QString> InterruptedRestore::recover(const QString &databasePath)
{
    QStringList said;
    for (const QString &staged : leftovers(databasePath)) {
        const qint64 pid = DatabaseFiles::pidOf(staged, marker());
        if (QFileInfo::exists(databasePath)) {
            // The copy never replaced the database: it is as it was before the restore.
            for (const QString &kept : Database::backups(databasePath))
                rollBack(databasePath, kept);
            if (!DatabaseFiles::remove(staged))
                return StoreError::make(StoreError::Code::ReadOnly,
                                        tr("cannot remove %1, left by a restore that was "
                                           "interrupted")
                                            .arg(staged));
            said << tr("An interrupted restore (process %1) was rolled back: the database is "
                       "as it was before it. Run the restore again.")
                        .arg(pid);
            continue;
        }
        // There was no database before that restore (or an older DrillDeck was killed between
        // its two renames): the staged copy is all there is. Finished if it is whole.
        const StoreError error = DatabaseBackup::check(staged);
        if (error) {
            DatabaseFiles::remove(staged);
            said << tr("An interrupted restore (process %1) had no database to replace and "
                       "left an incomplete copy; the incomplete copy was removed (%2).")
                        .arg(pid)
                        .arg(error.message);
            continue;
        }
        DatabaseFiles::checkpoint(staged); // its -wal must not stay behind under the old name
        if (QFileInfo(staged + u"-wal"_s).size() > 0 ||
            std::rename(QFile::encodeName(staged).constData(),
                        QFile::encodeName(databasePath).constData()) != 0)
            return StoreError::make(StoreError::Code::ReadOnly,
                                    tr("cannot finish the interrupted restore: %1 cannot be "
                                       "moved to %2")
                                        .arg(staged, databasePath));
        DatabaseFiles::remove(staged); // its sidecars, if any
        DatabaseFiles::sync(QFileInfo(databasePath).absolutePath());
        said << tr("An interrupted restore (process %1) was finished: the database is the "
                   "restored backup.")
                    .arg(pid);
    }
    return said.join(u' ');
}
