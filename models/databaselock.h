// Keeps a second DrillDeck from writing the same database: a QLockFile beside it (NAME.lock).
// A lock left by a crashed DrillDeck (its pid is gone) is removed; a live one is reported.
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

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};
