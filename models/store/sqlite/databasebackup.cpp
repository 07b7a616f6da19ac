#include "databasebackup.h"

#include "database.h"
#include "databasefiles.h"
#include "databaselock.h"
#include "databasepath.h"
#include "databasesnapshot.h"
#include "interruptcleanup.h"
#include "interruptedrestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>
#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "drilldeck.store.backup")

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"drilldeck-backup-%1"_s.arg(++counter);
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(encoded(from).constData(), encoded(to).constData()) == 0;
}

// A second name for a file; where the file system has no hard links, a copy (the database is
// locked and checkpointed: nothing changes it meanwhile).
bool linkOrCopy(const QString &from, const QString &to)
{
    if (::link(encoded(from).constData(), encoded(to).constData()) == 0)
        return true;
    return QFile::copy(from, to) && DatabaseFiles::sync(to);
}

// The fields of the 100-byte SQLite header that say whose file it is and how long it must be.
struct Header
{
    bool sqlite = false;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not trustworthy
    int userVersion = 0;
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
    return h;
}

// What can be told from the file's bytes alone: is it SQLite, is it whole.
StoreError checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return StoreError::make(StoreError::Code::NotFound,
                                Text::tr("there is no file %1").arg(path));
    if (!info.isFile())
        return StoreError::make(StoreError::Code::NotDrillDeck,
                                Text::tr("%1 is not a file").arg(path));
    const Header h = readHeader(path);
    if (!h.sqlite)
        return StoreError::make(
            StoreError::Code::NotDrillDeck,
            Text::tr("%1 is not a DrillDeck database (it is not a SQLite file)").arg(path));
    if (h.pageSize <= 0 || info.size() % h.pageSize != 0 || info.size() < h.pageCount * h.pageSize)
        return StoreError::make(StoreError::Code::Damaged,
                                Text::tr("%1 is truncated: %2 bytes, the database needs %3")
                                    .arg(path)
                                    .arg(info.size())
                                    .arg(h.pageCount * h.pageSize));
    return {};
}

// Checks that db (open) is a whole DrillDeck database of a schema this version knows and, when
// copyTo is given, writes a compact copy of it there (VACUUM INTO).
StoreError checkAndCopy(QSqlDatabase &db, const QString &path, const QString &copyTo)
{
    QSqlQuery q(db);
    QVariant value;
    auto scalar = [&](const QString &sql) {
        if (!q.exec(sql) || !q.next())
            return StoreError::make(StoreError::Code::Damaged,
                                    Text::tr("%1 is damaged: %2").arg(path, q.lastError().text()));
        value = q.value(0);
        return StoreError{};
    };
    if (const StoreError error = scalar(u"PRAGMA quick_check"_s))
        return error;
    if (const QString result = value.toString(); result != u"ok")
        return StoreError::make(StoreError::Code::Damaged,
                                Text::tr("%1 is damaged (quick_check: %2)").arg(path, result));
    if (const StoreError error = scalar(u"PRAGMA application_id"_s))
        return error;
    const int appId = value.toInt();
    if (const StoreError error = scalar(u"PRAGMA user_version"_s))
        return error;
    const int version = value.toInt();
    if (appId != Database::applicationId || version <= 0)
        return StoreError::make(
            StoreError::Code::NotDrillDeck,
            Text::tr("%1 is a SQLite database of another program, not a DrillDeck database")
                .arg(path));
    if (version > Database::latestVersion())
        return StoreError::make(
            StoreError::Code::TooNew,
            Text::tr("%1 was written by a newer DrillDeck (schema %2; this version knows up to %3)")
                .arg(path)
                .arg(version)
                .arg(Database::latestVersion()));
    if (copyTo.isEmpty())
        return {};
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(copyTo);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("copying %1 to %2").arg(path, copyTo));
    return {};
}

// Reads path as any SQLite reader would (the commits in its -wal file too) without writing to
// it or beside it: checkAndCopy on it.
StoreError readChecked(const QString &path, const QString &copyTo = {})
{
    if (const StoreError error = checkFile(path))
        return error;
    auto snapshot = DatabaseSnapshot::take(path);
    if (!snapshot)
        return snapshot.error();
    StoreError error;
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QString why;
        if (snapshot.value()->open(db, &why))
            error = checkAndCopy(db, path, copyTo);
        else
            error =
                StoreError::make(StoreError::Code::Damaged,
                                 why.isEmpty() ? Text::tr("%1 cannot be opened as a database: %2")
                                                     .arg(path, db.lastError().text())
                                               : why);
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

// The restored file gets what the replaced one had: its mode, and its owner where allowed.
void copyPermissions(const QString &from, const QString &to)
{
    struct stat st = {};
    if (::stat(encoded(from).constData(), &st) != 0)
        return;
    [[maybe_unused]] const int owned = ::chown(encoded(to).constData(), st.st_uid, st.st_gid);
    ::chmod(encoded(to).constData(), st.st_mode & 07777);
}
} // namespace

