// SIGTERM, SIGINT and SIGHUP end DrillDeck as a quit does (TerminationSignals, InterruptCleanup):
// the console closes its database (checkpointed: the file alone holds every event) and the drill
// stays resumable; a command removes what it was writing, wherever the signal lands, then dies of
// the signal. The real binary throughout; the signal is sent by a fault injector preloaded into
// it at each of the command's file-system steps in turn.
#include "database.h"
#include "databasefixture.h"
#include "drilldeckprocess.h"
#include "drillstore.h"

#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace DatabaseFixture;

namespace {
// A database whose drill, left unfinished by a writer killed with SIGKILL, is partly in its -wal
// file only. Returns the number of events a reader sees.
qint64 crashedWriterDatabase(const QString &path)
{
    if (writeThenCrash({QStringLiteral(CRASHWRITER), u"write"_s, path}, 20) < 20)
        return -1;
    const QString copy = path + u".reader"_s;
    QFile::copy(path, copy);
    QFile::copy(path + u"-wal"_s, copy + u"-wal"_s);
    const qint64 events = count(copy, u"drill_events"_s);
    QFile::remove(copy);
    QFile::remove(copy + u"-wal"_s);
    QFile::remove(copy + u"-shm"_s);
    return events;
}
} // namespace

class TestTerminationSignals : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void consoleQuitsCleanlyOnASignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGINT") << int(SIGINT);
        QTest::addRow("SIGHUP") << int(SIGHUP);
    }
    void consoleQuitsCleanlyOnASignal()
    {
        QFETCH(int, signal);
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + u"/drilldeck.sqlite"_s;
        const qint64 events = crashedWriterDatabase(db);
        QVERIFY(events > 0);
        QVERIFY2(QFileInfo(db + u"-wal"_s).size() > 0, "the events must be in the -wal file");

        QProcess console;
        DrillDeckProcess::start(console, {u"--db"_s, db},
                                DrillDeckProcess::environment(folder + u"/home"_s));
        QVERIFY(console.waitForStarted());
        // Locking and opening are one step of the event loop, and the signal is acted on in a
        // later one: once the lock is the console's, the database is open when the signal lands.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                qint64 pid = 0;
                QString host;
                QString app;
                QLockFile lock(db + u".lock"_s);
                return lock.getLockInfo(&pid, &host, &app) && pid == console.processId();
            }(),
            60'000);
        ::kill(pid_t(console.processId()), signal);
        const DrillDeckProcess::Result r = DrillDeckProcess::finish(console);
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QString::fromLatin1(QTest::currentDataTag())), qPrintable(r.err));

        // Closed: no lock, and the file alone holds every event (nothing left in the -wal).
        QVERIFY(!QFileInfo::exists(db + u".lock"_s));
        QVERIFY(QFileInfo(db + u"-wal"_s).size() <= 0);
        const QString alone = folder + u"/alone.sqlite"_s;
        QVERIFY(QFile::copy(db, alone));
        QCOMPARE(count(alone, u"drill_events"_s), events);
        // And the drill is still there to resume.
        auto opened = Database::open(alone, Database::Mode::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        DrillStore store(*opened.value());
        const auto unfinished = store.unfinishedDrills();
        QVERIFY(unfinished.ok());
        QCOMPARE(unfinished->size(), 1);
    }

    // At every file-system step of the command a SIGTERM is sent: when it ends, nothing it was
    // writing is left (no .part or .restore copy, no private copy of the database), and what it
    // published is whole.
    void commandsLeaveNothingHalfWrittenOnSIGTERM_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("backup") << u"backup"_s;
        QTest::addRow("restore") << u"restore"_s;
        QTest::addRow("history") << u"history"_s;
    }
    void commandsLeaveNothingHalfWrittenOnSIGTERM()
    {
        QFETCH(QString, command);
        const QString base = m_dir.filePath(u"commands-"_s + command);
        QVERIFY(QDir().mkpath(base));
        // A database with commits in its -wal and no -shm (as copied after a crash): every
        // command reads it through a private copy, which must go too.
        const QString source = base + u"/source.sqlite"_s;
        QVERIFY(crashedWriterDatabase(source) > 0);
        QFile::remove(source + u"-shm"_s);
        QFile::remove(source + u".lock"_s);

        bool ranOut = false;
        for (int call = 1; call < 100 && !ranOut; ++call) {
            const QString folder = base + u"/at-"_s + QString::number(call);
            QVERIFY(QDir().mkpath(folder));
            const QString target = folder + u"/drilldeck.sqlite"_s;
            const QString out = folder + u"/out.backup"_s;
            QStringList args;
            if (command == u"backup") {
                args = {u"backup"_s, u"--db"_s, source, u"--out"_s, out};
            } else if (command == u"restore") {
                buildFinishedDrills(target, 2);
                args = {u"restore"_s, source, u"--db"_s, target};
            } else {
                args = {u"history"_s, u"--db"_s, source, u"--format"_s, u"json"_s};
            }
            const QProcessEnvironment env = DrillDeckProcess::withFaultInjector(
                DrillDeckProcess::environment(folder + u"/home"_s), base, call, SIGTERM);
            const DrillDeckProcess::Result r = DrillDeckProcess::run(args, env);
            ranOut = r.exitedWith(0) && !r.err.contains(u"killshim: %1 "_s.arg(call));
            // Ended by the signal; or done when it landed as the command was ending anyway.
            QVERIFY2(r.exitedWith(0) || (r.status == QProcess::CrashExit && r.code == SIGTERM),
                     qPrintable(u"call %1: "_s.arg(call) + r.describe()));

            const QString context = u"after SIGTERM at call %1: "_s.arg(call) + r.err;
            const QStringList partial =
                QDir(folder).entryList({u"*.part-*"_s, u"*.restore-*"_s}, QDir::Files);
            QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u' ') + u"; "_s + context));
            const QStringList privateCopies =
                QDir(folder + u"/home/tmp"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
            QVERIFY2(privateCopies.isEmpty(),
                     qPrintable(privateCopies.join(u' ') + u"; "_s + context));
            QVERIFY2(QDir(base).entryList({u"source.sqlite-shm"_s}).isEmpty(), qPrintable(context));
            if (QFileInfo::exists(out)) // published: whole
                QVERIFY2(count(out, u"drill_events"_s) > 0, qPrintable(context));
            if (command == u"restore") { // the old database or the restored one, never none
                const qint64 drills = count(target);
                QVERIFY2(drills == 2 || drills == 1, qPrintable(context));
            }
        }
        QVERIFY2(ranOut, "the command never got to its end");
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
