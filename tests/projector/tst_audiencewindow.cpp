// The projector window: what the room sees, that it ticks by itself, fits, and shows no secret.
#include "audiencestate.h"
#include "audiencewindow.h"
#include "duration.h"
#include "fittedmarkdownview.h"
#include "projectortheme.h"
#include "runbook.h"
#include "runbookloader.h"

#include <QAccessible>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Step 7 of 18 of the Jenkins rebuild, with a late step running beside it.
AudienceState jenkinsState()
{
    AudienceState s;
    s.runbookTitle = u"Rebuild Jenkins from backup"_s;
    s.environment = u"test"_s;
    s.iteration = 2;
    s.exampleData = true;
    AudienceState::RunningStep restore;
    restore.id = u"restore-home"_s;
    restore.number = 7;
    restore.title = u"Restore the Jenkins home from the S3 backup"_s;
    restore.phaseTitle = u"Restore data"_s;
    restore.instructions =
        u"Download the latest nightly archive from `s3://contentpool-jenkins-backup/nightly/` "
        "and unpack it into `/var/lib/jenkins` on the new instance.\n\n"
        "1. Stop Jenkins so nothing writes to the home directory.\n"
        "2. Fetch the archive with the backup script.\n"
        "3. Untar as the `jenkins` user; skip `workspace/` and `logs/`.\n\n"
        "```\ncd jenkins-toolbelt/backup\n"
        "python3 restore_backup.py --bucket contentpool-jenkins-backup --latest\n```\n\n"
        "**Verify:** `config.xml` and the `jobs/` directory are back, owned by jenkins."_s;
    restore.elapsedMs = (12 * 60 + 5) * 1000;
    restore.expectedSeconds = 45 * 60;
    AudienceState::RunningStep mount;
    mount.id = u"mount-efs"_s;
    mount.number = 9;
    mount.title = u"Mount the EFS volume on the new instance"_s;
    mount.phaseTitle = u"Restore data"_s;
    mount.elapsedMs = (18 * 60 + 40) * 1000;
    mount.expectedSeconds = 15 * 60;
    s.runningSteps = {restore, mount};
    s.nextStepTitle = u"Restart Jenkins and check the build queue"_s;
    s.stepsDone = 6;
    s.stepsTotal = 18;
    s.phaseTitle = u"Restore data"_s;
    s.drillElapsedMs = (2 * 3600 + 47 * 60 + 30) * 1000LL;
    s.clockRunning = true;
    s.rtoRemainingMs = (1 * 3600 + 12 * 60 + 30) * 1000LL;
    s.rtoRunning = true;
    s.observations = {{u"10:20"_s, u"Packer is baking the Jenkins AMI from the toolbelt repo"_s},
                      {u"10:40"_s, u"Packer picked the right EFS; the original backup is gone"_s},
                      {u"10:41"_s, u"Jenkins is alive (but no data)"_s}};
    s.revealedInjects = {u"EFS throughput is throttled"_s};
    s.pinnedAnnotations = {u"Leave out logs/ and workspace/*: they make the archive ten times "
                           "bigger"_s};
    return s;
}

// The Jenkins drill a moment after its service-restored step: 1:02:13, the target 1:30:00.
AudienceState restoredState(RtoStatus status = RtoStatus::Met)
{
    AudienceState s = jenkinsState();
    s.runningSteps.removeLast();
    s.rtoRemainingMs.reset();
    s.rtoRunning = false;
    s.rtoAchievedMs = (1 * 3600 + 2 * 60 + 13) * 1000LL;
    s.rtoStatus = status;
    s.rtoTargetMs = (1 * 3600 + 30 * 60) * 1000LL;
    return s;
}

// Every step done, the service restored, the RPO entered: only Ctrl+Return is left.
AudienceState allDoneState()
{
    AudienceState s = restoredState();
    s.runningSteps.clear();
    s.nextStepTitle.clear();
    s.stepsDone = s.stepsTotal;
    s.allStepsDone = true;
    s.rpoMs = (11 * 60 + 44) * 1000LL;
    s.rpoTargetMs = 15 * 60 * 1000LL;
    return s;
}

QLabel *label(const QWidget &window, const QString &name)
{
    auto *found = window.findChild<QLabel *>(name);
    if (!found)
        qWarning("no label %s", qPrintable(name));
    return found;
}

// Every text a viewer could read: visible labels and the rendered instructions.
QStringList visibleTexts(const QWidget &window)
{
    QStringList texts;
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->isVisibleTo(&window) && !l->text().isEmpty())
            texts.append(l->text());
    }
    const auto views = window.findChildren<FittedMarkdownView *>();
    for (const FittedMarkdownView *v : views) {
        if (v->isVisibleTo(&window) && !v->plainText().isEmpty())
            texts.append(v->plainText());
    }
    return texts;
}

// Counts the paint events a widget receives; of a label, the text it last painted.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int count = 0;
    QString paintedText;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++count;
            if (const auto *l = qobject_cast<QLabel *>(watched))
                paintedText = l->text();
        }
        return false;
    }
};

// The rectangle of a widget in its window's coordinates.
QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

Step secretStep(const QString &id, const QString &title)
{
    Step s;
    s.id = id;
    s.title = title;
    s.instructions = u"Follow the procedure for %1."_s.arg(id);
    s.notes = u"SECRET note: the backup bucket was emptied on purpose"_s;
    s.expectedSeconds = 600;
    return s;
}
} // namespace

class TestAudienceWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void isATopLevelProjectorWindow();
    void showsTheStateInLargeType();
    void saysWhichStepsOnlyWait();
    void exampleDataIsLabelled();
    void showsNoSecret();
    void runbookTextIsShownAsWritten();
    void clocksTickWhileRunning();
    void clocksTickOnTheSystemClock();
    void clocksStandStillWhenPaused();
    void rtoTurnsIntoOverrun();
    void lateIsShownInWordsNotOnlyColour();
    void blankingHidesAllText();
    void finishedShowsTheTotal();
    void skippedStepsAreSaidApart();
    void runningStepsSayWhoseTheyAre();
    void commandsBreakOnlyAtSpaces();
    void beforeTheStartShowsTheFirstStep();
    void serviceRestoredIsAMoment();
    void allStepsDoneSaysSo();
    void fontsScaleWithTheWindow_data();
    void fontsScaleWithTheWindow();
    void longTextFits_data();
    void longTextFits();
    void tickRepaintsOnlyTheClocks();
    void screenshots();
};

void TestAudienceWindow::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestAudienceWindow::isATopLevelProjectorWindow()
{
    QWidget console;
    AudienceWindow window(&console);
    QVERIFY(window.isWindow());
    QVERIFY(window.windowFlags() & Qt::Window);
    QCOMPARE(window.windowTitle(), u"DrillDeck — Projector"_s);
}

// A step that only waits on a machine says so in words, large and on its card.
void TestAudienceWindow::saysWhichStepsOnlyWait()
{
    AudienceWindow window;
    window.resize(1920, 1080);
    AudienceState state = jenkinsState();
    window.setState(state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!label(window, u"nowCaption"_s)->text().contains(u"WAITING"_s));
    state.runningSteps[0].waiting = true;
    state.runningSteps[1].waiting = true;
    window.setState(state);
    QCOMPARE(label(window, u"nowCaption"_s)->text(),
             u"NOW · STEP 7 · 2 STEPS IN PARALLEL · ◷ WAITING ON A MACHINE"_s);
    QCOMPARE(label(window, u"cardTitle0"_s)->text(),
             u"9 · Mount the EFS volume on the new instance · ◷ waiting"_s);
}

void TestAudienceWindow::showsTheStateInLargeType()
{
    AudienceWindow window;
    window.resize(1920, 1080);
    window.setState(jenkinsState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(label(window, u"runbookTitle"_s)->text(), u"Rebuild Jenkins from backup"_s);
    QCOMPARE(label(window, u"environment"_s)->text(), u"TEST"_s);
    QCOMPARE(label(window, u"iteration"_s)->text(), u"Drill 2"_s);
    QCOMPARE(label(window, u"stepOfTotal"_s)->text(), u"Step 7 of 18"_s);
    QCOMPARE(label(window, u"phase"_s)->text(), u"Restore data"_s);
    QCOMPARE(label(window, u"stepTitle"_s)->text(),
             u"Restore the Jenkins home from the S3 backup"_s);
    QCOMPARE(label(window, u"nextStep"_s)->text(), u"Restart Jenkins and check the build queue"_s);
    QCOMPARE(label(window, u"drillClock"_s)->text(), u"2:47:30"_s);
    QCOMPARE(label(window, u"rtoClock"_s)->text(), u"1:12:30"_s);
    QCOMPARE(label(window, u"stepClock"_s)->text(), u"12:05"_s);
    QCOMPARE(label(window, u"stepPlan"_s)->text(), u"of 45:00 planned"_s);
    QCOMPARE(label(window, u"cardTitle0"_s)->text(),
             u"9 · Mount the EFS volume on the new instance"_s);
    QCOMPARE(label(window, u"cardClock0"_s)->text(), u"18:40"_s);
    QCOMPARE(label(window, u"cardStatus0"_s)->text(), u"▲ +3:40 over"_s);
    QCOMPARE(label(window, u"observationTime2"_s)->text(), u"10:41"_s);
    QCOMPARE(label(window, u"observationText2"_s)->text(), u"Jenkins is alive (but no data)"_s);
    QCOMPARE(label(window, u"inject0"_s)->text(), u"⚡ EFS throughput is throttled"_s);
    QVERIFY(label(window, u"pinnedLines"_s)->text().startsWith(u"• Leave out logs/"_s));
    QVERIFY(!label(window, u"pausedBanner"_s)->isVisible());

    auto *progress = window.findChild<QProgressBar *>(u"progress"_s);
    QCOMPARE(progress->value(), 6);
    QCOMPARE(progress->maximum(), 18);
    auto *instructions = window.findChild<FittedMarkdownView *>(u"instructions"_s);
    QVERIFY(instructions->isVisible());
    QVERIFY(instructions->plainText().contains(u"python3 restore_backup.py"_s));
    QVERIFY(!instructions->plainText().contains(u"```"_s)); // rendered, not shown as source
    QVERIFY(!instructions->isElided());
}

void TestAudienceWindow::exampleDataIsLabelled()
{
    AudienceWindow window;
    AudienceState state = jenkinsState();
    window.setState(state);
    window.show();
    QVERIFY(label(window, u"exampleData"_s)->isVisible());
    QCOMPARE(label(window, u"exampleData"_s)->text(), u"Example data"_s);
    state.exampleData = false;
    window.setState(state);
    QVERIFY(!label(window, u"exampleData"_s)->isVisible());
}

// A runbook full of secrets goes through the same helper the console uses.
void TestAudienceWindow::showsNoSecret()
{
    Runbook runbook;
    runbook.title = u"Rebuild Jenkins from backup"_s;
    runbook.scenario = u"SECRET scenario: terminate the EC2 instance at 09:30"_s;
    runbook.rtoSeconds = 4 * 3600;
    Phase phase;
    phase.id = u"restore"_s;
    phase.title = u"Restore data"_s;
    phase.steps = {secretStep(u"fetch"_s, u"Fetch the backup"_s),
                   secretStep(u"untar"_s, u"Untar the backup"_s)};
    runbook.phases = {phase};
    Inject revealed;
    revealed.id = u"efs"_s;
    revealed.title = u"EFS throughput is throttled"_s;
    revealed.note = u"SECRET: it is not really throttled"_s;
    Inject hidden;
    hidden.id = u"dns"_s;
    hidden.title = u"SECRET inject: the DNS zone is gone"_s;
    runbook.injects = {revealed, hidden};

    AudienceState::Progress progress;
    progress.runningSteps = {{u"fetch"_s, 1000}};
    progress.revealedInjectIds = {u"efs"_s};
    progress.observations = {{u"10:41"_s, u"Jenkins is alive (but no data)"_s}};
    progress.clockRunning = true;

    AudienceWindow window;
    window.resize(1920, 1080);
    window.setState(AudienceState::fromRunbook(runbook, progress));
    window.show();
    const QStringList texts = visibleTexts(window);
    QVERIFY(texts.contains(u"⚡ EFS throughput is throttled"_s));
    QVERIFY(texts.contains(u"Fetch the backup"_s));
    for (const QString &text : texts)
        QVERIFY2(!text.contains(u"SECRET"_s), qPrintable(text));
    // Hidden widgets neither: nothing secret is even set on a label.
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *l : labels)
        QVERIFY2(!l->text().contains(u"SECRET"_s), qPrintable(l->objectName()));
    QVERIFY(!window.windowTitle().contains(u"SECRET"_s));
}

