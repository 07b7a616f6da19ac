// What the projector is given: only what the room may see, picked out of a runbook.
#include "audiencestate.h"
#include "runbook.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Step step(const QString &id, const QString &title, qint64 expectedSeconds = 0)
{
    Step s;
    s.id = id;
    s.title = title;
    s.expectedSeconds = expectedSeconds;
    s.instructions = u"Do *%1*."_s.arg(title);
    s.notes = u"SECRET facilitator note on %1"_s.arg(id);
    return s;
}

// The Jenkins rebuild in small, with everything the room must not see.
Runbook jenkinsRunbook()
{
    Runbook r;
    r.id = u"jenkins-rebuild"_s;
    r.title = u"Rebuild Jenkins from backup"_s;
    r.rtoSeconds = 4 * 3600;
    r.scenario = u"SECRET scenario: the EC2 instance is terminated and its DNS record deleted"_s;
    r.description = u"SECRET? no, but not for the projector either"_s;
    Phase rebuild;
    rebuild.id = u"rebuild"_s;
    rebuild.title = u"Rebuild the instance"_s;
    rebuild.steps = {step(u"bake-ami"_s, u"Bake the Jenkins AMI with Packer"_s, 20 * 60),
                     step(u"launch"_s, u"Launch the instance with Terraform"_s, 15 * 60)};
    rebuild.steps[0].command = u"packer build jenkins.pkr.hcl"_s;
    rebuild.steps[0].verify = u"AMI id printed and tagged purpose=jenkins"_s;
    Phase restore;
    restore.id = u"restore"_s;
    restore.title = u"Restore data"_s;
    restore.steps = {
        step(u"restore-home"_s, u"Restore the Jenkins home from the S3 backup"_s, 45 * 60),
        step(u"mount-efs"_s, u"Mount the EFS volume"_s, 15 * 60),
        step(u"restart"_s, u"Restart Jenkins"_s, 5 * 60)};
    restore.steps[2].milestone = Step::serviceRestoredMilestone;
    r.phases = {rebuild, restore};
    Inject efs;
    efs.id = u"efs-slow"_s;
    efs.title = u"EFS throughput is throttled"_s;
    efs.note = u"SECRET: throttle it with a burst credit policy"_s;
    Inject hidden;
    hidden.id = u"dns-gone"_s;
    hidden.title = u"SECRET inject: the DNS zone is gone too"_s;
    r.injects = {efs, hidden};
    return r;
}

AudienceState::Progress restoring()
{
    AudienceState::Progress p;
    p.environment = u"test"_s;
    p.iteration = 2;
    p.runningSteps = {{u"restore-home"_s, 12 * 60 * 1000}, {u"mount-efs"_s, 18 * 60 * 1000}};
    p.doneStepIds = {u"bake-ami"_s, u"launch"_s};
    p.revealedInjectIds = {u"efs-slow"_s};
    p.drillElapsedMs = (2 * 3600 + 47 * 60 + 30) * 1000LL;
    p.clockRunning = true;
    p.rto.started = true;
    p.rto.running = true;
    p.rto.elapsedMs = p.drillElapsedMs; // no pause yet: wall and active time agree
    return p;
}

// Every string the state holds, so a test can say none of them is a secret.
QStringList allStrings(const AudienceState &s)
{
    QStringList all{s.runbookTitle, s.environment, s.nextStepTitle, s.phaseTitle};
    all << s.readyStepTitles;
    for (const auto &step : s.runningSteps)
        all << step.id << step.title << step.instructions << step.phaseTitle;
    for (const auto &o : s.observations)
        all << o.time << o.text;
    all << s.revealedInjects << s.pinnedAnnotations;
    return all;
}
} // namespace

class TestAudienceState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void carriesNoSecret();
    void describesTheRunningSteps();
    void nextStepIsTheFirstNotStarted();
    void nextStepIsTheFirstReadyOne();
    void runningStepsSayWhetherTheyOnlyWait();
    void rtoCountsDownUntilServiceRestored();
    void endedWithoutServiceRestoredHasNoRto();
    void restoredAndAllDoneCarryTheFigures();
    void keepsTheLatestObservations();
    void pausedOrFinishedStopsTheClock();
    void comparesByValue();
    void skippedStepsAreCountedApart();
    void runningStepsSayWhoseTheyAre();
};

