// Kills a writer with SIGKILL at random moments, 100 times on the same database: every event
// it reported as committed must be there, the file must pass quick_check, and a new engine
// must resume the drill with the right elapsed time. The moments are picked by what the writer
// has done, not by the clock (a start-up under ASan takes longer than a whole run otherwise):
// one run in four is killed at a random moment of its start-up (open, recovery, lock takeover),
// the others once they have reported a commit, a random moment later.
#include "database.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
// Whether out holds a whole line (ended by a newline) starting with prefix.
bool hasLine(const QByteArray &out, const QByteArray &prefix)
{
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].startsWith(prefix))
            return true;
    return false;
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothingAndResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"drilldeck.sqlite"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        QSet<qint64> reported;
        qint64 drillId = -1;
        qint64 startedMs = -1;
        QElapsedTimer elapsed;
        elapsed.start();
        const int runs = 100;
        int writingRuns = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(CRASHWRITER), {u"write"_s, path});
            QVERIFY(writer.waitForStarted());
            // The first run lives until it reports the drill started, so that the report is not
            // lost to a kill landing between the commit and the line; a writing run until it
            // reports a commit.
            const QByteArray awaited = run == 0       ? QByteArrayLiteral("started ")
                                       : run % 4 == 1 ? QByteArray()
                                                      : QByteArrayLiteral("committed ");
            QByteArray early;
            while (!awaited.isEmpty() && !hasLine(early, awaited) &&
                   writer.waitForReadyRead(60'000))
                early += writer.readAllStandardOutput();
            QVERIFY2(awaited.isEmpty() || hasLine(early, awaited),
                     qPrintable(u"run %1: the writer never said `%2`: "_s.arg(run).arg(
                                    QString::fromLatin1(awaited)) +
                                QString::fromLocal8Bit(writer.readAllStandardError())));
            if (!awaited.isEmpty())
                ++writingRuns;
            QThread::msleep(random.bounded(0, 101));
            QVERIFY2(writer.state() == QProcess::Running,
                     qPrintable(u"run %1: the writer stopped by itself: "_s.arg(run) +
                                QString::fromLocal8Bit(writer.readAllStandardError())));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            // QProcess says Running until it reaps the child: a writer that stopped by itself
            // just before is seen here, with what it said.
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(u"run %1: the writer exited by itself (code %2): "_s.arg(run).arg(
                                    writer.exitCode()) +
                                QString::fromLocal8Bit(writer.readAllStandardError())));

            const QByteArray out = early + writer.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            // The last piece has no newline: a line cut short by the kill, not a report.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> words = lines[i].split(' ');
                if (words.value(0) == "committed") {
                    reported.insert(words.value(1).toLongLong());
                } else if (words.value(0) == "started") {
                    QCOMPARE(drillId, -1);
                    drillId = words.value(1).toLongLong();
                    startedMs = words.value(2).toLongLong();
                }
            }
        }
        qInfo("%d runs (%d killed while writing), %lld events reported committed, %lld ms", runs,
              writingRuns, qint64(reported.size()), elapsed.elapsed());
        QVERIFY(reported.size() >= writingRuns); // each of them reported one at least
        QVERIFY(drillId > 0);

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        std::unique_ptr<Database> db = std::move(opened).value();
        const StoreError check = db->quickCheck();
        QVERIFY2(!check, qPrintable(check.message));

        QSet<qint64> stored;
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT id FROM drill_events"_s));
        while (q.next())
            stored.insert(q.value(0).toLongLong());
        q.finish();
        for (qint64 id : std::as_const(reported))
            QVERIFY2(stored.contains(id), qPrintable(u"event %1 was reported committed but is "
                                                     u"missing"_s.arg(id)));

        // Resume as the app would: the unfinished drill, its log, a new engine.
        DrillStore store(*db);
        const QList<Drill> unfinished = store.unfinishedDrills().value();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.constFirst().id, drillId);
        const QList<DrillEvent> events = store.events(drillId).value();
        QCOMPARE(events.constFirst().kind, DrillEvent::Kind::Started);
        QCOMPARE(events.constFirst().timeMs, startedMs);
        const RunbookLoadResult loaded =
            RunbookLoader::loadText(DrillTestSupport::runbookYaml(), u"crash.yaml"_s);
        QVERIFY(loaded.ok());
        DrillEngine engine(&store, *loaded.runbook, unfinished.constFirst(), events);
        const qint64 now = events.constLast().timeMs + 90 * 60'000;
        engine.setClock([now] { return now; });

        qint64 paused = 0, pausedSince = -1;
        for (const DrillEvent &e : events) {
            if (e.kind == DrillEvent::Kind::Paused)
                pausedSince = e.timeMs;
            else if (e.kind == DrillEvent::Kind::Resumed && pausedSince >= 0)
                paused += e.timeMs - std::exchange(pausedSince, -1);
        }
        if (pausedSince >= 0)
            paused += now - pausedSince;
        const DrillMetrics m = engine.metrics();
        QCOMPARE(m.wallMs, now - startedMs);
        QCOMPARE(m.activeMs, now - startedMs - paused);
        QCOMPARE(engine.state(), Drill::stateFromEvents(events));
        // And the drill goes on.
        const AppendResult r =
            engine.state() == Drill::State::Paused ? engine.resume() : engine.pause();
        QVERIFY2(r.committed(), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