// Titles, phases, the command and verify are plain text; only the instructions are Markdown, and
// raw HTML in them is text too (the projector showed `<h1 style='color:red'>` as a red heading).
void TestAudienceWindow::runbookTextIsShownAsWritten()
{
    const RunbookLoadResult loaded =
        RunbookLoader::loadFile(QStringLiteral(DRILLDECK_FIXTURES "/hostile-markup.yaml"));
    QVERIFY(loaded.ok());
    const Runbook &runbook = *loaded.runbook;
    const Step &step = runbook.phases[0].steps[0];
    AudienceState::Progress progress;
    progress.runningSteps = {{step.id, 1000}};
    progress.revealedInjectIds = {u"s3-down"_s};
    AudienceWindow window;
    window.resize(1920, 1080);
    window.setState(AudienceState::fromRunbook(runbook, progress));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // What the label shows (a screen reader reads it too): the text, perhaps cut with "…".
    const auto showsAsWritten = [&window](const QString &name, const QString &text) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(label(window, name));
        const QString shown = a ? a->text(QAccessible::Name) : QString();
        return shown == text ||
               (shown.endsWith(u'…') && text.startsWith(shown.chopped(1)) && shown.size() > 20);
    };
    QVERIFY(showsAsWritten(u"runbookTitle"_s, runbook.title));
    QVERIFY(showsAsWritten(u"phase"_s, runbook.phases[0].title));
    QVERIFY(showsAsWritten(u"stepTitle"_s, step.title));
    QVERIFY(showsAsWritten(u"inject0"_s, u"⚡ <h1>INJECT</h1>"_s));
    const QString instructions =
        window.findChild<FittedMarkdownView *>(u"instructions"_s)->plainText();
    for (const QString &asWritten :
         {u"<h1 style='color:red'>RAW HTML HEADING</h1>"_s, u"echo '```'\n# not a heading\n"_s,
          u"echo '<h1>not markup</h1>'"_s, step.verify})
        QVERIFY2(instructions.contains(asWritten), qPrintable(instructions));
    QVERIFY(instructions.contains(u"Markdown works: bold, code"_s)); // still Markdown
}

// The clocks tick on from the snapshot by themselves, on the window's own timer. The time comes
// from a clock the test moves, so every reading is exact however late a tick fires.
void TestAudienceWindow::clocksTickWhileRunning()
{
    AudienceState state = jenkinsState();
    state.drillElapsedMs = 59 * 1000 + 500;
    state.runningSteps[0].elapsedMs = 10 * 1000 + 500;
    state.rtoRemainingMs = 10 * 60 * 1000;
    qint64 now = 5'000'000;
    AudienceWindow window;
    window.setClock([&now] { return now; });
    window.setState(state);
    window.show();
    QLabel *drill = label(window, u"drillClock"_s);
    QCOMPARE(drill->text(), u"0:59"_s);
    QCOMPARE(label(window, u"rtoClock"_s)->text(), u"10:00"_s);
    now += 1500;
    QTRY_COMPARE(drill->text(), u"1:01"_s);
    QCOMPARE(label(window, u"stepClock"_s)->text(), u"0:12"_s);
    QCOMPARE(label(window, u"rtoClock"_s)->text(), u"9:59"_s); // 9:58.5 left: a countdown rounds up
    QCOMPARE(label(window, u"cardClock0"_s)->text(), u"18:41"_s);
    now += 600;
    QTRY_COMPARE(label(window, u"rtoClock"_s)->text(), u"9:58"_s);
    QCOMPARE(drill->text(), u"1:01"_s); // 1:01.6
    QCOMPARE(label(window, u"stepClock"_s)->text(), u"0:12"_s);
}

