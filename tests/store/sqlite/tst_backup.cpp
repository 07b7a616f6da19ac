// `drilldeck backup` and `drilldeck restore`: a restored backup has exactly the history of the
// original, a live database can be backed up, and a restore checks the file before it replaces
// anything, keeps the replaced database and refuses while DrillDeck has it open.
#include "backupcommand.h"
#include "database.h"
#include "databasebackup.h"
#include "databasefixture.h"
#include "drilldeckprocess.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "historycommand.h"
#include "restorecommand.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <csignal>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

namespace {
struct Output
{
    int code = -1;
    QString out;
    QString err;
};

Output backup(const QString &db, const QString &outFile)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = BackupCommand::run({u"drilldeck"_s, u"backup"_s, u"--db"_s, db, u"--out"_s, outFile},
                                out, err);
    return o;
}

Output restore(const QString &file, const QString &db)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = RestoreCommand::run({u"drilldeck"_s, u"restore"_s, file, u"--db"_s, db}, out, err,
                                 [] { return at(1000); });
    return o;
}

// The history JSON export of every drill, measured at a fixed time.
QByteArray historyJson(const QString &db)
{
    QString text, errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    const int code = HistoryCommand::run(
        {u"drilldeck"_s, u"history"_s, u"--db"_s, db, u"--format"_s, u"json"_s}, out, err, at(600));
    if (code != 0)
        qWarning() << "history failed:" << errors;
    return text.toUtf8();
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void execSql(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_backup_raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(name);
}

// Fills a database through the engine with a fixed clock: a finished drill, a paused one, a
// planned one, in two runbooks.
void buildFixture(const QString &path, int drills)
{
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    DrillStore store(*db);
    RunbookRevisionStore revisions(*db);
    for (int i = 0; i < drills; ++i) {
        const QByteArray yaml = runbookYaml(i % 2 ? u"jenkins-rebuild"_s : u"mysql-restore"_s);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"r.yaml"_s);
        QVERIFY(loaded.ok());
        const auto rev = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
        QVERIFY(rev.ok());
        qint64 now = at(i * 100);
        Drill d;
        d.revisionId = rev->id;
        d.runbookId = loaded.runbook->id;
        d.environment = i % 3 ? u"test"_s : u"production"_s;
        d.failureMs = at(i * 100 - 10);
        d.facilitator = u"Maria"_s;
        d.participants = {{u"Jonas"_s, u"driver"_s}};
        const auto created = store.createDrill(d, now);
        QVERIFY(created.ok());
        DrillEngine e(&store, *loaded.runbook, created.value(), {});
        e.setClock([&now] { return now; });
        if (i % 3 == 2)
            continue; // planned, never started
        QVERIFY(e.start().committed());
        QVERIFY(e.startStep(u"bake-ami"_s).committed());
        now += 20 * minute;
        QVERIFY(e.completeStep(u"bake-ami"_s).committed());
        QVERIFY(e.startStep(u"launch"_s).committed());
        now += 10 * minute;
        if (i % 3 == 1) {
            QVERIFY(e.pause().committed());
            continue;
        }
        QVERIFY(e.completeStep(u"launch"_s).committed());
        QVERIFY(e.skipStep(u"verify"_s, u"checked by hand"_s).committed());
        QVERIFY(e.setDataRestoredAt(at(i * 100 - 200)).committed());
        QVERIFY(e.finish().committed());
    }
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_original;
    QByteArray m_history;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_original = path(u"original.sqlite"_s);
        buildFixture(m_original, 9);
        m_history = historyJson(m_original);
        QCOMPARE(QJsonDocument::fromJson(m_history).object()[u"drills"_s].toArray().size(), 9);
    }

    void restoredBackupHasTheSameHistory()
    {
        const QString file = path(u"restored-history.backup"_s);
        const Output b = backup(m_original, file);
        QCOMPARE(b.err, QString());
        QCOMPARE(b.code, 0);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + u".part-"_s +
                                   QString::number(QCoreApplication::applicationPid())));

        const QString fresh = path(u"fresh/drilldeck.sqlite"_s);
        const Output r = restore(file, fresh);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(u"kept"_s)); // nothing was replaced
        QCOMPARE(historyJson(fresh), m_history);
        QCOMPARE(Database::backups(fresh), QStringList());
        // The restored database is an ordinary one: DrillDeck opens it for writing.
        auto session = DrillSession::open(fresh);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
    }

    void backupOfALiveDatabaseHoldsEveryCommittedEvent()
    {
        const QString live = path(u"live.sqlite"_s);
        buildFixture(live, 4);
        qint64 now = at(900);                    // outlives the session, whose engine reads it
        auto session = DrillSession::open(live); // holds the lock, like a running DrillDeck
        QVERIFY(session.ok());
        const QByteArray yaml = runbookYaml();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"r.yaml"_s);
        Drill d;
        d.runbookId = loaded.runbook->id;
        d.environment = u"test"_s;
        session.value()->setClock([&now] { return now; });
        auto engine = session.value()->createDrill(yaml, *loaded.runbook, d);
        QVERIFY(engine.ok());
        QVERIFY(engine.value()->start().committed());
        QVERIFY(engine.value()->startStep(u"bake-ami"_s).committed());

        const QString file = path(u"live.backup"_s);
        const Output b = backup(live, file);
        QCOMPARE(b.err, QString());
        QCOMPARE(b.code, 0);
        const QString copy = path(u"live-restored.sqlite"_s);
        QCOMPARE(restore(file, copy).code, 0);
        QCOMPARE(historyJson(copy), historyJson(live));
        QCOMPARE(QJsonDocument::fromJson(historyJson(copy)).object()[u"drills"_s].toArray().size(),
                 5);
    }

    void restoreKeepsTheReplacedDatabase()
    {
        const QString file = path(u"keep.backup"_s);
        QCOMPARE(backup(m_original, file).code, 0);
        const QString target = path(u"keep/drilldeck.sqlite"_s);
        QVERIFY(QDir().mkpath(path(u"keep"_s)));
        buildFixture(target, 2);
        const QByteArray before = historyJson(target);

        const Output r = restore(file, target);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        QCOMPARE(historyJson(target), m_history);
        const QStringList kept = Database::backups(target);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.constFirst().endsWith(
            u".bak-20231115T145320Z-v%1"_s.arg(Database::latestVersion())));
        QVERIFY2(r.out.contains(kept.constFirst()), qPrintable(r.out));
        QCOMPARE(historyJson(kept.constFirst()), before);
    }

    void refusesABadFileAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << u"missing"_s << u"there is no file"_s;
        QTest::addRow("empty") << u"empty"_s << u"not a SQLite file"_s;
        QTest::addRow("garbage header") << u"garbage"_s << u"not a SQLite file"_s;
        QTest::addRow("truncated") << u"truncated"_s << u"is truncated"_s;
        QTest::addRow("foreign SQLite") << u"foreign"_s << u"of another program"_s;
        QTest::addRow("newer schema") << u"newer"_s << u"newer DrillDeck"_s;
        QTest::addRow("damaged pages") << u"damaged"_s << u"damaged"_s;
    }
    void refusesABadFileAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString good = path(u"good-%1.backup"_s.arg(kind));
        QCOMPARE(backup(m_original, good).code, 0);
        const QString file = path(u"bad-%1.backup"_s.arg(kind));
        QFile::remove(file);
        QByteArray bytes;
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        auto writeBytes = [&](const QByteArray &data) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(data), data.size());
        };
        if (kind == u"empty")
            writeBytes({});
        else if (kind == u"garbage")
            writeBytes(QByteArray(4096, 'x'));
        else if (kind == u"truncated")
            writeBytes(bytes.left(bytes.size() / 2 + 100));
        else if (kind == u"foreign")
            execSql(file, {u"CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"_s});
        else if (kind == u"newer") {
            QVERIFY(QFile::copy(good, file));
            execSql(file, {u"PRAGMA user_version = 999"_s});
        } else if (kind == u"damaged") {
            // Keep the header, scribble over every page after the first.
            const qsizetype page = 4096;
            QByteArray damaged = bytes;
            for (qsizetype i = page; i < damaged.size(); ++i)
                damaged[i] = char(0xA5 ^ (i & 0xFF));
            writeBytes(damaged);
        }
        const QByteArray backupBefore = sha256(file);

        const QString target = path(u"untouched-%1.sqlite"_s.arg(kind));
        buildFixture(target, 2);
        const QByteArray targetBefore = sha256(target);
        const QByteArray historyBefore = historyJson(target);

        const Output r = restore(file, target);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was changed."_s), qPrintable(r.err));
        QCOMPARE(sha256(target), targetBefore);
        QCOMPARE(historyJson(target), historyBefore);
        QCOMPARE(Database::backups(target), QStringList());
        QCOMPARE(sha256(file), backupBefore);
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({u"untouched-%1.sqlite.restore-*"_s.arg(kind)});
        QCOMPARE(leftovers, QStringList());
    }

    void refusesWhileDrillDeckHasTheDatabaseOpen()
    {
        const QString file = path(u"locked.backup"_s);
        QCOMPARE(backup(m_original, file).code, 0);
        const QString target = path(u"locked.sqlite"_s);
        buildFixture(target, 1);
        auto session = DrillSession::open(target);
        QVERIFY(session.ok());
        const QByteArray before = historyJson(target);

        const Output r = restore(file, target);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not restoring while"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"already open"_s), qPrintable(r.err));
        QCOMPARE(historyJson(target), before);
        QCOMPARE(Database::backups(target), QStringList());
    }

    void backupNeverOverwritesAFile()
    {
        const QString file = path(u"exists.backup"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const Output b = backup(m_original, file);
        QCOMPARE(b.code, 1);
        QVERIFY2(b.err.contains(u"already exists"_s), qPrintable(b.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void backupOfAMissingDatabaseSaysSo()
    {
        const Output b = backup(path(u"nothing-here.sqlite"_s), path(u"nothing.backup"_s));
        QCOMPARE(b.code, 1);
        QVERIFY2(b.err.contains(u"there is no DrillDeck database"_s), qPrintable(b.err));
        QVERIFY(!QFileInfo::exists(path(u"nothing.backup"_s)));
        QVERIFY(!QFileInfo::exists(path(u"nothing-here.sqlite"_s)));
    }

    // The README's round trip through the real program, as a user or a cron job runs it.
    void backupAndRestoreThroughTheProgram()
    {
        auto drilldeck = [this](const QStringList &arguments) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_DATA_HOME"_s, path(u"program-data"_s)); // never the user's files
            env.insert(u"XDG_CONFIG_HOME"_s, path(u"program-config"_s));
            env.remove(u"DISPLAY"_s); // no display needed
            env.remove(u"QT_QPA_PLATFORM"_s);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(DRILLDECK_BINARY), arguments);
            Output o;
            if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit)
                return o;
            o.code = p.exitCode();
            o.out = QString::fromUtf8(p.readAllStandardOutput());
            o.err = QString::fromUtf8(p.readAllStandardError());
            return o;
        };
        const QString file = path(u"program.backup"_s);
        Output b = drilldeck({u"backup"_s, u"--db"_s, m_original, u"--out"_s, file});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QCOMPARE(b.out, u"Backed up %1 to %2.\n"_s.arg(m_original, file));
        QCOMPARE(b.err, QString()); // success says nothing on stderr
        const QByteArray written = sha256(file);
        b = drilldeck({u"backup"_s, u"--db"_s, m_original, u"--out"_s, file}); // never overwrites
        QCOMPARE(b.code, 1);
        QVERIFY2(b.err.contains(u"already exists"_s), qPrintable(b.err));
        QCOMPARE(sha256(file), written);
        QCOMPARE(drilldeck({u"backup"_s, u"--db"_s, m_original}).code, 2);

        // Restored over a database with other drills: the backup's history, the old file kept.
        QVERIFY(QDir().mkpath(path(u"program"_s)));
        const QString target = path(u"program/drilldeck.sqlite"_s);
        buildFixture(target, 2);
        const QByteArray before = historyJson(target);
        const Output r = drilldeck({u"restore"_s, file, u"--db"_s, target});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(historyJson(target), m_history);
        const QStringList kept = Database::backups(target);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(historyJson(kept.constFirst()), before);
        QVERIFY2(r.out.startsWith(u"Restored %1 into %2.\n"_s.arg(file, target)),
                 qPrintable(r.out));
        QCOMPARE(r.err, QString());

        // A file that is no backup is refused, nothing changes; a missing FILE is a usage error.
        const QString notABackup = path(u"program-notes.txt"_s);
        {
            QFile f(notABackup);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        const QByteArray targetBefore = sha256(target);
        const Output bad = drilldeck({u"restore"_s, notABackup, u"--db"_s, target});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(u"Nothing was changed."_s), qPrintable(bad.err));
        QCOMPARE(sha256(target), targetBefore);
        QCOMPARE(drilldeck({u"restore"_s, u"--db"_s, target}).code, 2);
    }

    // A copy of a database and its -wal taken while DrillDeck had it open (or after a kill -9):
    // the restored database has every commit a SQLite reader of the copy sees, not only those
    // already in the main file; and the copy is only read.
    void restoreCarriesTheCommitsStillInTheBackupsWal()
    {
        const QString live = path(u"wal-source/drilldeck.sqlite"_s);
        const QString copied = path(u"wal-copy/drilldeck.sqlite"_s);
        QVERIFY(QDir().mkpath(path(u"wal-source"_s)) && QDir().mkpath(path(u"wal-copy"_s)));
        {
            auto opened = Database::open(live);
            QVERIFY(opened.ok());
            DatabaseFixture::addFinishedDrills(*opened.value(), 2);
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            q.finish();
            DatabaseFixture::addFinishedDrills(*opened.value(), 3); // these only in the -wal
            QVERIFY(QFile::copy(live, copied));
            QVERIFY(QFile::copy(live + u"-wal"_s, copied + u"-wal"_s));
        }
        QVERIFY(QFileInfo(copied + u"-wal"_s).size() > 0);
        const auto before = DatabaseFixture::contents(path(u"wal-copy"_s));

        const QString target = path(u"wal-restored/drilldeck.sqlite"_s);
        const DrillDeckProcess::Result r =
            DrillDeckProcess::run({u"restore"_s, copied, u"--db"_s, target},
                                  DrillDeckProcess::environment(path(u"wal-home"_s)));
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QCOMPARE(DatabaseFixture::contents(path(u"wal-copy"_s)), before);
        QCOMPARE(DatabaseFixture::count(target), qint64(5));
        QCOMPARE(DatabaseFixture::count(target, u"drill_events"_s),
                 DatabaseFixture::count(live, u"drill_events"_s));
    }

    void restoreKeepsTheTargetsPermissions()
    {
        const QString file = path(u"mode.backup"_s);
        QCOMPARE(backup(m_original, file).code, 0);
        const QString target = path(u"mode/drilldeck.sqlite"_s);
        QVERIFY(QDir().mkpath(path(u"mode"_s)));
        buildFixture(target, 1);
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);

        const DrillDeckProcess::Result r =
            DrillDeckProcess::run({u"restore"_s, file, u"--db"_s, target},
                                  DrillDeckProcess::environment(path(u"mode-home"_s)));
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        QCOMPARE(historyJson(target), m_history);
    }

    // A backup killed with SIGKILL just before it renamed its finished copy into place leaves
    // OUT.part-PID; the next backup to OUT removes it. One of a running DrillDeck stays.
    void backupRemovesThePartAKilledBackupLeft()
    {
        const QString folder = path(u"parts"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString out = folder + u"/drilldeck.backup"_s;
        QProcessEnvironment env = DrillDeckProcess::environment(path(u"parts-home"_s));
        const QStringList args = {u"backup"_s, u"--db"_s, m_original, u"--out"_s, out};
        // Only counting at first: no call is the 0th.
        const QProcessEnvironment counting =
            DrillDeckProcess::withFaultInjector(env, folder, 0, SIGKILL);
        // Where the finished copy is renamed: the last step on OUT.part-PID itself.
        const DrillDeckProcess::Result dry = DrillDeckProcess::run(args, counting);
        QVERIFY2(dry.exitedWith(0), qPrintable(dry.describe()));
        QVERIFY(QFile::remove(out));
        int renameCall = 0;
        const QRegularExpression step(u"^killshim: (\\d+) .*\\.part-\\d+$"_s);
        for (const QString &line : dry.err.split(u'\n'))
            if (const auto m = step.match(line); m.hasMatch())
                renameCall = m.captured(1).toInt();
        QVERIFY(renameCall > 0);

        const DrillDeckProcess::Result killed = DrillDeckProcess::run(
            args, DrillDeckProcess::withFaultInjector(env, folder, renameCall, SIGKILL));
        QVERIFY2(killed.status == QProcess::CrashExit && killed.code == SIGKILL,
                 qPrintable(killed.describe()));
        const QStringList left = QDir(folder).entryList({u"drilldeck.backup.part-*"_s});
        QCOMPARE(left.size(), 1);
        QVERIFY(!QFileInfo::exists(out));

        // A part of a DrillDeck that is running stays.
        QProcess console;
        const QString consoleDb = folder + u"/console.sqlite"_s;
        DrillDeckProcess::start(console, {u"--db"_s, consoleDb}, env);
        QVERIFY(console.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(consoleDb + u".lock"_s), 60'000);
        const QString running = out + u".part-"_s + QString::number(console.processId());
        {
            QFile f(running);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }

        const DrillDeckProcess::Result next = DrillDeckProcess::run(args, env);
        QVERIFY2(next.exitedWith(0), qPrintable(next.describe()));
        QCOMPARE(QDir(folder).entryList({u"drilldeck.backup.part-*"_s}),
                 QStringList{QFileInfo(running).fileName()});
        QCOMPARE(historyJson(out), m_history);
        ::kill(pid_t(console.processId()), SIGTERM);
        QVERIFY(DrillDeckProcess::finish(console).exitedWith(0));
    }

    void usageErrors()
    {
        Output o;
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        QCOMPARE(BackupCommand::run({u"drilldeck"_s, u"backup"_s}, out, err), 2);
        QCOMPARE(RestoreCommand::run({u"drilldeck"_s, u"restore"_s}, out, err), 2);
        QCOMPARE(RestoreCommand::run({u"drilldeck"_s, u"restore"_s, u"a"_s, u"b"_s}, out, err), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
