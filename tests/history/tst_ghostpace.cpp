// The ghost of the best run: which previous drill is the reference (best or last, same runbook
// and environment, finished, hand-run), when each of its steps finished in active time, and
// where a live drill stands against it — ahead, behind, level, the ghost's place, the step where
// the reference was fastest, and "no reference" for steps it lacks (added or renamed), never a
// figure from them. The loader over a real SQLite database.
#include "database.h"
#include "drillanalysis.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "ghostpace.h"
#include "referencerun.h"
#include "referencerunloader.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

namespace {
const Runbook kRunbook = runbook({{u"a"_s, 10}, {u"b"_s, 10}, {u"c"_s, 10, {}, true}});

// A drill of kRunbook analysed from its log: each step runs for the minutes given, one after
// the other, from minute 0; pauseAt/pauseFor pause the drill (minutes).
DrillSummary finishedDrill(qint64 id, const QString &environment, int iteration,
                           const QList<double> &minutes, double pauseAt = -1, double pauseFor = 0,
                           const Runbook &rb = kRunbook)
{
    QList<DrillEvent> events{ev(Kind::Started, 0)};
    double t = 0;
    const QList<Step> steps = rb.allSteps();
    for (qsizetype i = 0; i < minutes.size() && i < steps.size(); ++i) {
        events.append(ev(Kind::StepStarted, t, steps[i].id));
        if (pauseAt >= t && pauseAt < t + minutes[i]) {
            events.append(ev(Kind::Paused, pauseAt));
            events.append(ev(Kind::Resumed, pauseAt + pauseFor));
            t += pauseFor;
        }
        t += minutes[i];
        events.append(ev(Kind::StepDone, t, steps[i].id));
    }
    events.append(ev(Kind::Finished, t));
    DrillSummary s;
    s.drill.id = id;
    s.drill.runbookId = rb.id;
    s.drill.environment = environment;
    s.drill.iteration = iteration;
    s.events = events;
    s.metrics = DrillAnalysis::analyse(rb, events, std::nullopt, at(t));
    return s;
}

// The live drill at minute now: steps done after the given minutes, the next one running.
struct Live
{
    DrillMetrics metrics;
    QList<DrillReplay::Interval> pauses;
    QStringList running;
};
Live liveDrill(const Runbook &rb, const QList<double> &doneMinutes, double now)
{
    QList<DrillEvent> events{ev(Kind::Started, 0)};
    double t = 0;
    const QList<Step> steps = rb.allSteps();
    qsizetype i = 0;
    for (; i < doneMinutes.size(); ++i) {
        events.append(ev(Kind::StepStarted, t, steps[i].id));
        t += doneMinutes[i];
        events.append(ev(Kind::StepDone, t, steps[i].id));
    }
    Live live;
    if (i < steps.size()) {
        events.append(ev(Kind::StepStarted, t, steps[i].id));
        live.running = {steps[i].id};
    }
    live.metrics = DrillAnalysis::analyse(rb, events, std::nullopt, at(now));
    live.pauses = ReferenceRun::pausesOf(events);
    return live;
}
} // namespace