// Without a test's clock the window ticks on the system's monotonic clock.
void TestAudienceWindow::clocksTickOnTheSystemClock()
{
    AudienceState state = jenkinsState();
    state.drillElapsedMs = 59 * 1000 + 500;
    state.runningSteps[0].elapsedMs = 10 * 1000 + 500;
    AudienceWindow window;
    window.setState(state);
    window.show();
    QLabel *drill = label(window, u"drillClock"_s);
    QCOMPARE(drill->text(), u"0:59"_s);
    QTRY_VERIFY_WITH_TIMEOUT(drill->text() != u"0:59"_s, 20'000);
    QVERIFY2(drill->text().startsWith(u"1:"_s), qPrintable(drill->text()));
    QVERIFY(label(window, u"stepClock"_s)->text() != u"0:10"_s);
}

void TestAudienceWindow::clocksStandStillWhenPaused()
{
    AudienceState state = jenkinsState();
    state.clockRunning = false;
    state.rtoRunning = false;
    state.paused = true;
    qint64 now = 5'000'000;
    AudienceWindow window;
    window.setClock([&now] { return now; });
    window.setState(state);
    window.show();
    QLabel *banner = label(window, u"pausedBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"PAUSED"_s));
    QVERIFY(label(window, u"drillClock"_s)->property("frozen").toBool());
    now += 90 * 1000;
    QTest::qWait(1500); // more than a tick: a clock that ticked would show the 90 s
    QCOMPARE(label(window, u"drillClock"_s)->text(), u"2:47:30"_s);
    QCOMPARE(label(window, u"stepClock"_s)->text(), u"12:05"_s);
    QCOMPARE(label(window, u"rtoClock"_s)->text(), u"1:12:30"_s);

    // An RTO counted in wall-clock time goes on through the pause; the drill clock does not,
    // though the window ticks for the RTO.
    state.rtoRunning = true;
    window.setState(state);
    QVERIFY(!label(window, u"rtoClock"_s)->property("frozen").toBool());
    now += 1000;
    QTRY_COMPARE(label(window, u"rtoClock"_s)->text(), u"1:12:29"_s);
    QCOMPARE(label(window, u"drillClock"_s)->text(), u"2:47:30"_s);
    now += 60 * 1000;
    QTRY_COMPARE(label(window, u"rtoClock"_s)->text(), u"1:11:29"_s);
    QCOMPARE(label(window, u"drillClock"_s)->text(), u"2:47:30"_s);
    QCOMPARE(label(window, u"stepClock"_s)->text(), u"12:05"_s);

    // Resumed: the console sends a fresh snapshot and the clocks go on from it.
    state.clockRunning = true;
    state.paused = false;
    window.setState(state);
    QVERIFY(!banner->isVisible());
    QVERIFY(!label(window, u"drillClock"_s)->property("frozen").toBool());
    now += 1000;
    QTRY_COMPARE(label(window, u"drillClock"_s)->text(), u"2:47:31"_s);
    QCOMPARE(label(window, u"stepClock"_s)->text(), u"12:06"_s);
}

void TestAudienceWindow::rtoTurnsIntoOverrun()
{
    AudienceState state = jenkinsState();
    state.rtoRemainingMs = 1200;
    qint64 now = 5'000'000;
    AudienceWindow window;
    window.setClock([&now] { return now; });
    window.setState(state);
    window.show();
    QLabel *rto = label(window, u"rtoClock"_s);
    QCOMPARE(rto->text(), u"0:02"_s);
    now += 2500;
    QTRY_COMPARE(rto->text(), u"▲ +0:01 over"_s);
    QCOMPARE(rto->property("status").toByteArray(), QByteArray("late"));

    state.rtoRemainingMs = -(3 * 60 + 10) * 1000;
    state.clockRunning = false;
    window.setState(state);
    QCOMPARE(rto->text(), u"▲ +3:10 over"_s);
}

// Issue 16, item 1: the service coming back is announced in large type for a while, and the
// achieved RTO takes the countdown's place for good.
void TestAudienceWindow::serviceRestoredIsAMoment()
{
    AudienceWindow window;
    window.resize(1920, 1080);
    window.setState(jenkinsState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *banner = label(window, u"restoredBanner"_s);
    QVERIFY(!banner->isVisible());
    QCOMPARE(label(window, u"rtoCaption"_s)->text(), u"RTO REMAINING"_s);

    window.setState(restoredState());
    QVERIFY(window.isRestoredBannerShown());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"✓  Service restored — 1:02:13, RTO met (target 1:30:00)"_s);
    QLabel *rto = label(window, u"rtoClock"_s);
    QVERIFY(rto->isVisible());
    QCOMPARE(rto->text(), u"1:02:13"_s);
    QCOMPARE(rto->property("status").toByteArray(), QByteArray("ontime"));
    QCOMPARE(label(window, u"rtoCaption"_s)->text(), u"RTO ✓ MET · TARGET 1:30:00"_s);
    // The achieved RTO does not tick.
    QTest::qWait(0);
    QCOMPARE(rto->text(), u"1:02:13"_s);

    // The status is the analysis' (rounded to the second): shown as given, with the miss.
    AudienceWindow missedWindow;
    missedWindow.setState(jenkinsState());
    AudienceState missed = restoredState(RtoStatus::Missed);
    missed.rtoAchievedMs = (1 * 3600 + 35 * 60) * 1000LL;
    missedWindow.setState(missed);
    missedWindow.show();
    QLabel *missedBanner = label(missedWindow, u"restoredBanner"_s);
    QVERIFY(missedBanner->isVisible());
    QCOMPARE(missedBanner->text(),
             u"▲  Service restored — 1:35:00, RTO missed by 5:00 (target 1:30:00)"_s);
    QCOMPARE(missedBanner->property("missed").toBool(), true);
    QCOMPARE(label(missedWindow, u"rtoClock"_s)->property("status").toByteArray(),
             QByteArray("late"));

    // Opened on a drill already restored: no banner, the achieved RTO only.
    AudienceWindow later;
    later.setState(restoredState());
    later.show();
    QVERIFY(!label(later, u"restoredBanner"_s)->isVisible());
    QCOMPARE(label(later, u"rtoClock"_s)->text(), u"1:02:13"_s);

    // The finished page takes over from the banner.
    AudienceState finished = restoredState();
    finished.finished = true;
    window.setState(finished);
    QVERIFY(!window.isRestoredBannerShown());
    QVERIFY(!banner->isVisible());
}

// Issue 16, item 2: after the last step, not "UP NEXT — ‹title›… Waiting for the next step".
void TestAudienceWindow::allStepsDoneSaysSo()
{
    AudienceWindow window;
    window.resize(1920, 1080);
    window.setState(allDoneState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString shown = visibleTexts(window).join(u'\n');
    QVERIFY2(shown.contains(u"ALL STEPS DONE"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"All steps done — finish the drill"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"18 of 18 steps done"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Service restored — 1:02:13, RTO met (target 1:30:00)"_s),
             qPrintable(shown));
    QVERIFY2(shown.contains(u"RPO 11m44s — met (target 15m)"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"UP NEXT"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"Waiting for the next step"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"Step 18 of 18"_s), qPrintable(shown));
    QVERIFY(label(window, u"rtoClock"_s)->isVisible());
}

void TestAudienceWindow::lateIsShownInWordsNotOnlyColour()
{
    AudienceState state = jenkinsState();
    state.clockRunning = false;
    state.runningSteps[0].elapsedMs = (48 * 60 + 10) * 1000;
    AudienceWindow window;
    window.show(); // a hidden projector lays out what it shows when it is shown
    window.setState(state);
    QLabel *status = label(window, u"stepStatus"_s);
    QCOMPARE(status->text(), u"▲ +3:10 over"_s);
    QCOMPARE(status->property("status").toByteArray(), QByteArray("late"));
    state.runningSteps[0].elapsedMs = 40 * 60 * 1000;
    window.setState(state);
    QCOMPARE(status->text(), u"● 5:00 left"_s);
    QCOMPARE(status->property("status").toByteArray(), QByteArray("ontime"));
}

void TestAudienceWindow::blankingHidesAllText()
{
    AudienceWindow window;
    window.resize(1280, 720);
    window.setState(jenkinsState());
    window.show();
    QSignalSpy spy(&window, &AudienceWindow::blankedChanged);
    window.setBlanked(true);
    QVERIFY(window.isBlanked());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(visibleTexts(window), QStringList{u"DrillDeck"_s});

    // The picture is black but for the small mark.
    const QImage image = window.grab().toImage();
    QCOMPARE(image.pixelColor(10, 10), QColor(Qt::black));
    QCOMPARE(image.pixelColor(640, 360), QColor(Qt::black));

    QTest::keyClick(&window, Qt::Key_B);
    QVERIFY(!window.isBlanked());
    QVERIFY(visibleTexts(window).contains(u"Rebuild Jenkins from backup"_s));
    window.toggleBlanked();
    QVERIFY(window.isBlanked());
    QCOMPARE(spy.count(), 3);
}

void TestAudienceWindow::finishedShowsTheTotal()
{
    AudienceState state = jenkinsState();
    state.finished = true;
    state.clockRunning = false;
    state.runningSteps.clear();
    state.stepsDone = 18;
    state.drillElapsedMs = (24 * 3600 + 30 * 60) * 1000LL;
    state.rtoRemainingMs = -(20 * 3600 + 30 * 60) * 1000LL;
    AudienceWindow window;
    window.setState(state);
    window.show();
    const QStringList texts = visibleTexts(window);
    QVERIFY(texts.contains(u"✓ Drill finished"_s));
    QVERIFY(texts.contains(Duration::formatClock(state.drillElapsedMs)));
    QVERIFY(texts.contains(u"18 of 18 steps done"_s));
    QCOMPARE(label(window, u"finishedRto"_s)->text(), u"▲ RTO missed by 20:30:00"_s);
    QCOMPARE(label(window, u"finishedRto"_s)->property("status").toByteArray(), "late");
    QVERIFY(!label(window, u"stepTitle"_s)->isVisible());

    // Ended before the service-restored step was done: no RTO, and the room is told so.
    state.rtoRemainingMs.reset();
    state.serviceNotRestored = true;
    window.setState(state);
    QLabel *rto = label(window, u"finishedRto"_s);
    QVERIFY(rto->isVisible());
    QCOMPARE(rto->text(), u"✗ Service not restored"_s);
    QCOMPARE(rto->property("status").toByteArray(), "late");
}

// "18 of 18 steps done" when two were skipped told the room a story that did not happen.
void TestAudienceWindow::skippedStepsAreSaidApart()
{
    AudienceState state = jenkinsState();
    state.finished = true;
    state.clockRunning = false;
    state.runningSteps.clear();
    state.stepsDone = 16;
    state.stepsSkipped = 2;
    AudienceWindow window;
    window.setState(state);
    window.show();
    const QStringList texts = visibleTexts(window);
    QVERIFY2(texts.contains(u"16 of 18 steps done, 2 skipped"_s), qPrintable(texts.join(u" | "_s)));
    QCOMPARE(window.findChild<QProgressBar *>()->value(), 18); // both are finished
}

void TestAudienceWindow::runningStepsSayWhoseTheyAre()
{
    AudienceState state = jenkinsState();
    state.runningSteps[0].role = u"driver"_s;
    state.runningSteps[0].people = {u"Dana"_s, u"Eli"_s};
    state.runningSteps[1].role = u"aws-admin"_s; // nobody holds it in this drill
    AudienceWindow window;
    window.resize(1920, 1080);
    window.setState(state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *role = label(window, u"stepRole"_s);
    QVERIFY(role && role->isVisible());
    QCOMPARE(role->text(), u"driver: Dana, Eli"_s);
    QLabel *cardRole = label(window, u"cardRole0"_s);
    QVERIFY(cardRole && cardRole->isVisible());
    QCOMPARE(cardRole->text(), u"aws-admin"_s);
    // A step without a role says nothing rather than an empty line.
    state.runningSteps[0].role.clear();
    state.runningSteps[0].people.clear();
    window.setState(state);
    QVERIFY(!role->isVisible());
}

// A command on the wall is typed from it: it wraps at spaces only, never after a hyphen or a
// slash ("apply -" / "-target=…" read as two commands).
void TestAudienceWindow::commandsBreakOnlyAtSpaces()
{
    const QString command =
        u"kubectl apply --server-side --force-conflicts --field-manager=drill-restore "
        "--filename=manifests/jenkins-restore-job.yaml --namespace=contentpool-ci "
        "--dry-run=none --wait --timeout=15m --selector=app.kubernetes.io/name=jenkins-home"_s;
    AudienceState state = jenkinsState();
    state.runningSteps[0].instructions = u"```\n"_s + command + u"\n```"_s;
    AudienceWindow window;
    window.resize(1280, 720);
    window.setState(state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<FittedMarkdownView *>(u"instructions"_s);
    QVERIFY(view);
    const QStringList lines = view->laidOutLines();
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u" | "_s))); // it does wrap
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(lines[i].endsWith(u' '),
                 qPrintable(u"line %1 breaks inside a word: %2"_s.arg(i).arg(lines[i])));
    // Nothing lost or changed; the word joiners that hold the words together take no room.
    QCOMPARE(lines.join(QString()).remove(QChar(0x2060)), command);
    const QFontMetrics code(ProjectorTheme::clockFont(40));
    QCOMPARE(code.horizontalAdvance(u"--wait"_s),
             code.horizontalAdvance(u"-"_s + QChar(0x2060) + u"-"_s + QChar(0x2060) + u"wait"_s));
    QCOMPARE(view->plainText().trimmed(), command); // what the room is told, unchanged
}

void TestAudienceWindow::beforeTheStartShowsTheFirstStep()
{
    AudienceState state;
    state.runbookTitle = u"Rebuild Jenkins from backup"_s;
    state.nextStepTitle = u"Declare the disaster and start the clock"_s;
    state.stepsTotal = 18;
    AudienceWindow window;
    window.setState(state);
    window.show();
    QCOMPARE(label(window, u"nowCaption"_s)->text(), u"ABOUT TO START"_s);
    QCOMPARE(label(window, u"stepTitle"_s)->text(), state.nextStepTitle);
    QCOMPARE(label(window, u"stepOfTotal"_s)->text(), u"Step 1 of 18"_s);
    QCOMPARE(label(window, u"drillClock"_s)->text(), u"0:00"_s);
    QVERIFY(!label(window, u"stepClock"_s)->isVisible());
    QVERIFY(!label(window, u"rtoClock"_s)->isVisible());
    QVERIFY(!label(window, u"nextStep"_s)->isVisible()); // it is the title already
    QVERIFY(window.findChild<FittedMarkdownView *>(u"instructions"_s)
                ->plainText()
                .contains(u"18 steps to go."_s));
}

void TestAudienceWindow::fontsScaleWithTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("720p") << QSize(1280, 720);
    QTest::addRow("1080p") << QSize(1920, 1080);
    QTest::addRow("4K") << QSize(3840, 2160);
}

void TestAudienceWindow::fontsScaleWithTheWindow()
{
    QFETCH(QSize, size);
    AudienceWindow window;
    window.resize(size);
    window.setState(jenkinsState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qreal scale = size.height() / 1080.0;
    QCOMPARE(window.scale(), scale);
    QCOMPARE(window.size(), size);

    const int title = label(window, u"stepTitle"_s)->font().pixelSize();
    const int body = window.findChild<FittedMarkdownView *>(u"instructions"_s)->fittedPixelSize();
    const int observation = label(window, u"observationText0"_s)->font().pixelSize();
    const int drillClock = label(window, u"drillClock"_s)->font().pixelSize();
    QCOMPARE(title, qRound(AudienceWindow::titlePixels * scale));
    QVERIFY(title >= qRound(48 * scale));
    // The instructions take the preferred size or shrink a little to fit, never below 28 px.
    QVERIFY(body <= qRound(AudienceWindow::bodyPixels * scale));
    QVERIFY(body >= qRound(28 * scale));
    QVERIFY(observation >= qRound(28 * scale));
    QVERIFY(drillClock >= qRound(120 * scale));
    // Every label a room reads is at least the small body size, in pixels, not points.
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->isVisible() && !l->text().isEmpty()) {
            QVERIFY2(l->font().pixelSize() >= qRound(24 * scale), qPrintable(l->objectName()));
        }
    }
}

void TestAudienceWindow::longTextFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("720p") << QSize(1280, 720);
    QTest::addRow("1080p") << QSize(1920, 1080);
    QTest::addRow("4:3 projector") << QSize(1024, 768);
}

