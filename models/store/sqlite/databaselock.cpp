#include "databaselock.h"

#include "databasepath.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLock, "drilldeck.store.lock")

namespace {
// How long to wait for the owner of a held lock file to be written into it: it is written
// microseconds after the file is created.
constexpr unsigned long ownerWriteGraceMs = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseLock", text);
}

} // namespace

// Alive and still the program that wrote the lock: after a reboot the pid of a crashed
// DrillDeck is often reused by something else, which must not keep the database locked.
bool DatabaseLock::processIsAlive(qint64 pid, const QString &appName)
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

namespace {

// Whether a live process holds the lock file (QLockFile keeps a flock on it while locked).
bool isHeld(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // gone: not held
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // releases the flock if it was taken
    return held;
}
} // namespace

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lockPath(DatabasePath::canonical(databasePath) + u".lock"_s),
      m_lock(std::make_unique<QLockFile>(m_lockPath))
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
        if (!m_lock->getLockInfo(&pid, &host, &app)) {
            // No owner in it: a lock file gets its owner written just after it is created. Its
            // owner also holds a flock on it for as long as it lives, so a file nobody holds
            // was left by a process killed in between, and would keep the database locked for
            // good. One that is held is being written: its owner is read again in a moment.
            if (!isHeld(m_lockPath)) {
                qCInfo(lcLock) << "removing lock file left without an owner" << m_lockPath;
                if (!m_lock->removeStaleLockFile())
                    break;
                continue;
            }
            QThread::msleep(ownerWriteGraceMs);
            if (!m_lock->getLockInfo(&pid, &host, &app))
                break;
        }
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
