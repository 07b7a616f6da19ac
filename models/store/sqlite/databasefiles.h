// The files of one SQLite database on disk: NAME and its -wal, -shm and -journal beside it;
// removed together, synced to disk, and the copies a killed DrillDeck left behind
// (NAME.part-PID, NAME.restore-PID) told from those of a running one.
#pragma once

#include <QString>
#include <QStringList>

class DatabaseFiles
{
public:
    // NAME-wal, NAME-shm, NAME-journal.
    static QStringList sidecars(const QString &path);
    // The file and its sidecars; true when none of them is left.
    static bool remove(const QString &path);
    // Folds the commits in the -wal file into the file (when there are any). Closing the last
    // connection also removes the -wal and -shm files; they stay while another program has the
    // database open. False when the checkpoint failed.
    static bool checkpoint(const QString &path);
    // fsync of a file, or of a folder (which makes a rename in it durable).
    static bool sync(const QString &path);
    // Two names of one file (hard links): the same device and inode.
    static bool sameFile(const QString &a, const QString &b);
    // Files named PATH + marker + PID (".part-", ".restore-") whose process is gone, or
    // is another program now; their sidecars are not listed.
    static QStringList leftovers(const QString &path, const QString &marker);
    // The pid in such a name, or 0.
    static qint64 pidOf(const QString &leftover, const QString &marker);
};