void TestAudienceWindow::longTextFits()
{
    QFETCH(QSize, size);
    AudienceState state = jenkinsState();
    QString title;
    while (title.size() < 300)
        title += u"Restore the Jenkins home from the S3 backup and "_s;
    title.truncate(300);
    QStringList lines;
    for (int i = 1; i <= 40; ++i)
        lines << u"%1. Check that job number %1 of the ContentPool pipeline is restored and "
                 "its last build log is readable"_s.arg(i);
    state.runningSteps[0].title = title;
    state.runningSteps[0].instructions = lines.join(u'\n');
    state.observations.append(
        {u"10:42"_s, QString(u"An observation far too long to fit "_s).repeated(10)});
    AudienceWindow window;
    window.resize(size);
    window.setState(state);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size); // no minimum size pushed the window beyond the screen

    QLabel *titleLabel = label(window, u"stepTitle"_s);
    auto *instructions = window.findChild<FittedMarkdownView *>(u"instructions"_s);
    QVERIFY(titleLabel->wordWrap());
    QVERIFY(titleLabel->font().pixelSize() >= qRound(48 * window.scale()));
    // The title wraps into its box; what does not fit ends in an ellipsis.
    QVERIFY(titleLabel->heightForWidth(titleLabel->width()) <= titleLabel->height());
    QVERIFY(titleLabel->text().startsWith(title.left(60)));
    // The instructions shrink, then are cut at a whole line.
    QVERIFY(instructions->isElided());
    QCOMPARE(instructions->fittedPixelSize(),
             qRound(AudienceWindow::bodyMinimumPixels * window.scale()));
    QVERIFY(inWindow(titleLabel).bottom() <= inWindow(instructions).top());

    // Every visible label lies inside the window, at its full height.
    const QRect screen = window.rect();
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        QVERIFY2(screen.contains(inWindow(l)), qPrintable(l->objectName()));
        QVERIFY2(l->parentWidget()->rect().contains(l->geometry()), qPrintable(l->objectName()));
        if (!l->wordWrap()) {
            QVERIFY2(l->height() >= l->fontMetrics().height(),
                     qPrintable(u"%1 %2 < %3 (hint %4, min %5)"_s.arg(l->objectName())
                                    .arg(l->height())
                                    .arg(l->fontMetrics().height())
                                    .arg(l->sizeHint().height())
                                    .arg(l->minimumSizeHint().height())));
            QVERIFY2(l->fontMetrics().horizontalAdvance(l->text()) <= l->width() + 1,
                     qPrintable(l->objectName()));
        }
    }
    QVERIFY(screen.contains(inWindow(instructions)));
    const QLabel *longObservation = label(window, u"observationText3"_s);
    QVERIFY(longObservation->text().endsWith(u'…'));
}