void TestAudienceState::carriesNoSecret()
{
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), restoring());
    const QStringList strings = allStrings(state);
    for (const QString &s : strings)
        QVERIFY2(!s.contains(u"SECRET"_s), qPrintable(s));
    QCOMPARE(state.revealedInjects, QStringList{u"EFS throughput is throttled"_s});
}

void TestAudienceState::describesTheRunningSteps()
{
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), restoring());
    QCOMPARE(state.runbookTitle, u"Rebuild Jenkins from backup"_s);
    QCOMPARE(state.environment, u"test"_s);
    QCOMPARE(state.iteration, 2);
    QCOMPARE(state.stepsTotal, 5);
    QCOMPARE(state.stepsDone, 2);
    QCOMPARE(state.runningSteps.size(), 2);
    const AudienceState::RunningStep &first = state.runningSteps.at(0);
    QCOMPARE(first.number, 3); // 1-based across phases
    QCOMPARE(first.title, u"Restore the Jenkins home from the S3 backup"_s);
    QCOMPARE(first.phaseTitle, u"Restore data"_s);
    QCOMPARE(first.elapsedMs, 12 * 60 * 1000);
    QCOMPARE(first.expectedSeconds, 45 * 60);
    QCOMPARE(state.runningSteps.at(1).number, 4);
    QCOMPARE(state.phaseTitle, u"Restore data"_s);
    QVERIFY(state.clockRunning);

    // The command and how to verify are part of what the room follows.
    AudienceState::Progress baking = restoring();
    baking.runningSteps = {{u"bake-ami"_s, 0}};
    baking.doneStepIds.clear();
    const AudienceState bakingState = AudienceState::fromRunbook(jenkinsRunbook(), baking);
    const QString instructions = bakingState.runningSteps.at(0).instructions;
    QVERIFY(instructions.contains(u"```\npacker build jenkins.pkr.hcl\n```"_s));
    // verify is plain text: escaped, so that Markdown shows it as written.
    QVERIFY(instructions.contains(u"AMI id printed and tagged purpose\\=jenkins"_s));
    QCOMPARE(bakingState.phaseTitle, u"Rebuild the instance"_s);
}

void TestAudienceState::nextStepIsTheFirstNotStarted()
{
    QCOMPARE(AudienceState::fromRunbook(jenkinsRunbook(), restoring()).nextStepTitle,
             u"Restart Jenkins"_s);

    AudienceState::Progress before;
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), before);
    QCOMPARE(state.nextStepTitle, u"Bake the Jenkins AMI with Packer"_s);
    QCOMPARE(state.phaseTitle, u"Rebuild the instance"_s);
    QVERIFY(state.runningSteps.isEmpty());

    // An id the runbook no longer has is left out rather than shown empty.
    AudienceState::Progress stale = restoring();
    stale.runningSteps.prepend({u"removed-step"_s, 1000});
    QCOMPARE(AudienceState::fromRunbook(jenkinsRunbook(), stale).runningSteps.size(), 2);
}

// With steps ready to start, the next step is the first of them (the one Page Down starts),
// not the first in reading order, which may still wait for a step running in parallel.
void TestAudienceState::nextStepIsTheFirstReadyOne()
{
    AudienceState::Progress progress = restoring();
    progress.runningSteps = {{u"restore-home"_s, 1000}};
    progress.readyStepIds = {u"restart"_s, u"removed-step"_s, u"mount-efs"_s};
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.nextStepTitle, u"Restart Jenkins"_s);
    QCOMPARE(state.readyStepTitles, (QStringList{u"Restart Jenkins"_s, u"Mount the EFS volume"_s}));
    // None ready: the first not started is what comes, and nothing is said to be ready.
    progress.readyStepIds.clear();
    const AudienceState waiting = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(waiting.nextStepTitle, u"Mount the EFS volume"_s);
    QVERIFY(waiting.readyStepTitles.isEmpty());
}

// The room sees which running steps only wait on a machine; the others are hands-on.
void TestAudienceState::runningStepsSayWhetherTheyOnlyWait()
{
    AudienceState::Progress progress = restoring();
    progress.runningSteps = {{u"restore-home"_s, 1000}, {u"mount-efs"_s, 2000}};
    progress.waitingStepIds = {u"mount-efs"_s};
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.runningSteps.size(), 2);
    QVERIFY(!state.runningSteps[0].waiting);
    QVERIFY(state.runningSteps[1].waiting);
}