class TestGhostPace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bestIsShortestRtoOfSameEnvironment()
    {
        DrillSummary unfinished = finishedDrill(5, u"test"_s, 5, {1, 1, 1});
        unfinished.metrics.state = Drill::State::Running;
        DrillSummary automated = finishedDrill(6, u"test"_s, 6, {1, 1, 1});
        automated.drill.runKind = Drill::RunKind::Automated;
        const QList<DrillSummary> drills = {
            finishedDrill(1, u"test"_s, 1, {10, 20, 10}),    // RTO 40
            finishedDrill(2, u"test"_s, 2, {8, 12, 10}),     // RTO 30: the best
            finishedDrill(3, u"test"_s, 3, {15, 15, 15}),    // RTO 45: the last
            finishedDrill(4, u"production"_s, 1, {5, 5, 5}), // faster, other environment
            unfinished,
            automated,
        };
        const auto best =
            ReferenceRun::choose(drills, ReferenceRun::Choice::Best, kRunbook.id, u"test"_s);
        QVERIFY(best);
        QCOMPARE(best->drillId, 2);
        QCOMPARE(best->rtoMs, 30 * minute);
        const auto last =
            ReferenceRun::choose(drills, ReferenceRun::Choice::Last, kRunbook.id, u"test"_s);
        QVERIFY(last);
        QCOMPARE(last->drillId, 3);
        QCOMPARE(last->choice, ReferenceRun::Choice::Last);
        // The drill running is never its own reference; nothing finished in staging: none.
        QCOMPARE(ReferenceRun::choose(drills, ReferenceRun::Choice::Best, kRunbook.id, u"test"_s, 2)
                     ->drillId,
                 1);
        QVERIFY(
            !ReferenceRun::choose(drills, ReferenceRun::Choice::Best, kRunbook.id, u"staging"_s));
        QVERIFY(!ReferenceRun::choose(drills, ReferenceRun::Choice::Best, u"other"_s, u"test"_s));
    }

    void bestWithoutRtoIsShortestActiveTime()
    {
        DrillSummary slow = finishedDrill(1, u"test"_s, 1, {10, 10, 10});
        DrillSummary quick = finishedDrill(2, u"test"_s, 2, {5, 5, 5});
        DrillSummary withRto = finishedDrill(3, u"test"_s, 3, {20, 20, 20});
        slow.metrics.rtoMs.reset();
        quick.metrics.rtoMs.reset();
        QCOMPARE(
            ReferenceRun::choose({slow, quick}, ReferenceRun::Choice::Best, kRunbook.id, u"test"_s)
                ->drillId,
            2);
        // An achieved RTO wins over none, however long.
        QCOMPARE(ReferenceRun::choose({slow, quick, withRto}, ReferenceRun::Choice::Best,
                                      kRunbook.id, u"test"_s)
                     ->drillId,
                 3);
    }

    void offsetsLeaveOutPauses()
    {
        // a 10 min, b 20 min with a 7-minute pause inside it, c 10 min.
        const DrillSummary s = finishedDrill(1, u"test"_s, 1, {10, 20, 10}, 15, 7);
        const ReferenceRun r = ReferenceRun::fromSummary(s, ReferenceRun::Choice::Best);
        QCOMPARE(r.stepEndMs.value(u"a"_s), 10 * minute);
        QCOMPARE(r.stepEndMs.value(u"b"_s), 30 * minute);
        QCOMPARE(r.stepEndMs.value(u"c"_s), 40 * minute);
        QCOMPARE(r.stepActualMs.value(u"b"_s), 20 * minute);
        QCOMPARE(r.activeMs, 40 * minute);
    }

    void skippedStepsAreNoReference()
    {
        QList<DrillEvent> events{ev(Kind::Started, 0),
                                 ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 5, u"a"_s),
                                 ev(Kind::StepSkipped, 5, u"b"_s),
                                 ev(Kind::StepStarted, 5, u"c"_s),
                                 ev(Kind::StepDone, 9, u"c"_s),
                                 ev(Kind::Finished, 9)};
        DrillSummary s;
        s.drill.id = 1;
        s.events = events;
        s.metrics = DrillAnalysis::analyse(kRunbook, events, std::nullopt, at(9));
        const ReferenceRun r = ReferenceRun::fromSummary(s, ReferenceRun::Choice::Best);
        QVERIFY(r.stepEndMs.contains(u"a"_s));
        QVERIFY(!r.stepEndMs.contains(u"b"_s));
        QCOMPARE(r.stepEndMs.value(u"c"_s), 9 * minute);
    }

    void aheadBehindAndLevel_data()
    {
        QTest::addColumn<QList<double>>("done");
        QTest::addColumn<double>("now");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<int>("ghostSteps");
        // The reference: a done at 10, b at 30, c at 40 (minutes of active time).
        QTest::addRow("start: level")
            << QList<double>{} << 2.0 << u"level with the best run"_s << qint64(0) << 0;
        QTest::addRow("a quicker: ahead")
            << QList<double>{7} << 8.0 << u"3:00 ahead of the best run"_s << -3 * minute << 0;
        QTest::addRow("a slower: behind")
            << QList<double>{11.5} << 12.0 << u"behind the best run by 1:30"_s
            << qint64(1.5 * minute) << 1;
        // a done early, but b still runs at 36 when the reference had done it at 30: the figure
        // grows with the clock, past the 3 minutes gained on a.
        QTest::addRow("running past the reference")
            << QList<double>{7} << 36.0 << u"behind the best run by 6:00"_s << 6 * minute << 2;
        QTest::addRow("a and b level")
            << QList<double>{10, 20} << 31.0 << u"level with the best run"_s << qint64(0) << 2;
    }
    void aheadBehindAndLevel()
    {
        QFETCH(QList<double>, done);
        QFETCH(double, now);
        QFETCH(QString, text);
        QFETCH(qint64, delta);
        QFETCH(int, ghostSteps);
        const ReferenceRun ref = ReferenceRun::fromSummary(
            finishedDrill(1, u"test"_s, 1, {10, 20, 10}), ReferenceRun::Choice::Best);
        const Live live = liveDrill(kRunbook, done, now);
        const GhostPace pace(ref, live.metrics, live.pauses, live.running);
        QVERIFY(pace.isValid());
        const qint64 elapsed = live.metrics.activeMs;
        QCOMPARE(elapsed, qint64(now * minute));
        QCOMPARE(pace.paceText(elapsed), text);
        QCOMPARE(pace.at(elapsed).deltaMs, delta);
        QCOMPARE(pace.at(elapsed).ghostSteps, ghostSteps);
        QCOMPARE(pace.at(elapsed).stepsTotal, 3);
        QVERIFY(pace.currentStepText().isEmpty());
    }

    void lastRunIsNamed()
    {
        const ReferenceRun ref = ReferenceRun::fromSummary(
            finishedDrill(1, u"test"_s, 4, {10, 20, 10}), ReferenceRun::Choice::Last);
        const Live live = liveDrill(kRunbook, {12}, 13);
        const GhostPace pace(ref, live.metrics, live.pauses, live.running);
        QCOMPARE(pace.paceText(live.metrics.activeMs), u"behind the last run by 2:00"_s);
        QCOMPARE(pace.referenceText(), u"Last run: drill 4, RTO 40:00"_s);
    }

    void fastestStepOfTheReference()
    {
        const ReferenceRun ref = ReferenceRun::fromSummary(
            finishedDrill(1, u"test"_s, 1, {10, 20, 10}), ReferenceRun::Choice::Best);
        const Live live = liveDrill(kRunbook, {12, 25}, 38);
        const GhostPace pace(ref, live.metrics, live.pauses, live.running);
        QCOMPARE(pace.fastestStepId(), u"b"_s);
        QCOMPARE(pace.fastestByMs(), 5 * minute);
        QCOMPARE(pace.fastestText(), u"The best run was faster at “Step b” by 5:00"_s);
        // Quicker everywhere: nothing to say.
        const Live quick = liveDrill(kRunbook, {8}, 9);
        QVERIFY(GhostPace(ref, quick.metrics, quick.pauses, quick.running).fastestText().isEmpty());
    }

    void renamedAndNewStepsGiveNoFigure()
    {
        // Since the reference, b was renamed b2 (a new id) and x added before c.
        const Runbook rewritten =
            runbook({{u"a"_s, 10}, {u"b2"_s, 10}, {u"x"_s, 5}, {u"c"_s, 10, {}, true}});
        const ReferenceRun ref = ReferenceRun::fromSummary(
            finishedDrill(1, u"test"_s, 1, {10, 20, 10}), ReferenceRun::Choice::Best);
        // b2 runs far past the reference's b (done at 30): no "behind", since b2 is not b.
        const Live live = liveDrill(rewritten, {7}, 50);
        const GhostPace pace(ref, live.metrics, live.pauses, live.running);
        QCOMPARE(pace.currentStepText(), u"new step — no reference"_s);
        QVERIFY(!pace.currentStepMatched());
        QCOMPARE(pace.unmatchedSteps(), 2);
        // Only a, the step both have, speaks: 3 minutes ahead, not 20 behind.
        QCOMPARE(pace.at(50 * minute).deltaMs, -3 * minute);
        QCOMPARE(pace.at(50 * minute).stepsTotal, 4);
        QCOMPARE(pace.at(50 * minute).ghostSteps, 2); // a and c of the live runbook
        // Once c (which both have) is done, it is the anchor again.
        const Live later = liveDrill(rewritten, {7, 25, 5, 10}, 47);
        const GhostPace end(ref, later.metrics, later.pauses, later.running);
        QCOMPARE(end.at(47 * minute).deltaMs, 7 * minute);
    }

    void noReferenceNoText()
    {
        const Live live = liveDrill(kRunbook, {7}, 8);
        const GhostPace none(ReferenceRun{}, live.metrics, live.pauses, live.running);
        QVERIFY(!none.isValid());
        QVERIFY(none.paceText(8 * minute).isEmpty());
        QVERIFY(none.currentStepText().isEmpty());
        QVERIFY(!none.at(8 * minute).deltaMs);
    }

    void loaderReadsTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.drilldeck"_s);
        qint64 runningId = 0;
        {
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            auto db = std::move(opened).value();
            DrillStore store(*db);
            RunbookRevisionStore revisions(*db);
            const QByteArray yaml = runbookYaml();
            const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"r.yaml"_s);
            QVERIFY(loaded.ok());
            const auto rev =
                revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
            QVERIFY(rev.ok());
            // Three finished drills in test (bake-ami 20, 12, 16 min) and a quick one in
            // production; then the one being run.
            const QList<QPair<QString, int>> plan = {
                {u"test"_s, 20}, {u"test"_s, 12}, {u"test"_s, 16}, {u"production"_s, 5}};
            qint64 now = at(0);
            for (const auto &[environment, bake] : plan) {
                Drill d;
                d.revisionId = rev->id;
                d.runbookId = loaded.runbook->id;
                d.environment = environment;
                const auto created = store.createDrill(d, now);
                QVERIFY(created.ok());
                DrillEngine e(&store, *loaded.runbook, created.value(), {});
                e.setClock([&now] { return now; });
                QVERIFY(e.start().committed());
                QVERIFY(e.startStep(u"bake-ami"_s).committed());
                now += bake * minute;
                QVERIFY(e.completeStep(u"bake-ami"_s).committed());
                QVERIFY(e.startStep(u"launch"_s).committed());
                now += 10 * minute;
                QVERIFY(e.completeStep(u"launch"_s).committed());
                QVERIFY(e.finish().committed());
                now += hour;
            }
            Drill d;
            d.revisionId = rev->id;
            d.runbookId = loaded.runbook->id;
            d.environment = u"test"_s;
            const auto created = store.createDrill(d, now);
            QVERIFY(created.ok());
            runningId = created->id;
        }
        ReferenceRunLoader::Request request;
        request.databasePath = path;
        request.runbookId = u"jenkins-rebuild"_s;
        request.environment = u"test"_s;
        request.excludedDrillId = runningId;
        request.nowMs = at(1000);
        const ReferenceRunLoader::Result now = ReferenceRunLoader::loadNow(request);
        QVERIFY2(now.problem.isEmpty(), qPrintable(now.problem));
        QVERIFY(now.best && now.last);
        QCOMPARE(now.best->iteration, 2);
        QCOMPARE(now.best->stepEndMs.value(u"launch"_s), 22 * minute);
        QCOMPARE(now.last->iteration, 3);

        // The same off the calling thread, announced on it.
        ReferenceRunLoader loader;
        QSignalSpy spy(&loader, &ReferenceRunLoader::loaded);
        loader.start(request);
        QVERIFY(loader.isLoading());
        QVERIFY(spy.wait(10000));
        QVERIFY(!loader.isLoading());
        const auto result = spy.constFirst().constFirst().value<ReferenceRunLoader::Result>();
        QCOMPARE(result.best, now.best);
        QCOMPARE(result.last, now.last);

        request.databasePath = dir.filePath(u"missing.drilldeck"_s);
        QVERIFY(!ReferenceRunLoader::loadNow(request).problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGhostPace)
#include "tst_ghostpace.moc"
