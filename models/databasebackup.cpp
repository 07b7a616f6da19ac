#include "databasebackup.h"

#include "database.h"
#include "databaselock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "drilldeck.store.backup")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseBackup", text);
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"drilldeck-backup-%1"_s.arg(++counter);
}

// Data reaches the disk before the rename that publishes it, and the rename itself too.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// The fields of the 100-byte SQLite header that say whose file it is and how long it must be.
struct Header
{
    bool sqlite = false;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not trustworthy
    int userVersion = 0;
    qint32 applicationId = 0;
};

Header readHeader(const QString &path)
{
    Header h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return h;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    h.sqlite = true;
    const quint16 rawPageSize = qFromBigEndian<quint16>(data + 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The page count is valid only when the change counter matches "version-valid-for".
    if (qFromBigEndian<quint32>(data + 24) == qFromBigEndian<quint32>(data + 92))
        h.pageCount = qFromBigEndian<quint32>(data + 28);
    h.userVersion = qFromBigEndian<qint32>(data + 60);
    h.applicationId = qFromBigEndian<qint32>(data + 68);
    return h;
}

// PRAGMA quick_check through a connection that cannot write or lock anything (immutable).
StoreError quickCheckImmutable(const QString &path)
{
    StoreError error;
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            error = StoreError::make(
                StoreError::Code::Damaged,
                tr("%1 cannot be opened as a database: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
                error = StoreError::make(StoreError::Code::Damaged,
                                         tr("%1 is damaged: %2").arg(path, q.lastError().text()));
            else if (const QString result = q.value(0).toString(); result != u"ok")
                error = StoreError::make(StoreError::Code::Damaged,
                                         tr("%1 is damaged (quick_check: %2)").arg(path, result));
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString keptName(const QString &databasePath, int version, qint64 nowMs)
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString base = databasePath + u".bak-"_s + stamp + u"-v"_s + QString::number(version);
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + u'.' + QString::number(n);
    return name;
}

// Moves a WAL's committed pages into the file so that the file alone is the whole database.
void checkpoint(const QString &path)
{
    if (QFileInfo(path + u"-wal"_s).size() <= 0)
        return;
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
                qCWarning(lcBackup) << "cannot checkpoint" << path << q.lastError().text();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

StoreError DatabaseBackup::backUp(const QString &databasePath, const QString &outPath)
{
    const QString out = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(out))
        return StoreError::make(
            StoreError::Code::ReadOnly,
            tr("%1 already exists; a backup never overwrites a file, choose another name")
                .arg(out));
    if (!QDir().mkpath(QFileInfo(out).absolutePath()))
        return StoreError::make(StoreError::Code::ReadOnly,
                                tr("cannot create the directory %1").arg(QFileInfo(out).path()));
    auto opened = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    const std::unique_ptr<Database> database = std::move(opened).value();

    const QString part = out + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    removeWithSidecars(part);
    {
        QSqlQuery q(database->connection());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(part);
        if (!q.exec()) {
            const StoreError error = Database::errorFrom(
                q.lastError(), tr("copying %1 to %2").arg(database->path(), out));
            removeWithSidecars(part);
            return error;
        }
    }
    if (const StoreError error = check(part)) {
        removeWithSidecars(part);
        return error;
    }
    if (!syncFile(part) || !renameOver(part, out)) {
        removeWithSidecars(part);
        return StoreError::make(StoreError::Code::Full,
                                tr("cannot write the backup %1 to disk").arg(out));
    }
    syncFile(QFileInfo(out).absolutePath());
    qCInfo(lcBackup) << "backed up" << database->path() << "to" << out;
    return {};
}

StoreError DatabaseBackup::check(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.exists())
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there is no file %1").arg(backupPath));
    if (!info.isFile())
        return StoreError::make(StoreError::Code::NotDrillDeck,
                                tr("%1 is not a file").arg(backupPath));
    const Header h = readHeader(backupPath);
    if (!h.sqlite)
        return StoreError::make(
            StoreError::Code::NotDrillDeck,
            tr("%1 is not a DrillDeck database (it is not a SQLite file)").arg(backupPath));
    if (h.applicationId != Database::applicationId || h.userVersion <= 0)
        return StoreError::make(StoreError::Code::NotDrillDeck,
                                tr("%1 is a SQLite database of another program, not a DrillDeck "
                                   "database")
                                    .arg(backupPath));
    if (h.userVersion > Database::latestVersion())
        return StoreError::make(
            StoreError::Code::TooNew,
            tr("%1 was written by a newer DrillDeck (schema %2; this version knows up to %3)")
                .arg(backupPath)
                .arg(h.userVersion)
                .arg(Database::latestVersion()));
    if (h.pageSize <= 0 || info.size() % h.pageSize != 0 || info.size() < h.pageCount * h.pageSize)
        return StoreError::make(StoreError::Code::Damaged,
                                tr("%1 is truncated: %2 bytes, the database needs %3")
                                    .arg(backupPath)
                                    .arg(info.size())
                                    .arg(h.pageCount * h.pageSize));
    return quickCheckImmutable(backupPath);
}

StoreResult<QString> DatabaseBackup::restore(const QString &backupPath, const QString &databasePath,
                                             const std::function<qint64()> &clock)
{
    if (const StoreError error = check(backupPath))
        return error;
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target)
        return StoreError::make(StoreError::Code::NotFound,
                                tr("%1 is the database itself, not a backup of it").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return StoreError::make(StoreError::Code::ReadOnly,
                                tr("cannot create the directory %1").arg(QFileInfo(target).path()));

    DatabaseLock lock(target);
    if (const StoreError error = lock.lock())
        return StoreError::make(
            error.code, tr("not restoring while %1 is in use: %2").arg(target, error.message));

    // Stage a copy beside the database, open it as DrillDeck would (checks, upgrades an older
    // schema) and check it again: only a copy that passed replaces the database.
    const QString staged =
        target + u".restore-"_s + QString::number(QCoreApplication::applicationPid());
    removeWithSidecars(staged);
    auto cleanUp = [&staged] {
        removeWithSidecars(staged);
        for (const QString &b : Database::backups(staged))
            QFile::remove(b);
    };
    if (!QFile::copy(backupPath, staged)) {
        cleanUp();
        return StoreError::make(StoreError::Code::Full,
                                tr("cannot copy %1 to %2").arg(backupPath, staged));
    }
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto opened = Database::open(staged);
        if (!opened) {
            cleanUp();
            return opened.error();
        }
        const std::unique_ptr<Database> copy = std::move(opened).value();
        if (const StoreError error = copy->quickCheck()) {
            cleanUp();
            return error;
        }
    } // closing the last connection checkpoints the WAL into the file
    if (QFileInfo(staged + u"-wal"_s).size() > 0 || !syncFile(staged)) {
        cleanUp();
        return StoreError::make(StoreError::Code::Full, tr("cannot write %1 to disk").arg(staged));
    }
    for (const QString &b : Database::backups(staged))
        QFile::remove(b);

    QString kept;
    if (QFileInfo::exists(target)) {
        checkpoint(target);
        const Header old = readHeader(target);
        const qint64 now = clock ? clock() : QDateTime::currentMSecsSinceEpoch();
        kept = keptName(target, old.userVersion, now);
        if (!renameOver(target, kept)) {
            cleanUp();
            return StoreError::make(StoreError::Code::ReadOnly,
                                    tr("cannot move %1 aside to %2").arg(target, kept));
        }
        // A WAL the checkpoint could not empty belongs to the kept file; it must never be
        // replayed into the restored one.
        if (QFileInfo(target + u"-wal"_s).size() > 0)
            renameOver(target + u"-wal"_s, kept + u"-wal"_s);
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
        QFile::remove(target + u"-journal"_s);
    }
    if (!renameOver(staged, target)) {
        if (!kept.isEmpty())
            renameOver(kept, target);
        cleanUp();
        return StoreError::make(StoreError::Code::ReadOnly,
                                tr("cannot move the restored copy into place at %1").arg(target));
    }
    removeWithSidecars(staged);
    syncFile(QFileInfo(target).absolutePath());
    qCInfo(lcBackup) << "restored" << backupPath << "into" << target << "keeping" << kept;
    return StoreResult<QString>(kept);
}
