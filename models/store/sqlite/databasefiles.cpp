#include "databasefiles.h"

#include "databaselock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabaseFiles, "drilldeck.store.files")

QStringList DatabaseFiles::sidecars(const QString &path)
{
    return {path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s};
}

bool DatabaseFiles::remove(const QString &path)
{
    bool gone = true;
    for (const QString &file : QStringList{path} + sidecars(path))
        if (!QFile::remove(file) && (QFileInfo(file).isSymLink() || QFileInfo::exists(file)))
            gone = false;
    return gone;
}

bool DatabaseFiles::checkpoint(const QString &path)
{
    if (QFileInfo(path + u"-wal"_s).size() <= 0)
        return true;
    static std::atomic<int> counter{0};
    const QString name = u"drilldeck-checkpoint-%1"_s.arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            ok =
                q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next() && q.value(0).toInt() == 0;
            if (!ok)
                qCWarning(lcDatabaseFiles) << "cannot checkpoint" << path << q.lastError().text();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool DatabaseFiles::sync(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool DatabaseFiles::sameFile(const QString &a, const QString &b)
{
    struct stat sa = {}, sb = {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

qint64 DatabaseFiles::pidOf(const QString &leftover, const QString &marker)
{
    const qsizetype at = leftover.lastIndexOf(marker);
    if (at < 0)
        return 0;
    bool ok = false;
    const qint64 pid = leftover.mid(at + marker.size()).toLongLong(&ok);
    return ok ? pid : 0;
}

QStringList DatabaseFiles::leftovers(const QString &path, const QString &marker)
{
    const QFileInfo info(path);
    const QString prefix = info.fileName() + marker;
    const QDir dir = info.absoluteDir();
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    QStringList found;
    for (const QString &name : dir.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden)) {
        const qint64 pid = pidOf(name, marker);
        if (pid <= 0 || name != prefix + QString::number(pid)) // a sidecar, or not ours
            continue;
        if (pid == QCoreApplication::applicationPid() || DatabaseLock::processIsAlive(pid, self))
            continue;
        found.append(dir.absoluteFilePath(name));
    }
    return found;
}
