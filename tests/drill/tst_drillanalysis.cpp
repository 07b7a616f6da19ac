// DrillAnalysis: every figure derived from a drill's log, from hand-written logs.
#include "drillanalysis.h"
#include "drilltestsupport.h"
#include "duration.h"
#include "objectivetexts.h"
#include "rtocountdown.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

class TestDrillAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parallelStepsSpanWallClockNotSum()
    {
        // b has no depends_on of its own... it depends on nothing but a root, so a and b run
        // side by side.
        const Runbook rb =
            runbook({{u"root"_s, 0}, {u"a"_s, 10, {u"root"_s}}, {u"b"_s, 10, {u"root"_s}}});
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 0, u"root"_s),
            ev(Kind::StepDone, 0, u"root"_s),
            ev(Kind::StepStarted, 0, u"a"_s),
            ev(Kind::StepStarted, 1, u"b"_s),
            ev(Kind::StepDone, 10, u"a"_s),
            ev(Kind::StepDone, 12, u"b"_s),
            ev(Kind::Finished, 12),
        };
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(99));
        QCOMPARE(m.state, Drill::State::Finished);
        QCOMPARE(m.step(u"a"_s)->actualMs, 10 * minute);
        QCOMPARE(m.step(u"b"_s)->actualMs, 11 * minute);
        QCOMPARE(m.wallMs, 12 * minute); // not 21 minutes
        QCOMPARE(m.activeMs, 12 * minute);
        QCOMPARE(m.doneSteps, 3);
        QCOMPARE(m.step(u"b"_s)->latenessMs, 1 * minute);
    }

    // A `wait: true` step's whole time is waiting; W marks a span within any other step; the
    // drill waits only while every running step waits; pauses count for neither.
    void waitingSplitsStepsAndTheDrill()
    {
        Runbook rb = runbook({{u"bake"_s, 30}, {u"config"_s, 20}, {u"check"_s, 10, {u"bake"_s}}});
        rb.phases[0].steps[0].waitsOnMachine = true;
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 0, u"bake"_s),   // waits 0-30
            ev(Kind::StepStarted, 0, u"config"_s), // hands-on 0-10, waits 10-25
            ev(Kind::WaitStarted, 10, u"config"_s),
            ev(Kind::Paused, 15),
            ev(Kind::Resumed, 20),
            ev(Kind::WaitEnded, 25, u"config"_s),
            ev(Kind::StepDone, 30, u"bake"_s),
            ev(Kind::StepStarted, 30, u"check"_s),
            ev(Kind::WaitStarted, 32, u"check"_s), // ends with the step at 36
            ev(Kind::StepDone, 36, u"check"_s),
            ev(Kind::StepDone, 40, u"config"_s),
            ev(Kind::Finished, 40),
        };
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(99));
        QCOMPARE(m.step(u"bake"_s)->actualMs, 25 * minute);
        QCOMPARE(m.step(u"bake"_s)->waitingMs, 25 * minute);
        QCOMPARE(m.step(u"config"_s)->actualMs, 35 * minute);
        QCOMPARE(m.step(u"config"_s)->waitingMs, 10 * minute); // 10-15 and 20-25
        QCOMPARE(m.step(u"check"_s)->waitingMs, 4 * minute);
        QCOMPARE(m.activeMs, 35 * minute);
        // Every running step waits only 10-15 and 20-25 (bake and config); at 32-36 config is
        // hands-on, so the drill does not wait.
        QCOMPARE(m.waitingMs, 10 * minute);
    }

    void openWaitRunsToNowAndNoStepMeansNoWaiting()
    {
        const Runbook rb = runbook({{u"a"_s, 10}, {u"b"_s, 10}});
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 1, u"a"_s),
            ev(Kind::WaitStarted, 3, u"a"_s),
        };
        DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(8));
        QCOMPARE(m.step(u"a"_s)->waitingMs, 5 * minute);
        QCOMPARE(m.waitingMs, 5 * minute); // 0-1: nothing runs, nothing waits
        QCOMPARE(m.step(u"b"_s)->waitingMs, 0);
        // An aborted drill closes the wait at its end.
        m = DrillAnalysis::analyse(rb, log + QList<DrillEvent>{ev(Kind::Aborted, 6)}, std::nullopt,
                                   at(60));
        QCOMPARE(m.step(u"a"_s)->waitingMs, 3 * minute);
        QCOMPARE(m.waitingMs, 3 * minute);
    }

    void overnightPauseSeparatesWallFromActive()
    {
        // The Jenkins story: home at 18:00, back at 10:00 the next day.
        const Runbook rb = runbook({{u"restore"_s, 120}});
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 0, u"restore"_s),
            ev(Kind::Paused, 60),
            ev(Kind::Resumed, 60 + 16 * 60),
            ev(Kind::StepDone, 2 * 60 + 16 * 60, u"restore"_s),
            ev(Kind::Finished, 2 * 60 + 16 * 60),
        };
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(5000));
        QCOMPARE(m.wallMs, 18 * hour);
        QCOMPARE(m.pausedMs, 16 * hour);
        QCOMPARE(m.activeMs, 2 * hour);
        QCOMPARE(m.step(u"restore"_s)->actualMs, 2 * hour); // the pause stops the step clock
        QCOMPARE(m.step(u"restore"_s)->latenessMs, 0);
        // RTO is wall-clock from the failure: the night counts.
        QCOMPARE(m.rtoMs, std::optional<qint64>(18 * hour));
    }

    // A clock that shows the forecast between two readings agrees with a fresh reading: in a
    // pause the finish (and a service not yet restored) moves back by the pause; running, a step
    // within its estimate keeps the forecast where it is.
    void forecastBetweenReadingsMatchesAFreshReading_data()
    {
        QTest::addColumn<QList<DrillEvent>>("log");
        QTest::addRow("paused") << QList<DrillEvent>{
            ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s), ev(Kind::Paused, 4)};
        QTest::addRow("running within the estimate")
            << QList<DrillEvent>{ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s)};
    }

    void forecastBetweenReadingsMatchesAFreshReading()
    {
        QFETCH(QList<DrillEvent>, log);
        const Runbook rb =
            runbook({{u"a"_s, 10}, {u"b"_s, 20, {u"a"_s}, true}, {u"c"_s, 5, {u"b"_s}}});
        const DrillMetrics first = DrillAnalysis::analyse(rb, log, at(-5), at(5));
        const DrillMetrics later = DrillAnalysis::analyse(rb, log, at(-5), at(8));
        QVERIFY(first.forecastFinishMs > 0);
        QVERIFY(first.forecastRtoMs);
        QCOMPARE(first.forecastFinishAfter(3 * minute), later.forecastFinishMs);
        QCOMPARE(first.forecastRtoAfter(3 * minute), later.forecastRtoMs);
    }

    // One achieved RTO on every screen: the countdown's clock and the "Service restored" line
    // (console, projector) round it to the second alike (the clock showed 0:32 beside 0:33).
    void achievedRtoIsOneFigureEverywhere()
    {
        DrillMetrics m;
        m.state = Drill::State::Running;
        m.rtoMs = 32'600;
        m.rtoTargetMs = 90 * minute;
        const RtoCountdown countdown = RtoCountdown::fromMetrics(m);
        QCOMPARE(Duration::formatClock(countdown.elapsedAt(5000)), u"0:33"_s);
        QCOMPARE(ObjectiveTexts::serviceRestored(*m.rtoMs, m.rtoTargetMs, m.rtoStatus()),
                 u"Service restored — 0:33, RTO met (target 1:30:00)"_s);
        m.rtoMs = 32'400;
        QCOMPARE(Duration::formatClock(RtoCountdown::fromMetrics(m).elapsedAt(0)), u"0:32"_s);
    }

    void pausedDrillStillCountsUntilNow()
    {
        const Runbook rb = runbook({{u"restore"_s, 30}});
        const QList<DrillEvent> log = {ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"restore"_s),
                                       ev(Kind::Paused, 10)};
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(70));
        QCOMPARE(m.state, Drill::State::Paused);
        QCOMPARE(m.wallMs, 70 * minute);
        QCOMPARE(m.activeMs, 10 * minute);
        QCOMPARE(m.step(u"restore"_s)->actualMs, 10 * minute);
        QVERIFY(!m.rtoMs);
        QCOMPARE(m.rtoElapsedMs, 70 * minute);
    }

    void reopenedStepHasTwoIntervals()
    {
        const Runbook rb = runbook({{u"a"_s, 6}});
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 0, u"a"_s),
            ev(Kind::StepDone, 5, u"a"_s),
            ev(Kind::StepReopened, 7, u"a"_s, DrillEvent::payloadWith(u"reason"_s, u"mis-click"_s)),
            ev(Kind::StepDone, 10, u"a"_s),
        };
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(20));
        const StepMetrics *a = m.step(u"a"_s);
        QCOMPARE(a->intervals, 2);
        QCOMPARE(a->actualMs, 8 * minute); // 5 + 3, not the 10 minutes from first start
        QCOMPARE(a->endMs, at(10));
        QCOMPARE(a->latenessMs, 2 * minute);
        QCOMPARE(a->status, StepStatus::Done);
    }

    void skippedSteps_data()
    {
        QTest::addColumn<QList<DrillEvent>>("log");
        QTest::addColumn<qint64>("actualMs");
        QTest::addRow("skipped while running")
            << QList<DrillEvent>{ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepSkipped, 3, u"a"_s,
                                    DrillEvent::payloadWith(u"reason"_s, u"not needed"_s))}
            << 3 * minute;
        QTest::addRow("skipped before starting")
            << QList<DrillEvent>{ev(Kind::Started, 0),
                                 ev(Kind::StepSkipped, 3, u"a"_s,
                                    DrillEvent::payloadWith(u"reason"_s, u"no access"_s))}
            << qint64(0);
    }
    void skippedSteps()
    {
        QFETCH(QList<DrillEvent>, log);
        QFETCH(qint64, actualMs);
        const Runbook rb = runbook({{u"a"_s, 10}, {u"b"_s, 5}});
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(30));
        QCOMPARE(m.step(u"a"_s)->status, StepStatus::Skipped);
        QCOMPARE(m.step(u"a"_s)->actualMs, actualMs);
        QCOMPARE(m.skippedSteps, 1);
        QCOMPARE(m.doneSteps, 0);
        // A skipped step no longer holds up the forecast: b can start now.
        QCOMPARE(m.forecastFinishMs, at(30) + 5 * minute);
    }

    void rto_data()
    {
        QTest::addColumn<bool>("milestone");
        QTest::addColumn<qint64>("failureMs");
        QTest::addColumn<qint64>("rtoMs");
        QTest::addColumn<bool>("fromMilestone");
        QTest::addRow("milestone, failure at start") << true << at(0) << 30 * minute << true;
        QTest::addRow("milestone, failure before start") << true << at(-45) << 75 * minute << true;
        QTest::addRow("no milestone: to the finish") << false << at(0) << 50 * minute << false;
        QTest::addRow("no milestone, failure before start")
            << false << at(-10) << 60 * minute << false;
    }
    void rto()
    {
        QFETCH(bool, milestone);
        QFETCH(qint64, failureMs);
        QFETCH(qint64, rtoMs);
        QFETCH(bool, fromMilestone);
        const Runbook rb = runbook(
            {{u"a"_s, 20}, {u"b"_s, 10, {u"a"_s}, milestone}, {u"c"_s, 20, {u"b"_s}}}, 3600);
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),           ev(Kind::StepStarted, 0, u"a"_s),
            ev(Kind::StepDone, 20, u"a"_s), ev(Kind::StepStarted, 20, u"b"_s),
            ev(Kind::StepDone, 30, u"b"_s), ev(Kind::StepStarted, 30, u"c"_s),
            ev(Kind::StepDone, 50, u"c"_s), ev(Kind::Finished, 50),
        };
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, failureMs, at(100));
        QCOMPARE(m.rtoMs, std::optional<qint64>(rtoMs));
        QCOMPARE(m.rtoFromMilestone, fromMilestone);
        QCOMPARE(m.rtoTargetMs, hour);
        QCOMPARE(m.failureMs, failureMs);
        QCOMPARE(m.rtoMilestoneStepId, milestone ? u"b"_s : QString());
        QCOMPARE(m.rtoStatus(), rtoMs <= hour ? RtoStatus::Met : RtoStatus::Missed);
    }

    // The service-restored step (b) is not done when the drill ends: whatever the drill's
    // wall time, there is no achieved RTO, and the status says why.
    void endedBeforeServiceRestoredHasNoRto_data()
    {
        QTest::addColumn<QList<DrillEvent>>("tail");
        QTest::addColumn<Drill::State>("state");
        QTest::addRow("finished while the milestone runs")
            << QList<DrillEvent>{ev(Kind::StepStarted, 20, u"b"_s), ev(Kind::Finished, 33)}
            << Drill::State::Finished;
        QTest::addRow("milestone skipped")
            << QList<DrillEvent>{ev(Kind::StepSkipped, 21, u"b"_s),
                                 ev(Kind::StepStarted, 21, u"c"_s), ev(Kind::StepDone, 30, u"c"_s),
                                 ev(Kind::Finished, 31)}
            << Drill::State::Finished;
        QTest::addRow("milestone never started")
            << QList<DrillEvent>{ev(Kind::Finished, 25)} << Drill::State::Finished;
        QTest::addRow("milestone reopened after done")
            << QList<DrillEvent>{ev(Kind::StepStarted, 20, u"b"_s), ev(Kind::StepDone, 30, u"b"_s),
                                 ev(Kind::StepReopened, 32, u"b"_s), ev(Kind::Finished, 40)}
            << Drill::State::Finished;
        QTest::addRow("aborted while the milestone runs")
            << QList<DrillEvent>{ev(Kind::StepStarted, 20, u"b"_s), ev(Kind::Aborted, 33)}
            << Drill::State::Aborted;
    }
    void endedBeforeServiceRestoredHasNoRto()
    {
        QFETCH(QList<DrillEvent>, tail);
        QFETCH(Drill::State, state);
        const Runbook rb =
            runbook({{u"a"_s, 20}, {u"b"_s, 10, {u"a"_s}, true}, {u"c"_s, 20, {u"b"_s}}}, 3600);
        const QList<DrillEvent> log =
            QList<DrillEvent>{ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s),
                              ev(Kind::StepDone, 20, u"a"_s)} +
            tail;
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, at(-5), at(100));
        QCOMPARE(m.state, state);
        QVERIFY2(!m.rtoMs, qPrintable(QString::number(m.rtoMs.value_or(-1))));
        QVERIFY(!m.rtoFromMilestone);
        QVERIFY(!m.forecastRtoMs);
        QCOMPARE(m.rtoMilestoneStepId, u"b"_s);
        QCOMPARE(m.rtoStatus(), RtoStatus::NotRestored);
        // Without a target it is still not restored, never "no target".
        DrillMetrics untargeted = m;
        untargeted.rtoTargetMs = 0;
        QCOMPARE(untargeted.rtoStatus(), RtoStatus::NotRestored);
    }

    // Skipped while the drill runs: the RTO clock goes on ("running"), but nothing will stop
    // it, so there is no forecast RTO; reopened, the forecast is back.
    void skippedMilestoneForecastsNoRto()
    {
        const Runbook rb =
            runbook({{u"a"_s, 20}, {u"b"_s, 10, {u"a"_s}, true}, {u"c"_s, 20, {u"b"_s}}}, 3600);
        QList<DrillEvent> log = {ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 20, u"a"_s), ev(Kind::StepSkipped, 21, u"b"_s)};
        DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(25));
        QCOMPARE(m.rtoStatus(), RtoStatus::Running);
        QVERIFY(!m.forecastRtoMs);
        QVERIFY(m.forecastFinishMs > 0);
        log.append(ev(Kind::StepReopened, 26, u"b"_s));
        m = DrillAnalysis::analyse(rb, log, std::nullopt, at(27));
        QCOMPARE(m.forecastRtoMs, std::optional<qint64>(36 * minute)); // 26 + the 10m estimate
    }

    void rtoStatus_data()
    {
        QTest::addColumn<Drill::State>("state");
        QTest::addColumn<std::optional<qint64>>("rtoMs");
        QTest::addColumn<qint64>("targetMs");
        QTest::addColumn<RtoStatus>("status");
        const std::optional<qint64> none;
        QTest::addRow("planned") << Drill::State::Planned << none << hour << RtoStatus::NotStarted;
        QTest::addRow("running") << Drill::State::Running << none << hour << RtoStatus::Running;
        QTest::addRow("paused") << Drill::State::Paused << none << hour << RtoStatus::Running;
        QTest::addRow("restored, still running")
            << Drill::State::Running << std::optional<qint64>(30 * minute) << hour
            << RtoStatus::Met;
        QTest::addRow("met to the second")
            << Drill::State::Finished << std::optional<qint64>(hour + 499) << hour
            << RtoStatus::Met;
        QTest::addRow("missed by a rounded second")
            << Drill::State::Finished << std::optional<qint64>(hour + 500) << hour
            << RtoStatus::Missed;
        QTest::addRow("no target") << Drill::State::Finished << std::optional<qint64>(hour)
                                   << qint64(0) << RtoStatus::NoTarget;
        QTest::addRow("finished, not restored")
            << Drill::State::Finished << none << hour << RtoStatus::NotRestored;
        QTest::addRow("aborted") << Drill::State::Aborted << none << qint64(0)
                                 << RtoStatus::NotRestored;
    }
    void rtoStatus()
    {
        QFETCH(Drill::State, state);
        QFETCH(std::optional<qint64>, rtoMs);
        QFETCH(qint64, targetMs);
        QFETCH(RtoStatus, status);
        DrillMetrics m;
        m.state = state;
        m.rtoMs = rtoMs;
        m.rtoTargetMs = targetMs;
        QCOMPARE(m.rtoStatus(), status);
    }

    // Only a runbook without a service-restored step measures its RTO to the end of the drill.
    void runbookWithoutMilestoneMeasuresToTheEnd()
    {
        const Runbook rb = runbook({{u"a"_s, 20}, {u"b"_s, 10, {u"a"_s}}}, 3600);
        QList<DrillEvent> log = {ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 20, u"a"_s), ev(Kind::StepSkipped, 21, u"b"_s)};
        const DrillMetrics running = DrillAnalysis::analyse(rb, log, at(-5), at(30));
        QVERIFY(!running.rtoMs);
        QCOMPARE(running.rtoStatus(), RtoStatus::Running);
        QCOMPARE(running.rtoElapsedMs, 35 * minute);
        log.append(ev(Kind::Finished, 33));
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, at(-5), at(100));
        QCOMPARE(m.rtoMs, std::optional<qint64>(38 * minute));
        QVERIFY(!m.rtoFromMilestone);
        QCOMPARE(m.rtoMilestoneStepId, QString());
        QCOMPARE(m.rtoStatus(), RtoStatus::Met);
    }

    void abortedDrillAchievesNoRto()
    {
        const Runbook rb = runbook({{u"a"_s, 20}});
        const QList<DrillEvent> log = {ev(Kind::Started, 0), ev(Kind::Aborted, 5)};
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(100));
        QCOMPARE(m.state, Drill::State::Aborted);
        QVERIFY(!m.rtoMs);
        QCOMPARE(m.rtoStatus(), RtoStatus::NotRestored);
        QCOMPARE(m.wallMs, 5 * minute);
    }

    void rpoEnteredLate()
    {
        // The team learns the age of the restored backup long after restoring it; the RPO is
        // the data's time, not the moment it was typed in.
        const Runbook rb = runbook({{u"a"_s, 20}}, 4 * 3600, 24 * 3600);
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 0, u"a"_s),
            ev(Kind::StepDone, 20, u"a"_s),
            ev(Kind::DataRestoredAt, 95, {},
               DrillEvent::payloadWith(u"dataTimeMs"_s, double(at(-6 * 60)))),
            ev(Kind::Finished, 100),
        };
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, at(-30), at(200));
        QCOMPARE(m.rpoMs, std::optional<qint64>(5 * hour + 30 * minute));
        QCOMPARE(m.rpoTargetMs, 24 * hour);
        // Without the entry there is no RPO at all.
        const DrillMetrics none = DrillAnalysis::analyse(rb, log.mid(0, 3), at(-30), at(200));
        QVERIFY(!none.rpoMs);
    }

    void forecast_data()
    {
        QTest::addColumn<double>("nowMinutes");
        QTest::addColumn<qint64>("aEnd");
        QTest::addColumn<qint64>("finish");
        QTest::addColumn<qint64>("drift");
        QTest::addColumn<qint64>("forecastRto");
        // a (10m) runs since 0, b (20m, milestone) then c (5m) follow.
        QTest::addRow("within estimate") << 4.0 << at(10) << at(35) << qint64(0) << 30 * minute;
        QTest::addRow("at estimate") << 10.0 << at(10) << at(35) << qint64(0) << 30 * minute;
        QTest::addRow("over estimate pushes the end")
            << 25.0 << at(25) << at(50) << 15 * minute << 45 * minute;
    }
    void forecast()
    {
        QFETCH(double, nowMinutes);
        QFETCH(qint64, aEnd);
        QFETCH(qint64, finish);
        QFETCH(qint64, drift);
        QFETCH(qint64, forecastRto);
        const Runbook rb =
            runbook({{u"a"_s, 10}, {u"b"_s, 20, {u"a"_s}, true}, {u"c"_s, 5, {u"b"_s}}});
        const QList<DrillEvent> log = {ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s)};
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(nowMinutes));
        QCOMPARE(m.step(u"a"_s)->forecastEndMs, aEnd);
        QCOMPARE(m.forecastFinishMs, finish);
        QCOMPARE(m.driftMs, drift);
        QCOMPARE(m.forecastRtoMs, std::optional<qint64>(forecastRto));
    }

    void criticalPath_data()
    {
        QTest::addColumn<QList<DrillEvent>>("log");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<qint64>("lengthMs");
        // a (10m) -> b (30m) and c (5m) in parallel -> d (10m).
        QTest::addRow("planned: through the long branch")
            << QList<DrillEvent>{ev(Kind::Started, 0)} << QStringList{u"a"_s, u"b"_s, u"d"_s}
            << 50 * minute;
        QTest::addRow("actual: the short branch ran long")
            << QList<DrillEvent>{ev(Kind::Started, 0),
                                 ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 10, u"a"_s),
                                 ev(Kind::StepStarted, 10, u"b"_s),
                                 ev(Kind::StepStarted, 10, u"c"_s),
                                 ev(Kind::StepDone, 40, u"b"_s),
                                 ev(Kind::StepDone, 55, u"c"_s)}
            << QStringList{u"a"_s, u"c"_s, u"d"_s} << 65 * minute;
    }
    void criticalPath()
    {
        QFETCH(QList<DrillEvent>, log);
        QFETCH(QStringList, path);
        QFETCH(qint64, lengthMs);
        const Runbook rb = runbook({{u"a"_s, 10},
                                    {u"b"_s, 30, {u"a"_s}},
                                    {u"c"_s, 5, {u"a"_s}},
                                    {u"d"_s, 10, {u"b"_s, u"c"_s}}});
        const DrillMetrics m = DrillAnalysis::analyse(rb, log, std::nullopt, at(55));
        QCOMPARE(m.criticalPath, path);
        QCOMPARE(m.criticalPathMs, lengthMs);
        for (const StepMetrics &s : m.steps)
            QCOMPARE(s.critical, path.contains(s.stepId));
    }

    void stepsWithoutDependenciesFollowReadingOrderInForecast()
    {
        const Runbook rb = runbook({{u"a"_s, 10}, {u"b"_s, 10}, {u"c"_s, 10}});
        const DrillMetrics m =
            DrillAnalysis::analyse(rb, {ev(Kind::Started, 0)}, std::nullopt, at(0));
        QCOMPARE(m.forecastFinishMs, at(30));
        QCOMPARE(m.criticalPath, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void plannedDrillHasNoTimes()
    {
        const Runbook rb = runbook({{u"a"_s, 10}});
        const DrillMetrics m =
            DrillAnalysis::analyse(rb, QList<DrillEvent>{}, std::nullopt, at(10));
        QCOMPARE(m.state, Drill::State::Planned);
        QCOMPARE(m.wallMs, 0);
        QCOMPARE(m.startedMs, -1);
        QCOMPARE(m.forecastFinishMs, -1);
        QVERIFY(!m.rtoMs);
    }
};

QTEST_GUILESS_MAIN(TestDrillAnalysis)
#include "tst_drillanalysis.moc"
