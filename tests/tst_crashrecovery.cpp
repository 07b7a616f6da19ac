// Kills a writer with SIGKILL at random moments, 100 times on the same database: every event
// it reported as committed must be there, the file must pass quick_check, and a new engine
// must resume the drill with the right elapsed time.
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
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(CRASHWRITER), {u"write"_s, path});
            QVERIFY(writer.waitForStarted());
            // The first run lives until it reports the drill started, so that the report is not
            // lost to a kill landing between the commit and the line (likely under ASan).
            QByteArray early;
            while (run == 0 && !early.contains("started ") && writer.waitForReadyRead(20'000))
                early += writer.readAllStandardOutput();
            QThread::msleep(random.bounded(20, 201));
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
        qInfo("%d runs, %lld events reported committed, %lld ms", runs, qint64(reported.size()),
              elapsed.elapsed());
        QVERIFY2(reported.size() > runs, "too few events to mean anything");
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