void TestAudienceState::rtoCountsDownUntilServiceRestored()
{
    AudienceState::Progress progress = restoring();
    AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.rtoRemainingMs, std::optional<qint64>((1 * 3600 + 12 * 60 + 30) * 1000LL));

    QVERIFY(state.rtoRunning);

    progress.rto.elapsedMs = 5 * 3600 * 1000LL; // wall clock since the declared start
    state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.rtoRemainingMs, std::optional<qint64>(-3600 * 1000LL));

    // Wall-clock RTO runs on through a pause (the team went home at 18:00); active time not.
    progress.paused = true;
    QVERIFY(AudienceState::fromRunbook(jenkinsRunbook(), progress).rtoRunning);
    QVERIFY(!AudienceState::fromRunbook(jenkinsRunbook(), progress).clockRunning);
    progress.paused = false;
    AudienceState::Progress ended = progress;
    ended.finished = true;
    QVERIFY(!AudienceState::fromRunbook(jenkinsRunbook(), ended).rtoRunning);

    // Restored (the analysis gives an achieved RTO): the countdown goes.
    progress.doneStepIds.insert(u"restart"_s);
    progress.rto.achieved = true;
    progress.rto.running = false;
    progress.rto.elapsedMs = 3 * 3600 * 1000LL;
    QCOMPARE(AudienceState::fromRunbook(jenkinsRunbook(), progress).rtoRemainingMs, std::nullopt);
    QVERIFY(!AudienceState::fromRunbook(jenkinsRunbook(), progress).serviceNotRestored);

    Runbook noObjective = jenkinsRunbook();
    noObjective.rtoSeconds = 0;
    QCOMPARE(AudienceState::fromRunbook(noObjective, restoring()).rtoRemainingMs, std::nullopt);
}

// Issue 16, items 1 and 2: the achieved RTO, its status (the analysis' call, passed through),
// the RPO and "every step done" reach the room while the drill is still live.
void TestAudienceState::restoredAndAllDoneCarryTheFigures()
{
    Runbook runbook = jenkinsRunbook();
    runbook.rpoSeconds = 15 * 60;
    AudienceState::Progress progress = restoring();
    AudienceState state = AudienceState::fromRunbook(runbook, progress);
    QVERIFY(!state.allStepsDone);
    QCOMPARE(state.rtoAchievedMs, std::nullopt);
    QCOMPARE(state.rpoMs, std::nullopt);
    QCOMPARE(state.rtoTargetMs, 4 * 3600 * 1000LL);
    QCOMPARE(state.rpoTargetMs, 15 * 60 * 1000LL);

    progress.runningSteps.clear();
    progress.doneStepIds = {u"bake-ami"_s, u"launch"_s, u"restore-home"_s, u"mount-efs"_s,
                            u"restart"_s};
    progress.rto.achieved = true;
    progress.rto.running = false;
    progress.rto.elapsedMs = (1 * 3600 + 2 * 60 + 13) * 1000LL;
    // Not recomputed from the target: whatever the analysis says is what the room sees.
    progress.rtoStatus = RtoStatus::Missed;
    progress.rpoMs = (11 * 60 + 44) * 1000LL;
    state = AudienceState::fromRunbook(runbook, progress);
    QVERIFY(state.allStepsDone);
    QCOMPARE(state.stepsDone, 5);
    QCOMPARE(state.rtoAchievedMs, progress.rto.elapsedMs);
    QCOMPARE(state.rtoStatus, RtoStatus::Missed);
    QCOMPARE(state.rpoMs, progress.rpoMs);

    progress.finished = true; // the finished page takes over
    QVERIFY(!AudienceState::fromRunbook(runbook, progress).allStepsDone);
}

