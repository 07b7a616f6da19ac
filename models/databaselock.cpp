#include "databaselock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLock, "drilldeck.store.lock")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseLock", text);
}

// Alive and still the program that wrote the lock: after a reboot the pid of a crashed
// DrillDeck is often reused by something else, which must not keep the database locked.
bool processIsAlive(qint64 pid, const QString &appName)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    const QFileInfo exe(u"/proc/%1/exe"_s.arg(pid));
    if (appName.isEmpty() || !exe.exists())
        return true; // cannot tell: assume it is the owner
    return QFileInfo(exe.symLinkTarget()).fileName() == appName;
}
} // namespace

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lockPath(databasePath + u".lock"_s), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // A drill may stay open for days: a lock never goes stale by age, only when its owner died.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

StoreError DatabaseLock::lock()
{
    if (m_lock->isLocked())
        return {};
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_lock->tryLock(0))
            return {};
        if (m_lock->error() != QLockFile::LockFailedError)
            return StoreError::make(StoreError::Code::ReadOnly,
                                    tr("cannot create the lock file %1").arg(m_lockPath));
        qint64 pid = 0;
        QString host, app;
        if (!m_lock->getLockInfo(&pid, &host, &app))
            break;
        const bool sameHost = host.isEmpty() || host == QSysInfo::machineHostName();
        if (sameHost && !processIsAlive(pid, app)) {
            qCInfo(lcLock) << "removing stale lock" << m_lockPath << "of dead pid" << pid;
            m_lock->removeStaleLockFile();
            continue;
        }
        return StoreError::make(
            StoreError::Code::Locked,
            tr("the database is already open by %1 pid %2 on host %3 (lock file %4)")
                .arg(app.isEmpty() ? u"drilldeck"_s : app)
                .arg(pid)
                .arg(host, m_lockPath));
    }
    return StoreError::make(
        StoreError::Code::Locked,
        tr("the database is locked by another program (lock file %1)").arg(m_lockPath));
}

void DatabaseLock::unlock()
{
    m_lock->unlock();
}

bool DatabaseLock::isLocked() const
{
    return m_lock->isLocked();
}
