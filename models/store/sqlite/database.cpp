#include "database.h"

#include "databasepath.h"
#include "databasesnapshot.h"
#include "interruptedrestore.h"
#include "sqlitedialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "drilldeck.store.database")

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"drilldeck-%1"_s.arg(++counter);
}

QString newestBackupText(const QString &path)
{
    const QStringList backups = Database::backups(path);
    if (backups.isEmpty())
        return Text::tr("there is no backup of it");
    return Text::tr("the newest backup is %1").arg(backups.constFirst());
}

} // namespace

// Looks at an existing file without ever writing to it.
Database::Inspection Database::inspect(const DatabaseSnapshot &source, const QString &path)
{
    Inspection result;
    if (QFile file(path);
        source.kind() == DatabaseSnapshot::Kind::InPlace && !file.open(QIODevice::ReadOnly)) {
        result.error =
            StoreError::make(StoreError::Code::ReadOnly,
                             Text::tr("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    if (source.size() == 0) {
        result.empty = true;
        return result;
    }
    const QByteArray header = source.header();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        result.error = StoreError::make(
            StoreError::Code::NotDrillDeck,
            Text::tr(
                "%1 is not a DrillDeck database (it is not a SQLite file); it was left untouched, "
                "and %2")
                .arg(path, newestBackupText(path)));
        return result;
    }

    const QString name = u"drilldeck-inspect-"_s + nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QString why;
        if (!source.open(db, &why)) {
            result.error = why.isEmpty() ? Database::errorFrom(db.lastError(),
                                                               Text::tr("opening %1").arg(path))
                                         : StoreError::make(StoreError::Code::Damaged, why);
        } else {
            QSqlQuery q(db);
            auto scalar = [&](const QString &sql, QVariant *out) {
                if (!q.exec(sql) || !q.next()) {
                    result.error = StoreError::make(
                        StoreError::Code::Damaged,
                        Text::tr(
                            "%1 cannot be read as a database (%2); it was left untouched, and %3")
                            .arg(path, q.lastError().text(), newestBackupText(path)));
                    return false;
                }
                *out = q.value(0);
                return true;
            };
            QVariant check, appId, version, objects;
            // quick_check reads each page once: a page cache of a few pages is enough, and keeps
            // this thread from growing its heap page by page while the window is built.
            q.exec(u"PRAGMA cache_size = 16"_s);
            if (scalar(u"PRAGMA quick_check"_s, &check)) {
                if (check.toString() != u"ok") {
                    result.error = StoreError::make(
                        StoreError::Code::Damaged,
                        Text::tr("%1 is damaged (quick_check: %2); it was left untouched, and %3")
                            .arg(path, check.toString(), newestBackupText(path)));
                } else if (scalar(SqliteDialect::instance().applicationIdQuery(), &appId) &&
                           scalar(SqliteDialect::instance().schemaVersionQuery(), &version) &&
                           scalar(u"SELECT count(*) FROM sqlite_master"_s, &objects)) {
                    result.userVersion = version.toInt();
                    if (appId.toInt() == 0 && version.toInt() == 0 && objects.toInt() == 0) {
                        result.empty = true;
                    } else if (appId.toInt() != Database::applicationId) {
                        result.error = StoreError::make(
                            StoreError::Code::NotDrillDeck,
                            Text::tr("%1 is a SQLite database of another program, not a DrillDeck "
                                     "database; it was left untouched, and %2")
                                .arg(path, newestBackupText(path)));
                    }
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

std::shared_future<Database::Inspection>
Database::inspectInBackground(const QString &path, std::function<void()> whenRead)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return {}; // nothing to read: open() decides what a missing file or a folder means
    return std::async(std::launch::async,
                      [absolute, whenRead = std::move(whenRead)] {
                          Inspection result =
                              inspect(*DatabaseSnapshot::inPlace(absolute), absolute);
                          if (whenRead)
                              whenRead();
                          return result;
                      })
        .share();
}

QList<Database::Migration> Database::migrations()
{
    return SchemaHistory::migrations(SqliteDialect::instance());
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    // A symbolic link and its target are one database: one lock, one path in every message.
    const QString absolute = DatabasePath::canonical(path);
    const QFileInfo info(absolute);
    const int latest = options.migrations.isEmpty() ? 0 : options.migrations.constLast().version;
    std::unique_ptr<DatabaseSnapshot> snapshot;
    if (info.exists()) {
        if (info.isDir())
            return StoreError::make(
                StoreError::Code::NotDrillDeck,
                Text::tr("%1 is a directory, not a DrillDeck database").arg(absolute));
        if (options.mode == Mode::ReadOnly) {
            auto taken = DatabaseSnapshot::take(absolute);
            if (!taken)
                return taken.error();
            snapshot = std::move(taken).value();
        }
        const Inspection inspection =
            options.inspection.valid()
                ? options.inspection.get()
                : inspect(snapshot ? *snapshot : *DatabaseSnapshot::inPlace(absolute), absolute);
        if (inspection.error)
            return inspection.error;
        if (inspection.userVersion > latest)
            return StoreError::make(
                StoreError::Code::TooNew,
                Text::tr(
                    "%1 was written by a newer DrillDeck (schema %2; this version knows up to %3); "
                    "it was left untouched")
                    .arg(absolute)
                    .arg(inspection.userVersion)
                    .arg(latest));
        if (options.mode == Mode::ReadWrite &&
            (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
            return StoreError::make(
                StoreError::Code::ReadOnly,
                Text::tr("%1 is read-only (the file or its directory); DrillDeck "
                         "needs to write drills to it")
                    .arg(absolute));
        if (options.mode == Mode::ReadOnly && (inspection.empty || inspection.userVersion < latest))
            return StoreError::make(
                StoreError::Code::ReadOnly,
                Text::tr("%1 has an older schema (%2, current is %3); open it once "
                         "with DrillDeck to upgrade it")
                    .arg(absolute)
                    .arg(inspection.userVersion)
                    .arg(latest));
    } else if (options.mode == Mode::ReadOnly) {
        if (const QStringList left = InterruptedRestore::leftovers(absolute); !left.isEmpty())
            return StoreError::make(
                StoreError::Code::NotFound,
                Text::tr("there is no DrillDeck database at %1: a restore into it "
                         "was interrupted and left %2; start DrillDeck (or run the "
                         "restore again) to finish it")
                    .arg(absolute, left.join(u", "_s)));
        return StoreError::make(StoreError::Code::NotFound,
                                Text::tr("there is no DrillDeck database at %1").arg(absolute));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return StoreError::make(
            StoreError::Code::ReadOnly,
            Text::tr("cannot create the directory %1").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absolute;
    db->m_connectionName = nextConnectionName();
    db->m_readOnly = options.mode == Mode::ReadOnly;
    db->m_snapshot = std::move(snapshot);
    if (const StoreError error = db->openConnection(options))
        return error;
    if (!db->m_readOnly)
        if (const StoreError error = db->migrate(options))
            return error;
    return StoreResult<std::unique_ptr<Database>>(std::move(db));
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // Closing checkpoints too, but only as the last connection: a reader still open (the
        // history window, a command) would leave the commits in the -wal file alone.
        if (!m_readOnly && db.isOpen()) {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
                qCWarning(lcDatabase) << "cannot checkpoint" << m_path << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const SqlDialect &Database::dialect() const
{
    return SqliteDialect::instance();
}

StoreError Database::openConnection(const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (m_snapshot) {
        QString why;
        if (!m_snapshot->open(db, &why))
            return why.isEmpty() ? errorFrom(db.lastError(), Text::tr("opening %1").arg(m_path))
                                 : StoreError::make(StoreError::Code::Damaged, why);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        if (!db.open())
            return errorFrom(db.lastError(), Text::tr("opening %1").arg(m_path));
    }

    QSqlQuery q(db);
    QStringList pragmas = {u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs),
                           u"PRAGMA foreign_keys = ON"_s};
    if (!m_readOnly)
        pragmas += {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return errorFrom(q.lastError(), Text::tr("setting up %1 (%2)").arg(m_path, pragma));
        if (pragma.contains(u"journal_mode"_s) && q.next() &&
            q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return StoreError::make(StoreError::Code::Sql,
                                    Text::tr("%1 cannot use write-ahead logging (journal mode %2)")
                                        .arg(m_path, q.value(0).toString()));
    }
    if (!q.exec(dialect().schemaVersionQuery()) || !q.next())
        return errorFrom(q.lastError(), Text::tr("reading the schema version of %1").arg(m_path));
    m_schemaVersion = q.value(0).toInt();
    return {};
}

StoreError Database::migrate(const Options &options)
{
    const int old = m_schemaVersion;
    bool pending = false;
    for (const Migration &m : options.migrations)
        pending = pending || m.version > old;
    if (!pending)
        return {};
    if (old > 0 && options.backUpBeforeMigrating)
        if (const StoreError error = backUp(old, options))
            return error;

    return SchemaHistory::migrate(*this, options.migrations, &m_schemaVersion, m_path);
}

StoreError Database::backUp(int oldVersion, const Options &options)
{
    const qint64 now = options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch();
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = m_path + u".bak-"_s + stamp + u"-v"_s + QString::number(oldVersion);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".bak-"_s + stamp + u"-v"_s + QString::number(oldVersion) + u'.' +
                 QString::number(n);
    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(target);
    if (!q.exec())
        return errorFrom(q.lastError(),
                         Text::tr("backing up %1 to %2 before upgrading it").arg(m_path, target));
    q.finish();
    m_backupPath = target;
    qCInfo(lcDatabase) << "backed up" << m_path << "to" << target;

    const QStringList all = backups(m_path);
    for (qsizetype i = keptBackups; i < all.size(); ++i)
        if (!QFile::remove(all[i]))
            qCWarning(lcDatabase) << "cannot remove old backup" << all[i];
    return {};
}

QStringList Database::backups(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = info.fileName() + u".bak-"_s;
    QDir dir = info.absoluteDir();
    QStringList names = dir.entryList({prefix + u'*'}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

void Database::skipWaitingForTheDisk()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA synchronous = OFF"_s))
        qCWarning(lcDatabase) << "synchronous = OFF:" << q.lastError().text();
}

StoreError Database::useRollbackJournal()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA journal_mode = DELETE"_s))
        return errorFrom(q.lastError(), Text::tr("ending write-ahead logging"));
    return {};
}

StoreError Database::quickCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return errorFrom(q.lastError(), Text::tr("checking %1").arg(m_path));
    if (q.value(0).toString() != u"ok")
        return StoreError::make(
            StoreError::Code::Damaged,
            Text::tr("%1 is damaged (quick_check: %2)").arg(m_path, q.value(0).toString()));
    return {};
}

StoreError Database::errorFrom(const QSqlError &error, const QString &doing)
{
    return SqliteDialect::instance().errorFrom(error, doing);
}