void TestAudienceState::endedWithoutServiceRestoredHasNoRto()
{
    // Finished 2h47m in with "restart" (service-restored) never done: no "RTO met with 1h12m
    // to spare" from the drill's clock; the room is told the service was not restored.
    AudienceState::Progress progress = restoring();
    progress.runningSteps.clear();
    progress.clockRunning = false;
    progress.finished = true;
    progress.rto.running = false; // ended
    progress.rto.elapsedMs = progress.drillElapsedMs;
    AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.rtoRemainingMs, std::nullopt);
    QVERIFY(!state.rtoRunning);
    QVERIFY(state.serviceNotRestored);

    // Skipped counts as "done or skipped" for the progress, but restores nothing.
    progress.doneStepIds.insert(u"restart"_s);
    state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.rtoRemainingMs, std::nullopt);
    QVERIFY(state.serviceNotRestored);

    // Restored at 3h: the finished page weighs the achieved RTO against the target.
    progress.rto.achieved = true;
    progress.rto.running = false;
    progress.rto.elapsedMs = 3 * 3600 * 1000LL;
    state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.rtoRemainingMs, std::optional<qint64>(3600 * 1000LL));
    QVERIFY(!state.rtoRunning);
    QVERIFY(!state.serviceNotRestored);

    // Without an objective it is still not restored.
    Runbook noObjective = jenkinsRunbook();
    noObjective.rtoSeconds = 0;
    progress.rto.achieved = false;
    state = AudienceState::fromRunbook(noObjective, progress);
    QVERIFY(state.serviceNotRestored);
    QCOMPARE(state.rtoRemainingMs, std::nullopt);
}

void TestAudienceState::keepsTheLatestObservations()
{
    AudienceState::Progress progress = restoring();
    for (int i = 0; i < 8; ++i)
        progress.observations.append({u"10:%1"_s.arg(40 + i), u"observation %1"_s.arg(i)});
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QCOMPARE(state.observations.size(), AudienceState::maxObservations);
    QCOMPARE(state.observations.first().text, u"observation 3"_s);
    QCOMPARE(state.observations.last().text, u"observation 7"_s);
}

void TestAudienceState::pausedOrFinishedStopsTheClock()
{
    AudienceState::Progress progress = restoring();
    progress.paused = true;
    AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QVERIFY(state.paused);
    QVERIFY(!state.clockRunning);

    progress.finished = true;
    state = AudienceState::fromRunbook(jenkinsRunbook(), progress);
    QVERIFY(state.finished);
    QVERIFY(!state.paused);
    QVERIFY(!state.clockRunning);
}

void TestAudienceState::comparesByValue()
{
    const AudienceState a = AudienceState::fromRunbook(jenkinsRunbook(), restoring());
    AudienceState b = a;
    QCOMPARE(a, b);
    b.runningSteps[1].elapsedMs += 1;
    QVERIFY(!(a == b));
    b = a;
    b.rtoRemainingMs.reset();
    QVERIFY(!(a == b));
}

// A skipped step is finished but not done: "10 of 10 steps done" hid two skips.
void TestAudienceState::skippedStepsAreCountedApart()
{
    AudienceState::Progress p = restoring();
    p.skippedStepIds = {u"launch"_s};
    const AudienceState state = AudienceState::fromRunbook(jenkinsRunbook(), p);
    QCOMPARE(state.stepsDone, 1);
    QCOMPARE(state.stepsSkipped, 1);
    QCOMPARE(state.stepsFinished(), 2);
}

// The room sees whose step it is: the runbook's role and who holds it (the start dialog's).
void TestAudienceState::runningStepsSayWhoseTheyAre()
{
    Runbook runbook = jenkinsRunbook();
    runbook.phases[1].steps[0].role = u"driver"_s; // restore-home; mount-efs has no role
    AudienceState::Progress p = restoring();
    p.participants = {{u"Dana"_s, u"driver"_s}, {u"Sam"_s, u"scribe"_s}, {u"Eli"_s, u"driver"_s}};
    const AudienceState state = AudienceState::fromRunbook(runbook, p);
    QCOMPARE(state.runningSteps.at(0).role, u"driver"_s);
    QCOMPARE(state.runningSteps.at(0).people, (QStringList{u"Dana"_s, u"Eli"_s}));
    QVERIFY(state.runningSteps.at(1).role.isEmpty());
    QVERIFY(state.runningSteps.at(1).people.isEmpty());
}

QTEST_GUILESS_MAIN(TestAudienceState)
#include "tst_audiencestate.moc"
