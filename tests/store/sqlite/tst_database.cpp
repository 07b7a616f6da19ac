// Database: pragmas, the refusal to touch files it does not recognise, migrations and backups.
//
// Migrations are tested from an empty file, from a real v1 database (made by running only the
// first migration) to the latest, and the backup path with a test-only next migration.
#include "database.h"
#include "databasepath.h"
#include "runasnobody.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'700'000'000'000; // 2023-11-14T22:13:20Z

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Runs statements on a plain connection, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

// The real migrations and one more, as the next release would add.
Database::Options withTestMigration()
{
    Database::Options options;
    options.migrations.append(
        {Database::latestVersion() + 1,
         {u"ALTER TABLE drills ADD COLUMN location TEXT NOT NULL DEFAULT ''"_s}});
    options.clock = [] { return T0; };
    return options;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"drilldeck.sqlite"_s); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void createsFileWithPragmas()
    {
        const QString nested = m_dir->filePath(u"a/b/drilldeck.sqlite"_s);
        auto db = Database::open(nested);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(QFile::exists(nested));
        const Database &d = *db.value();
        QCOMPARE(scalar(d, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(d, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(d, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(d, u"PRAGMA busy_timeout"_s).toInt(), 5000);
        QCOMPARE(scalar(d, u"PRAGMA application_id"_s).toInt(), Database::applicationId);
        QCOMPARE(scalar(d, u"PRAGMA user_version"_s).toInt(), Database::latestVersion());
        QCOMPARE(d.schemaVersion(), Database::latestVersion());
        QVERIFY(d.backupPath().isEmpty()); // nothing to back up in a new file
        QVERIFY(!d.quickCheck());
    }

    void defaultPathIsUnderAppData()
    {
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                 u"/drilldeck.sqlite"_s;
        QCOMPARE(DatabasePath::defaultPath(), QFileInfo(expected).absoluteFilePath());
        QCOMPARE(DatabasePath::resolve({}), DatabasePath::defaultPath());
        QCOMPARE(DatabasePath::resolve(u"x.sqlite"_s),
                 QDir::current().absoluteFilePath(u"x.sqlite"_s));
        QCOMPARE(DatabasePath::option().names(), QStringList{u"db"_s});
    }

    void connectionsAreNamedAndRemoved()
    {
        QString first, second;
        {
            auto a = Database::open(path());
            auto b = Database::open(m_dir->filePath(u"other.sqlite"_s));
            QVERIFY(a.ok() && b.ok());
            first = a.value()->connectionName();
            second = b.value()->connectionName();
            QVERIFY(first != second);
            QVERIFY(QSqlDatabase::connectionNames().contains(first));
        }
        QVERIFY(!QSqlDatabase::connectionNames().contains(first));
        QVERIFY(!QSqlDatabase::connectionNames().contains(second));
    }

    void emptyFileIsInitialised()
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path());
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QVERIFY(Database::backups(path()).isEmpty());
    }

    void refusesFilesItDoesNotRecognise_data()
    {
        QTest::addColumn<QByteArray>("contents"); // empty: a foreign SQLite database
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("foreign SQLite database")
            << QByteArray() << int(StoreError::Code::NotDrillDeck)
            << u"%1 is a SQLite database of another program, not a DrillDeck database; it was "
               u"left untouched, and the newest backup is %1.bak-20240102T030405Z-v1"_s;
        QTest::addRow("garbage") << QByteArray("id,title\n1,not a database\n")
                                 << int(StoreError::Code::NotDrillDeck)
                                 << u"%1 is not a DrillDeck database (it is not a SQLite file); "
                                    u"it was left untouched, and the newest backup is "
                                    u"%1.bak-20240102T030405Z-v1"_s;
        QTest::addRow("truncated header")
            << QByteArray("SQLite format 3\0\x10\0", 19) << int(StoreError::Code::NotDrillDeck)
            << u"%1 is not a DrillDeck database (it is not a SQLite file); it was left "
               u"untouched, and the newest backup is %1.bak-20240102T030405Z-v1"_s;
    }
    void refusesFilesItDoesNotRecognise()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, code);
        QFETCH(QString, message);
        if (contents.isEmpty()) {
            rawExec(path(), {u"CREATE TABLE contacts (name TEXT)"_s,
                             u"INSERT INTO contacts VALUES ('Ada')"_s});
        } else {
            QFile f(path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        for (const QString &b : {u"20240101T000000Z-v1"_s, u"20240102T030405Z-v1"_s}) {
            QFile f(path() + u".bak-"_s + b);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
        const QByteArray hash = fileHash(path());

        auto db = Database::open(path());
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QCOMPARE(db.error().message, message.arg(path()));
        QCOMPARE(fileHash(path()), hash);                             // byte-identical
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before); // no -wal, no backup
        // Read-only mode refuses it the same way.
        QCOMPARE(int(Database::open(path(), Database::Mode::ReadOnly).error().code), code);
    }

    void refusesDamagedDatabase()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"INSERT INTO runbook_revisions (runbook_id, title, sha256, yaml, "
                           "created_ms) VALUES ('r', 't', 'h', 'y', 0)"_s));
        }
        // Scribble over the second page, where the first table lives.
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const QByteArray hash = fileHash(path());

        auto db = Database::open(path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::Damaged);
        QVERIFY2(db.error().message.startsWith(path() + u" "_s), qPrintable(db.error().message));
        QVERIFY2(
            db.error().message.endsWith(u"it was left untouched, and there is no backup of it"_s),
            qPrintable(db.error().message));
        QCOMPARE(fileHash(path()), hash);

        // The same look taken on another thread after the first frame: the same refusal, and
        // the caller is told on that thread when the look is done.
        std::atomic<int> told = 0;
        std::atomic<bool> toldElsewhere = false;
        const std::thread::id here = std::this_thread::get_id();
        Database::Options options;
        options.inspection = Database::inspectInBackground(path(), [&] {
            toldElsewhere = std::this_thread::get_id() != here;
            ++told;
        });
        QVERIFY(options.inspection.valid());
        options.inspection.wait();
        QCOMPARE(told.load(), 1);
        QVERIFY(toldElsewhere.load());
        auto checked = Database::open(path(), options);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, StoreError::Code::Damaged);
        QCOMPARE(checked.error().message, db.error().message);
        QCOMPARE(fileHash(path()), hash);
        QVERIFY(!Database::inspectInBackground(m_dir->filePath(u"missing.sqlite"_s)).valid());
    }

    void refusesNewerSchema()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db.ok());
        }
        rawExec(path(), {u"PRAGMA user_version = 99"_s});
        const QByteArray hash = fileHash(path());
        auto db = Database::open(path());
        QCOMPARE(db.error().code, StoreError::Code::TooNew);
        QCOMPARE(db.error().message,
                 u"%1 was written by a newer DrillDeck (schema 99; this version knows up to %2); "
                 u"it was left untouched"_s.arg(path())
                     .arg(Database::latestVersion()));
        QCOMPARE(fileHash(path()), hash);
    }

    void migrationTakesBackupFirst()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"INSERT INTO runbook_revisions (runbook_id, title, sha256, yaml, "
                           "created_ms) VALUES ('r', 't', 'h', 'y', 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO drills (revision_id, runbook_id, environment, iteration, "
                           "scenario, facilitator, created_ms) VALUES (1, 'r', 'test', 1, '', "
                           "'', 0)"_s));
        }
        auto db = Database::open(path(), withTestMigration());
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        const int before = Database::latestVersion();
        const QString backup = path() + u".bak-20231114T221320Z-v%1"_s.arg(before);
        QCOMPARE(db.value()->backupPath(), backup);
        QCOMPARE(db.value()->schemaVersion(), before + 1);
        QCOMPARE(scalar(*db.value(), u"SELECT location FROM drills"_s).toString(), QString());
        QCOMPARE(Database::backups(path()), QStringList{backup});

        // The backup is the v1 database, whole.
        db = StoreError{};
        auto old = Database::open(backup, Database::Mode::ReadOnly);
        QVERIFY2(old.ok(), qPrintable(old.error().message));
        QCOMPARE(old.value()->schemaVersion(), before);
        QCOMPARE(scalar(*old.value(), u"SELECT count(*) FROM drills"_s).toInt(), 1);
        QVERIFY(!scalar(*old.value(), u"SELECT location FROM drills"_s).isValid());
    }

    void keepsNewestFiveBackups()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db.ok());
        }
        const QStringList older = {u"20230101T000000Z-v1"_s, u"20230201T000000Z-v1"_s,
                                   u"20230301T000000Z-v1"_s, u"20230401T000000Z-v1"_s,
                                   u"20230501T000000Z-v1"_s, u"20230601T000000Z-v1"_s};
        for (const QString &b : older) {
            QFile f(path() + u".bak-"_s + b);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto db = Database::open(path(), withTestMigration());
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QStringList expected = {path() +
                                u".bak-20231114T221320Z-v%1"_s.arg(Database::latestVersion())};
        for (int i = 5; i >= 2; --i)
            expected << path() + u".bak-"_s + older[i];
        QCOMPARE(Database::backups(path()), expected);
    }

    void migratesAVersion1DatabaseWithItsDrills()
    {
        {
            Database::Options v1Only;
            v1Only.migrations = {Database::migrations().constFirst()};
            auto db = Database::open(path(), v1Only);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QCOMPARE(db.value()->schemaVersion(), 1);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"INSERT INTO runbook_revisions (runbook_id, title, sha256, yaml, "
                           "created_ms) VALUES ('r', 't', 'h', 'y', 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO drills (revision_id, runbook_id, environment, iteration, "
                           "scenario, facilitator, created_ms) VALUES (1, 'r', 'test', 1, '', "
                           "'', 0)"_s));
        }
        Database::Options options;
        options.clock = [] { return T0; };
        auto db = Database::open(path(), options);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QCOMPARE(db.value()->backupPath(), path() + u".bak-20231114T221320Z-v1"_s);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM drills"_s).toInt(), 1);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM action_items"_s).toInt(), 0);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM event_attachments"_s).toInt(), 0);
    }

    void migratingAnUpToDateFileTakesNoBackup()
    {
        QVERIFY(Database::open(path()).ok());
        QVERIFY(Database::open(path()).ok());
        QVERIFY(Database::backups(path()).isEmpty());
    }

    void readOnlyModeNeverCreatesAFile()
    {
        const QString missing = m_dir->filePath(u"nowhere/drilldeck.sqlite"_s);
        auto db = Database::open(missing, Database::Mode::ReadOnly);
        QCOMPARE(db.error().code, StoreError::Code::NotFound);
        QCOMPARE(db.error().message, u"there is no DrillDeck database at %1"_s.arg(missing));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"nowhere"_s)));
    }

    // As root (CI) the case runs as the user nobody: root writes read-only files.
    void readOnlyFileIsRefusedForWriting()
    {
        const RunAsNobody user({m_dir->path()});
        if (!user.error().isEmpty())
            QSKIP(qPrintable(user.error()));
        QVERIFY(Database::open(path()).ok());
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner));
        const QByteArray hash = fileHash(path());
        auto db = Database::open(path());
        QCOMPARE(db.error().code, StoreError::Code::ReadOnly);
        QCOMPARE(db.error().message, u"%1 is read-only (the file or its directory); DrillDeck "
                                     u"needs to write drills to it"_s.arg(path()));
        QCOMPARE(fileHash(path()), hash);
        QVERIFY(Database::open(path(), Database::Mode::ReadOnly).ok());
        QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void readOnlyModeRefusesWrites()
    {
        QVERIFY(Database::open(path()).ok());
        const QByteArray hash = fileHash(path());
        auto db = Database::open(path(), Database::Mode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(db.value()->isReadOnly());
        QSqlQuery q(db.value()->connection());
        QVERIFY(!q.exec(u"INSERT INTO runbook_revisions (runbook_id, title, sha256, yaml, "
                        "created_ms) VALUES ('r', 't', 'h', 'y', 0)"_s));
        QCOMPARE(Database::errorFrom(q.lastError(), u"x"_s).code, StoreError::Code::ReadOnly);
        QCOMPARE(fileHash(path()), hash);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