// A tick sets the text of the clock labels only: nothing else is repainted. The ticks come from
// a clock the test moves; each check waits for the paint that showed the new time, and one
// more tick after it: anything a tick or a snapshot dirtied is painted by then.
void TestAudienceWindow::tickRepaintsOnlyTheClocks()
{
    AudienceState state = jenkinsState();
    state.drillElapsedMs = 10 * 60 * 1000 + 200;
    qint64 now = 5'000'000;
    AudienceWindow window;
    window.setClock([&now] { return now; });
    window.resize(1280, 720);
    window.setState(state);
    PaintCounter title, instructions, runbook, observation, caption, clock, inject, progress;
    const QList<PaintCounter *> others = {&title,   &instructions, &runbook, &observation,
                                          &caption, &inject,       &progress};
    label(window, u"stepTitle"_s)->installEventFilter(&title);
    window.findChild<FittedMarkdownView *>(u"instructions"_s)->installEventFilter(&instructions);
    label(window, u"runbookTitle"_s)->installEventFilter(&runbook);
    label(window, u"observationText0"_s)->installEventFilter(&observation);
    label(window, u"drillCaption"_s)->installEventFilter(&caption);
    label(window, u"drillClock"_s)->installEventFilter(&clock);
    label(window, u"inject0"_s)->installEventFilter(&inject);
    label(window, u"stepOfTotal"_s)->installEventFilter(&progress);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The first paint has reached every one of them.
    QTRY_COMPARE(clock.paintedText, u"10:00"_s);
    for (PaintCounter *other : others)
        QTRY_VERIFY(other->count > 0);
    for (PaintCounter *other : others)
        other->count = 0;

    auto tickTo = [&](const QString &shown) {
        now += 1000;
        QTRY_COMPARE(clock.paintedText, shown);
    };
    tickTo(u"10:01"_s);
    tickTo(u"10:02"_s);
    for (PaintCounter *other : others)
        QCOMPARE(other->count, 0);

    // The console sends a new snapshot on every event; only the clocks change in it.
    state.drillElapsedMs += 60 * 1000; // 11:00.2 at the snapshot
    state.runningSteps[0].elapsedMs += 60 * 1000;
    window.setState(state);
    QTRY_COMPARE(clock.paintedText, u"11:00"_s);
    tickTo(u"11:01"_s);
    for (PaintCounter *other : others)
        QCOMPARE(other->count, 0);
}

