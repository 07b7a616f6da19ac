// `drilldeck restore` killed with SIGKILL between any two of its file-system steps (a fault
// injector preloaded into the real binary) always leaves a whole database at the path, the old
// one or the restored one; the next start of DrillDeck rolls the restore back or finishes it
// and says so (InterruptedRestore), and never creates a fresh, empty database where there was
// one — also from what an older DrillDeck left when it was killed between its two renames.
#include "database.h"
#include "databasefiles.h"
#include "databasefixture.h"
#include "drilldeckprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace DatabaseFixture;

namespace {
constexpr int oldDrills = 2;
constexpr int restoredDrills = 3;

// The drills `drilldeck history` lists, or -1 (with why) when it fails.
int historyDrills(const QString &db, const QProcessEnvironment &env, QString *why = nullptr)
{
    const DrillDeckProcess::Result r =
        DrillDeckProcess::run({u"history"_s, u"--db"_s, db, u"--format"_s, u"json"_s}, env);
    if (!r.exitedWith(0)) {
        if (why)
            *why = r.describe();
        return -1;
    }
    return int(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"drills"_s].toArray().size());
}

// Starts the console on db, as a user would, until it is ready to drill; returns what it said.
DrillDeckProcess::Result startConsole(const QString &db, QProcessEnvironment env)
{
    env.insert(u"DRILLDECK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    return DrillDeckProcess::run({u"--db"_s, db}, env);
}

// A pid no process has: one that just ended.
qint64 deadPid()
{
    QProcess p;
    p.start(u"true"_s, {});
    p.waitForFinished();
    return p.processId() > 0 ? p.processId() : 999'999;
}
} // namespace

class TestInterruptedRestore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_old;      // a database with oldDrills
    QString m_restored; // the backup restored, with restoredDrills

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_old = m_dir.filePath(u"old.sqlite"_s);
        m_restored = m_dir.filePath(u"restored.backup"_s);
        buildFinishedDrills(m_old, oldDrills);
        buildFinishedDrills(m_restored, restoredDrills);
    }

    void killedRestoreAlwaysLeavesADatabase_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addRow("before a step") << u"before"_s;
        QTest::addRow("after a step") << u"after"_s;
    }
    void killedRestoreAlwaysLeavesADatabase()
    {
        QFETCH(QString, when);
        const QString base = m_dir.filePath(u"killed-"_s + when);
        bool ranOut = false;
        for (int call = 1; call < 100 && !ranOut; ++call) {
            const QString folder = base + u"/at-"_s + QString::number(call);
            QVERIFY(QDir().mkpath(folder));
            const QString db = folder + u"/drilldeck.sqlite"_s;
            QVERIFY(QFile::copy(m_old, db));
            const QProcessEnvironment env = DrillDeckProcess::environment(folder + u"/home"_s);
            const QProcessEnvironment killing =
                DrillDeckProcess::withFaultInjector(env, folder, call, SIGKILL, when);
            const DrillDeckProcess::Result restore =
                DrillDeckProcess::run({u"restore"_s, m_restored, u"--db"_s, db}, killing);
            const QString context = u"killed %1 call %2: "_s.arg(when).arg(call) + restore.err;
            ranOut = restore.exitedWith(0);
            if (!ranOut)
                QVERIFY2(restore.status == QProcess::CrashExit && restore.code == SIGKILL,
                         qPrintable(context));

            // A whole database at the path at every moment: the old one or the restored one.
            QString why;
            const int before = historyDrills(db, env, &why);
            QVERIFY2(before == oldDrills || before == restoredDrills,
                     qPrintable(context + u"\nhistory: "_s + why));
            const bool leftOver =
                !QDir(folder).entryList({u"drilldeck.sqlite.restore-*"_s}, QDir::Files).isEmpty();

            // The next start puts right what is left, says so, and changes nothing else.
            const DrillDeckProcess::Result start = startConsole(db, env);
            QVERIFY2(start.exitedWith(0) && start.out.contains(u"ready"_s),
                     qPrintable(context + u"\nstart: "_s + start.describe()));
            if (leftOver)
                QVERIFY2(start.err.contains(u"interrupted restore"_s) &&
                             start.err.contains(u"rolled back"_s),
                         qPrintable(context + u"\nstart: "_s + start.err));
            QCOMPARE(historyDrills(db, env), before);
            QVERIFY2(QDir(folder).entryList({u"drilldeck.sqlite.restore-*"_s}).isEmpty(),
                     qPrintable(context));
            // A kept backup is the old database, never a second name of the one in use.
            for (const QString &kept : Database::backups(db)) {
                QVERIFY2(!DatabaseFiles::sameFile(kept, db), qPrintable(context));
                QCOMPARE(count(kept), qint64(oldDrills));
            }
            if (before == restoredDrills)
                QCOMPARE(Database::backups(db).size(), 1);
        }
        QVERIFY2(ranOut, "restore never got to its end");
    }

    // What an older DrillDeck left when killed between moving the database aside and moving
    // the checked copy in: no database, the old one kept, the copy staged.
    void startFinishesARestoreKilledBetweenTwoRenames()
    {
        const QString folder = m_dir.filePath(u"between-renames"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + u"/drilldeck.sqlite"_s;
        const QString kept = db + u".bak-20231115T145320Z-v3"_s;
        const QString staged = db + u".restore-"_s + QString::number(deadPid());
        QVERIFY(QFile::copy(m_old, kept));
        QVERIFY(QFile::copy(m_restored, staged));
        const QProcessEnvironment env = DrillDeckProcess::environment(folder + u"/home"_s);

        // Reading says what happened, and creates nothing.
        const DrillDeckProcess::Result history =
            DrillDeckProcess::run({u"history"_s, u"--db"_s, db}, env);
        QVERIFY2(history.exitedWith(1), qPrintable(history.describe()));
        QVERIFY2(history.err.contains(u"was interrupted"_s) && history.err.contains(staged),
                 qPrintable(history.err));
        QVERIFY(!QFileInfo::exists(db));

        const DrillDeckProcess::Result start = startConsole(db, env);
        QVERIFY2(start.exitedWith(0), qPrintable(start.describe()));
        QVERIFY2(start.err.contains(u"was finished"_s), qPrintable(start.err));
        QCOMPARE(historyDrills(db, env), restoredDrills);
        QVERIFY(!QFileInfo::exists(staged));
        QCOMPARE(Database::backups(db), QStringList{kept});
        QCOMPARE(count(kept), qint64(oldDrills));
    }

    // A copy that was still being written when its restore was killed, where there was no
    // database before: removed, and said so.
    void startRemovesAnIncompleteCopy()
    {
        const QString folder = m_dir.filePath(u"incomplete"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + u"/drilldeck.sqlite"_s;
        const QString staged = db + u".restore-"_s + QString::number(deadPid());
        QFile source(m_restored);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile half(staged);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(source.read(source.size() / 2));
        half.close();
        const QProcessEnvironment env = DrillDeckProcess::environment(folder + u"/home"_s);

        const DrillDeckProcess::Result start = startConsole(db, env);
        QVERIFY2(start.exitedWith(0), qPrintable(start.describe()));
        QVERIFY2(start.err.contains(u"incomplete copy was removed"_s), qPrintable(start.err));
        QVERIFY(!QFileInfo::exists(staged));
        QCOMPARE(historyDrills(db, env), 0); // there was none before: a new, empty one
    }
};

QTEST_GUILESS_MAIN(TestInterruptedRestore)
#include "tst_interruptedrestore.moc"