StoreError DatabaseBackup::backUp(const QString &databasePath, const QString &outPath)
{
    const QString out = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        return StoreError::make(
            StoreError::Code::ReadOnly,
            Text::tr("%1 already exists; a backup never overwrites a file, choose another name")
                .arg(out));
    if (!QDir().mkpath(QFileInfo(out).absolutePath()))
        return StoreError::make(
            StoreError::Code::ReadOnly,
            Text::tr("cannot create the directory %1").arg(QFileInfo(out).path()));
    for (const QString &leftover : DatabaseFiles::leftovers(out, u".part-"_s)) {
        qCInfo(lcBackup) << "removing" << leftover << "left by a backup that was killed";
        DatabaseFiles::remove(leftover);
    }
    auto opened = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    const std::unique_ptr<Database> database = std::move(opened).value();

    const QString part = out + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    DatabaseFiles::remove(part);
    InterruptCleanup cleanup(QStringList{part} + DatabaseFiles::sidecars(part));
    {
        QSqlQuery q(database->connection());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(part);
        if (!q.exec()) {
            const StoreError error = Database::errorFrom(
                q.lastError(), Text::tr("copying %1 to %2").arg(database->path(), out));
            DatabaseFiles::remove(part);
            return error;
        }
    }
    if (const StoreError error = check(part)) {
        DatabaseFiles::remove(part);
        return error;
    }
    if (!DatabaseFiles::sync(part)) {
        DatabaseFiles::remove(part);
        return StoreError::make(StoreError::Code::Full,
                                Text::tr("cannot write the backup %1 to disk").arg(out));
    }
    {
        const InterruptCleanup::Deferral whole; // published, or removed: never half of each
        if (!renameOver(part, out)) {
            DatabaseFiles::remove(part);
            return StoreError::make(StoreError::Code::Full,
                                    Text::tr("cannot write the backup %1 to disk").arg(out));
        }
        cleanup.release();
    }
    DatabaseFiles::sync(QFileInfo(out).absolutePath());
    qCInfo(lcBackup) << "backed up" << database->path() << "to" << out;
    return {};
}

StoreError DatabaseBackup::check(const QString &backupPath)
{
    return readChecked(backupPath);
}

StoreResult<DatabaseBackup::Restored> DatabaseBackup::restore(const QString &backupPath,
                                                              const QString &databasePath,
                                                              const std::function<qint64()> &clock)
{
    const QString target = DatabasePath::canonical(databasePath);
    if (DatabasePath::canonical(backupPath) == target)
        return StoreError::make(
            StoreError::Code::NotFound,
            Text::tr("%1 is the database itself, not a backup of it").arg(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return StoreError::make(
            StoreError::Code::ReadOnly,
            Text::tr("cannot create the directory %1").arg(QFileInfo(target).path()));

    DatabaseLock lock(target);
    if (const StoreError error = lock.lock())
        return StoreError::make(
            error.code,
            Text::tr("not restoring while %1 is in use: %2").arg(target, error.message));
    Restored restored;
    auto recovered = InterruptedRestore::recover(target);
    if (!recovered)
        return recovered.error();
    restored.recovered = recovered.value();

    // Stage a copy of everything the backup holds beside the database, open it as DrillDeck
    // would (checks, upgrades an older schema) and check it again: only a copy that passed
    // replaces the database.
    const QString staged =
        target + InterruptedRestore::marker() + QString::number(QCoreApplication::applicationPid());
    DatabaseFiles::remove(staged);
    InterruptCleanup cleanup(QStringList{staged} + DatabaseFiles::sidecars(staged));
    auto fail = [&staged](const StoreError &error) {
        DatabaseFiles::remove(staged);
        return StoreResult<Restored>(error);
    };
    if (const StoreError error = readChecked(backupPath, staged))
        return fail(error);
    {
        Database::Options options;
        options.backUpBeforeMigrating = false; // the backup itself is the copy
        auto opened = Database::open(staged, options);
        if (!opened)
            return fail(opened.error());
        const std::unique_ptr<Database> copy = std::move(opened).value();
        if (const StoreError error = copy->quickCheck())
            return fail(error);
    } // closing the last connection checkpoints the WAL into the file
    if (QFileInfo(staged + u"-wal"_s).size() > 0 || !DatabaseFiles::sync(staged))
        return fail(StoreError::make(StoreError::Code::Full,
                                     Text::tr("cannot write %1 to disk").arg(staged)));
    if (QFileInfo::exists(target))
        copyPermissions(target, staged);
    else
        QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);

    const InterruptCleanup::Deferral whole; // a signal waits until the swap is done
    if (QFileInfo::exists(target)) {
        DatabaseFiles::checkpoint(target);
        const qint64 now = clock ? clock() : QDateTime::currentMSecsSinceEpoch();
        restored.kept = keptName(target, readHeader(target).userVersion, now);
        // The old database gets a second name first: it stays at its path until the restored
        // one takes its place in a single rename, and is the kept backup from then on.
        if (!linkOrCopy(target, restored.kept))
            return fail(
                StoreError::make(StoreError::Code::ReadOnly,
                                 Text::tr("cannot keep %1 as %2").arg(target, restored.kept)));
        // Commits the checkpoint could not fold in (another program has the file open) go
        // with the kept file; they must never be replayed into the restored one.
        const QString wal = target + u"-wal"_s;
        if (QFileInfo(wal).size() > 0 && !linkOrCopy(wal, restored.kept + u"-wal"_s)) {
            DatabaseFiles::remove(restored.kept);
            return fail(StoreError::make(StoreError::Code::ReadOnly,
                                         Text::tr("cannot keep %1 as %2").arg(wal, restored.kept)));
        }
        DatabaseFiles::sync(QFileInfo(target).absolutePath());
        for (const QString &sidecar : DatabaseFiles::sidecars(target))
            QFile::remove(sidecar);
    }
    if (!renameOver(staged, target)) {
        if (!restored.kept.isEmpty())
            InterruptedRestore::rollBack(target, restored.kept);
        return fail(StoreError::make(
            StoreError::Code::ReadOnly,
            Text::tr("cannot move the restored copy into place at %1").arg(target)));
    }
    cleanup.release();
    DatabaseFiles::sync(QFileInfo(target).absolutePath());
    qCInfo(lcBackup) << "restored" << backupPath << "into" << target << "keeping" << restored.kept;
    return restored;
}
