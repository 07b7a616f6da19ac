// The ghost on screen: the projector's line "behind the best run by 4:00" that moves on the tick,
// the marker on its progress bar where the best run was, the step where the best run was
// fastest, "new step — no reference" for a step it lacks; the console's clocks alike.
// GHOST_SCREENSHOT=FILE saves the projector as the room sees it (docs/screenshots).
#include "audiencestate.h"
#include "audiencewindow.h"
#include "drillclockpanel.h"
#include "ghostpace.h"
#include "ghostprogressbar.h"
#include "runbook.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60'000;
const QStringList kTitles = {u"Announce the drill and freeze deployments"_s,
                             u"Confirm the backup bucket is reachable"_s,
                             u"Bake the Jenkins AMI with Packer"_s,
                             u"Launch the replacement instance"_s,
                             u"Install the Jenkins packages"_s,
                             u"Attach the build agents' security group"_s,
                             u"Restore the Jenkins home from the S3 backup"_s};

// The best run (drill 3): each of 18 steps took 9 minutes, one after the other.
ReferenceRun bestRun()
{
    ReferenceRun r;
    r.drillId = 3;
    r.iteration = 3;
    r.environment = u"test"_s;
    r.activeMs = 18 * 9 * minute;
    r.rtoMs = 150 * minute;
    for (int i = 1; i <= 18; ++i) {
        r.stepEndMs.insert(u"s%1"_s.arg(i), i * 9 * minute);
        r.stepActualMs.insert(u"s%1"_s.arg(i), 9 * minute);
    }
    return r;
}

// The live drill: steps 1-6 done at these minutes, the 7th (currentId) running.
DrillMetrics liveMetrics(const QString &currentId = u"s7"_s)
{
    DrillMetrics m;
    m.state = Drill::State::Running;
    m.startedMs = 0;
    m.activeMs = 65 * minute;
    const QList<qint64> ends = {8, 17, 27, 36, 50, 58};
    qint64 previous = 0;
    for (int i = 1; i <= 18; ++i) {
        StepMetrics s;
        s.stepId = i == 7 ? currentId : u"s%1"_s.arg(i);
        s.title = kTitles.value(i - 1, u"Step %1"_s.arg(i));
        if (i <= 6) {
            s.status = StepStatus::Done;
            s.endMs = ends[i - 1] * minute;
            s.actualMs = s.endMs - previous;
            previous = s.endMs;
            ++m.doneSteps;
        } else if (i == 7) {
            s.status = StepStatus::Running;
            s.actualMs = 7 * minute;
        }
        m.steps.append(s);
    }
    return m;
}

AudienceState projectorState(const GhostPace &ghost)
{
    AudienceState s;
    s.runbookTitle = u"Rebuild Jenkins from backup"_s;
    s.environment = u"test"_s;
    s.iteration = 4;
    AudienceState::RunningStep restore;
    restore.id = u"s7"_s;
    restore.number = 7;
    restore.title = kTitles[6];
    restore.phaseTitle = u"Restore data"_s;
    restore.instructions = u"Download the latest nightly archive from "
                           u"`s3://contentpool-jenkins-backup/nightly/` and unpack it into "
                           u"`/var/lib/jenkins` on the new instance."_s;
    restore.elapsedMs = 7 * minute;
    restore.expectedSeconds = 15 * 60;
    s.runningSteps = {restore};
    s.nextStepTitle = u"Restart Jenkins and check the build queue"_s;
    s.stepsDone = 6;
    s.stepsTotal = 18;
    s.phaseTitle = u"Restore data"_s;
    s.drillElapsedMs = 65 * minute;
    s.clockRunning = true;
    s.rtoRemainingMs = 175 * minute;
    s.rtoRunning = true;
    s.rtoTargetMs = 4 * 60 * minute;
    s.ghost = ghost;
    return s;
}

QString labelText(const QWidget &window, const QString &name)
{
    const auto *label = window.findChild<QLabel *>(name);
    return label && label->isVisibleTo(&window) ? label->text() : QString();
}
} // namespace

class TestGhostDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectorShowsThePaceAndTheGhost()
    {
        const GhostPace ghost(bestRun(), liveMetrics(), {}, {u"s7"_s});
        AudienceWindow window;
        qint64 now = 1'000'000;
        window.setClock([&now] { return now; });
        window.resize(1600, 900);
        window.setState(projectorState(ghost));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Step 6 done at 58 min against the best run's 54: four minutes behind.
        QCOMPARE(labelText(window, u"ghostLine"_s), u"behind the best run by 4:00"_s);
        QCOMPARE(labelText(window, u"ghostNote"_s),
                 u"The best run was faster at “Install the Jenkins packages” by 5:00"_s);
        auto *bar = window.findChild<GhostProgressBar *>(u"progress"_s);
        QVERIFY(bar);
        QCOMPARE(bar->value(), 6);
        QCOMPARE(bar->ghostValue(), 7); // the best run had done 7 steps by 65 minutes
        QVERIFY(bar->ghostX() > bar->width() * 6 / 18);

        if (!qEnvironmentVariableIsEmpty("GHOST_SCREENSHOT")) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("GHOST_SCREENSHOT")));
        }

        // On the tick: step 7 still runs at 68 min, which the best run had done at 63.
        now += 3 * minute;
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window, u"ghostLine"_s),
                                  u"behind the best run by 5:00"_s, 3000);
        QCOMPARE(bar->ghostValue(), 7);
        now += 5 * minute; // 73 min: the best run had done step 8 at 72
        QTRY_COMPARE_WITH_TIMEOUT(bar->ghostValue(), 8, 3000);
    }

    void aNewStepSaysSoAndNoGhostWithoutReference()
    {
        const DrillMetrics live = liveMetrics(u"new-check"_s);
        const GhostPace ghost(bestRun(), live, {}, {u"new-check"_s});
        AudienceWindow window;
        window.resize(1280, 720);
        window.setState(projectorState(ghost));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(labelText(window, u"ghostNote"_s), u"new step — no reference"_s);
        // The renamed step runs past where the best run had done step 7: still only the four
        // minutes of step 6, the last step both have.
        QCOMPARE(labelText(window, u"ghostLine"_s), u"behind the best run by 4:00"_s);

        window.setState(projectorState(GhostPace()));
        QVERIFY(labelText(window, u"ghostLine"_s).isEmpty());
        QVERIFY(labelText(window, u"ghostNote"_s).isEmpty());
        QCOMPARE(window.findChild<GhostProgressBar *>(u"progress"_s)->ghostValue(), -1);
    }

    void consoleClocksShowTheGhost()
    {
        const DrillMetrics live = liveMetrics();
        DrillClockPanel panel;
        panel.setMetrics(Runbook{}, live, {u"s7"_s});
        panel.setGhost(GhostPace(bestRun(), live, {}, {u"s7"_s}));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.ghostText(), u"behind the best run by 4:00"_s);
        QCOMPARE(panel.ghostNoteText(),
                 u"Best run: drill 3, RTO 2:30:00 · The best run was faster at “Install the "
                 u"Jenkins packages” by 5:00"_s);
        QCOMPARE(panel.ghostBar()->value(), 6);
        QCOMPARE(panel.ghostBar()->ghostValue(), 7);

        ReferenceRun last = bestRun();
        last.choice = ReferenceRun::Choice::Last;
        DrillMetrics ahead = live;
        ahead.activeMs = 56 * minute;
        ahead.steps[5].endMs = 50 * minute; // step 6 done at 50 against 54
        ahead.steps[4].endMs = 44 * minute;
        panel.setMetrics(Runbook{}, ahead, {u"s7"_s});
        panel.setGhost(GhostPace(last, ahead, {}, {u"s7"_s}));
        QCOMPARE(panel.ghostText(), u"4:00 ahead of the last run"_s);

        panel.setGhost(GhostPace());
        QVERIFY(panel.ghostText().isEmpty());
        QVERIFY(panel.ghostNoteText().isEmpty());
    }
};

QTEST_MAIN(TestGhostDisplay)
#include "tst_ghostdisplay.moc"
