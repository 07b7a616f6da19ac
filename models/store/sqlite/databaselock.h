// Keeps a second DrillDeck from writing the same database: a QLockFile beside it (NAME.lock).
// A lock left by a crashed DrillDeck (its pid is gone) is removed; a live one is reported.
// The lock belongs to the canonical path: a symbolic link to the database shares its lock.
#pragma once

#include "storeerror.h"

#include <QString>

#include <memory>

class QLockFile;

class DatabaseLock
{
public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock(); // releases the lock
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Takes the lock without waiting. On failure says who holds it:
    // "already open by drilldeck pid N on host H".
    StoreError lock();
    void unlock();
    bool isLocked() const;
    QString lockFilePath() const { return m_lockPath; }

    // pid is running and, when its executable can be seen and appName is given, is the program
    // named appName: a pid reused by something else after a crash is not alive.
    static bool processIsAlive(qint64 pid, const QString &appName = {});

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};
