// A database read without writing anything beside it. While some connection has the database's
// write-ahead log open (its -wal and -shm files are there), a read-only connection reads it in
// place through SQLite's shared memory. Otherwise even a read-only connection would create
// -wal and -shm files (with the database's mode, or fail in a read-only folder), so:
// - a file without a log (closed cleanly) is read into memory and opened there;
// - a file with a log but no -shm (a copy taken after a crash) is copied with its log into a
//   private temporary folder and opened there, which sees exactly what SQLite would (the log's
//   committed transactions too);
// and either is checked against the files it came from: when a writer changed them meanwhile,
// it is taken again (and then read in place: that writer's -shm is there).
#pragma once

#include "storeresult.h"

#include <QByteArray>
#include <QString>

#include <memory>

class InterruptCleanup;
class QSqlDatabase;
class QTemporaryDir;

class DatabaseSnapshot
{
public:
    enum class Kind { InPlace, Memory, Copy };

    // path must be an existing file.
    static StoreResult<std::unique_ptr<DatabaseSnapshot>> take(const QString &path);
    // path itself, read in place as any read-only connection would (for a database DrillDeck
    // is about to open for writing anyway).
    static std::unique_ptr<DatabaseSnapshot> inPlace(const QString &path);
    ~DatabaseSnapshot();
    DatabaseSnapshot(const DatabaseSnapshot &) = delete;
    DatabaseSnapshot &operator=(const DatabaseSnapshot &) = delete;

    Kind kind() const { return m_kind; }
    // Opens db, a QSQLITE connection not yet open, read-only on what was taken. False with
    // db.lastError() (or a message in error) when it cannot.
    bool open(QSqlDatabase &db, QString *error) const;
    // The first bytes of the file (up to 100: SQLite's header) and its size, as taken.
    QByteArray header() const;
    qint64 size() const;

private:
    DatabaseSnapshot() = default;

    Kind m_kind = Kind::InPlace;
    QString m_path;             // the database
    QString m_readPath;         // what is opened: the database, or its private copy
    mutable QByteArray m_image; // Memory: the file's bytes (SQLite reads them in place)
    // Declared before the folder, destroyed after it: the copy stays registered while the
    // folder is removed.
    std::unique_ptr<InterruptCleanup> m_cleanup;
    std::unique_ptr<QTemporaryDir> m_dir;
};
