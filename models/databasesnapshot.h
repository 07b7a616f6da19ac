// A database read without writing anything beside it. While some connection has the database's
// write-ahead log open (its -wal and -shm files are there), a read-only connection reads it in
// place through SQLite's shared memory. Otherwise even a read-only connection would create
// -wal and -shm files (with the database's mode, or fail in a read-only folder): the file and
// its -wal are then copied into a private folder and read there, which sees exactly what
// SQLite would (the log's committed transactions too).
#pragma once

#include "storeresult.h"

#include <QString>

#include <memory>

class InterruptCleanup;
class QTemporaryDir;

class DatabaseSnapshot
{
public:
    // path must be an existing file. A copy is checked against the files it came from: when a
    // writer changed them meanwhile, it is read in place instead (that writer's -shm is there).
    static StoreResult<std::unique_ptr<DatabaseSnapshot>> take(const QString &path);
    ~DatabaseSnapshot();
    DatabaseSnapshot(const DatabaseSnapshot &) = delete;
    DatabaseSnapshot &operator=(const DatabaseSnapshot &) = delete;

    // The file to open read-only: the database itself, or the private copy.
    QString readPath() const { return m_readPath; }
    bool isCopy() const { return m_dir != nullptr; }

private:
    DatabaseSnapshot() = default;

    QString m_readPath;
    // Declared first, destroyed last: the copy stays registered while its folder is removed.
    std::unique_ptr<InterruptCleanup> m_cleanup;
    std::unique_ptr<QTemporaryDir> m_dir;
};