// Renders the window at three sizes in both themes; with DRILLDECK_SCREENSHOT_DIR set, saves them.
void TestAudienceWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("DRILLDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(QDir().mkpath(dir));
    QList<QSize> sizes = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    if (qEnvironmentVariableIsSet("DRILLDECK_SCREENSHOT_EXTRA"))
        sizes << QSize(1024, 768) << QSize(1280, 800);
    for (const QSize &size : sizes) {
        for (auto variant : {ProjectorTheme::Variant::Dark, ProjectorTheme::Variant::Light}) {
            AudienceWindow window;
            window.setThemeVariant(variant);
            window.resize(size);
            window.setState(jenkinsState());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            const QString file = u"%1/audience-%2x%3-%4.png"_s.arg(dir)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(ProjectorTheme::variantName(variant));
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), size);
            QVERIFY(dir.isEmpty() || image.save(file));
        }
    }

    // The other moments of a drill, at 1080p in the dark theme.
    AudienceState paused = jenkinsState();
    paused.paused = true;
    paused.clockRunning = false;
    AudienceState finished = jenkinsState();
    finished.finished = true;
    finished.clockRunning = false;
    finished.rtoRunning = false;
    finished.runningSteps.clear();
    finished.stepsDone = 18;
    finished.drillElapsedMs = (24 * 3600 + 30 * 60) * 1000LL;
    finished.rtoRemainingMs = -(20 * 3600 + 30 * 60) * 1000LL;
    finished.observations.append({u"10:00"_s, u"DONE: Jenkins restored with yesterday's jobs"_s});
    AudienceState longText = jenkinsState();
    longText.runningSteps[0].title =
        u"Restore the Jenkins home from the S3 backup, then check every job, credential, "
        "plugin, agent template, shared library, pipeline definition and the build history "
        "of each of the dozen ContentPool services against the list the team wrote down "
        "before the drill, and note anything that differs as an observation"_s;
    QStringList lines;
    for (int i = 1; i <= 40; ++i)
        lines << u"%1. Check that the job of service %1 is restored and its last build log is "
                 "readable"_s.arg(i);
    longText.runningSteps[0].instructions = lines.join(u'\n');
    AudienceState ready = jenkinsState();
    ready.runningSteps.clear();
    ready.clockRunning = false;
    ready.rtoRunning = false;
    ready.stepsDone = 0;
    ready.drillElapsedMs = 0;
    ready.rtoRemainingMs = 4 * 3600 * 1000LL;
    ready.nextStepTitle = u"Declare the disaster and start the clock"_s;
    ready.phaseTitle = u"Assess"_s;
    ready.observations.clear();
    ready.revealedInjects.clear();
    ready.pinnedAnnotations.clear();
    const QList<QPair<QString, AudienceState>> moments = {{u"ready"_s, ready},
                                                          {u"paused"_s, paused},
                                                          {u"finished"_s, finished},
                                                          {u"longtext"_s, longText}};
    for (const auto &[name, state] : moments) {
        AudienceWindow window;
        window.resize(1920, 1080);
        window.setState(state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY(dir.isEmpty() || image.save(u"%1/audience-1920x1080-dark-%2.png"_s.arg(dir, name)));
    }
    // The moment the service comes back (the banner needs the state before it), and after the
    // last step, at both common projector sizes.
    for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720)}) {
        AudienceWindow restored;
        restored.resize(size);
        restored.setState(jenkinsState());
        restored.setState(restoredState());
        AudienceWindow allDone;
        allDone.resize(size);
        allDone.setState(allDoneState());
        for (const auto &[name, window] :
             {std::pair{u"restored"_s, &restored}, std::pair{u"alldone"_s, &allDone}}) {
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            const QImage image = window->grab().toImage();
            QCOMPARE(image.size(), size);
            QVERIFY(dir.isEmpty() || image.save(u"%1/audience-%3x%4-dark-%2.png"_s.arg(dir, name)
                                                    .arg(size.width())
                                                    .arg(size.height())));
        }
    }
    AudienceWindow blank;
    blank.resize(1920, 1080);
    blank.setState(jenkinsState());
    blank.setBlanked(true);
    blank.show();
    QVERIFY(QTest::qWaitForWindowExposed(&blank));
    const QImage image = blank.grab().toImage();
    QCOMPARE(image.size(), QSize(1920, 1080));
    QVERIFY(dir.isEmpty() || image.save(u"%1/audience-1920x1080-blank.png"_s.arg(dir)));
}

QTEST_MAIN(TestAudienceWindow)
#include "tst_audiencewindow.moc"
