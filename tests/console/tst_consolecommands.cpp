// Running a step's command from the console (issue 20): X on the real console, real bash
// processes, the trust question answered by keys. A passing run completes the step and logs its
// evidence; a failing one leaves the step running with the failure shown; nothing runs before the
// file's exact content is trusted (again after it changed); Shift+X cancels; a manual step runs
// nothing; the projector never shows the output.
#include "audiencewindow.h"
#include "commandactions.h"
#include "commandevidence.h"
#include "commandoutputview.h"
#include "consoletestsupport.h"
#include "drillengine.h"
#include "drillevent.h"
#include "drillsession.h"
#include "mainwindow.h"
#include "runbooktrust.h"
#include "runbooktrustdialog.h"
#include "widgettestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <csignal>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::whenModalOpens;

namespace {
QString quoted(const QString &command)
{
    return u"'"_s + QString(command).replace(u"'"_s, u"''"_s) + u"'"_s;
}

// A runbook with an automated step `auto` running command, and a manual step with a command.
QByteArray runbookText(const QString &command, const QString &extra = {})
{
    return (u"drilldeck: 1\n"
            u"id: console-commands\n"
            u"title: Commands from the console\n"
            u"environments: [test]\n"
            u"phases:\n"
            u"  - id: run\n"
            u"    title: Run\n"
            u"    steps:\n"
            u"      - id: auto\n"
            u"        title: Run it\n"
            u"        automation: automated\n"
            u"        expected: 1m\n"
            u"        command: "_s +
            quoted(command) +
            u"\n"
            u"      - id: by-hand\n"
            u"        title: Type it\n"
            u"        command: 'echo typed-by-a-person'\n"_s +
            extra)
        .toUtf8();
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    // A zombie nobody has reaped yet has ended too.
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}
} // namespace

class TestConsoleCommands : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    QString runbookPath() const { return m_dir->filePath(u"commands.yaml"_s); }

    void writeRunbook(const QByteArray &text)
    {
        QFile file(runbookPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
    }

    static void trust(const QByteArray &text, const QString &path)
    {
        QSettings settings;
        RunbookTrust(settings).trust(RunbookTrust::sha256Of(text), path);
    }

    // The console on the runbook, its drill created, the step `auto` in view.
    std::unique_ptr<MainWindow> console()
    {
        auto w =
            ConsoleTestSupport::openConsole(m_dir->filePath(u"drills.sqlite"_s), runbookPath());
        ConsoleTestSupport::createDrill(*w);
        selectStep(*w, u"auto"_s);
        return w;
    }

    static void selectStep(MainWindow &w, const QString &stepId)
    {
        w.outline()->setFocus();
        QTest::keyClick(w.outline(), Qt::Key_Home);
        for (int i = 0; i < 20 && w.focusedStep() != stepId; ++i)
            QTest::keyClick(w.outline(), Qt::Key_Down);
        QCOMPARE(w.focusedStep(), stepId);
    }

    static QList<DrillEvent> commandRuns(MainWindow &w)
    {
        QList<DrillEvent> runs;
        const QList<DrillEvent> all = w.engine()->committedEvents();
        for (const DrillEvent &e : all)
            if (e.kind == DrillEvent::Kind::CommandRun)
                runs << e;
        return runs;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear(); // nothing trusted
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void passingCommandCompletesTheStepAndLogsItsEvidence()
    {
        const QByteArray text =
            runbookText(u"echo hello-on-stdout; echo oops-on-stderr >&2; exit 0"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        press(w.get(), Qt::Key_X);
        QTRY_COMPARE(w->engine()->stepStatus(u"auto"_s), StepStatus::Done);
        CommandOutputView *view = w->commands()->outputView(u"auto"_s);
        QVERIFY(view && view->isVisible());
        QVERIFY(view->outputText().contains(u"hello-on-stdout"_s));
        QVERIFY(!view->outputText().contains(u"oops-on-stderr"_s));
        QVERIFY(view->errorText().contains(u"oops-on-stderr"_s));
        QVERIFY(!view->errorText().contains(u"hello-on-stdout"_s));
        QVERIFY2(view->statusText().contains(u"Passed in"_s), qPrintable(view->statusText()));
        const QList<DrillEvent> runs = commandRuns(*w);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().stepId, u"auto"_s);
        const auto evidence = CommandEvidence::fromPayload(runs.constFirst().payloadObject());
        QVERIFY(evidence && evidence->passed());
        QVERIFY(evidence->standardOutput.text.contains(u"hello-on-stdout"_s));
        QVERIFY(w->statusMessage().contains(u"step done"_s));
        QVERIFY(!w->commands()->isRunning(u"auto"_s));
    }

    void failingCommandLeavesTheStepRunningWithItsTail()
    {
        const QByteArray text = runbookText(u"echo first-line; echo last-words >&2; exit 2"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        press(w.get(), Qt::Key_X);
        QTRY_COMPARE(commandRuns(*w).size(), 1);
        QCOMPARE(w->engine()->stepStatus(u"auto"_s), StepStatus::Running);
        CommandOutputView *view = w->commands()->outputView(u"auto"_s);
        QVERIFY2(view->statusText().contains(u"Failed: exit 2"_s), qPrintable(view->statusText()));
        QVERIFY(view->errorText().contains(u"last-words"_s));
        QVERIFY(view->outcomeText().contains(u"X runs the command again"_s));
        QVERIFY(w->statusMessage().contains(u"exit 2"_s));
        // X again retries: a second run, a second event.
        press(w.get(), Qt::Key_X);
        QTRY_COMPARE(commandRuns(*w).size(), 2);
        QCOMPARE(w->engine()->stepStatus(u"auto"_s), StepStatus::Running);
    }

    // Three megabytes at once: the console keeps the head and the tail, says so, and the pane
    // holds no more lines than it shows.
    void floodIsCappedAndSaid()
    {
        const QByteArray text =
            runbookText(u"yes flood-line | head -c 3000000; echo end-of-flood"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        // How long the console's event loop was held at most (said, not asserted: bench/).
        QElapsedTimer since;
        qint64 longestMs = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this,
                [&] { longestMs = std::max(longestMs, since.restart()); });
        probe.start(5);
        since.start();
        press(w.get(), Qt::Key_X);
        CommandOutputView *view = w->commands()->outputView(u"auto"_s);
        QVERIFY(view);
        QTRY_VERIFY(view->capNoticeShown(CommandOutputView::Stream::Output));
        QTRY_COMPARE(w->engine()->stepStatus(u"auto"_s), StepStatus::Done);
        QVERIFY(view->capNoticeShown(CommandOutputView::Stream::Output));
        QVERIFY(view->outputText().startsWith(u"flood-line\n"_s));
        QVERIFY(view->outputText().contains(u"end-of-flood"_s)); // the tail is kept
        QVERIFY(view->outputText().size() < 1100 * 1024);
        qInfo("longest turn of the event loop during the flood: %lld ms", longestMs);
    }

    void untrustedFileAsksAndCancelRunsNothing()
    {
        const QString marker = m_dir->filePath(u"ran-without-trust"_s);
        writeRunbook(runbookText(u"touch "_s + marker));
        auto w = console();
        QString listed;
        whenModalOpens<RunbookTrustDialog>(w.get(), [&](RunbookTrustDialog *dialog) {
            listed = dialog->commandsText();
            QTest::keyClick(dialog, Qt::Key_Return); // Cancel is the default
        });
        press(w.get(), Qt::Key_X);
        QTRY_VERIFY(!listed.isEmpty());
        QVERIFY2(listed.contains(u"touch "_s + marker), qPrintable(listed));
        QVERIFY(!listed.contains(u"typed-by-a-person"_s)); // a manual step's command never runs
        QVERIFY(w->statusMessage().contains(u"Not trusted"_s));
        QVERIFY(!w->commands()->isRunning(u"auto"_s));
        QCOMPARE(w->engine()->stepStatus(u"auto"_s), StepStatus::NotStarted);
        QTest::qWait(200); // a process started by mistake would have made its file by now
        QVERIFY(!QFile::exists(marker));
        QVERIFY(commandRuns(*w).isEmpty());
    }

    void stepThatCannotStartIsSaidBeforeTrustIsAsked()
    {
        writeRunbook(runbookText(u"true"_s, u"      - id: after\n"
                                            u"        title: After it\n"
                                            u"        automation: automated\n"
                                            u"        depends_on: [auto]\n"
                                            u"        command: 'true'\n"_s));
        auto w = console();
        QVERIFY(w->engine()->start().committed());
        selectStep(*w, u"after"_s);
        bool asked = false;
        whenModalOpens<RunbookTrustDialog>(w.get(), [&](RunbookTrustDialog *dialog) {
            asked = true;
            dialog->reject();
        });
        press(w.get(), Qt::Key_X);
        QVERIFY2(w->statusMessage().contains(u"`auto`"_s), qPrintable(w->statusMessage()));
        QTest::qWait(100); // a dialog would be open by now
        QVERIFY(!asked);
        QCOMPARE(w->engine()->stepStatus(u"after"_s), StepStatus::NotStarted);
    }

    void trustingRunsAndAChangedFileAsksAgain()
    {
        const QString marker = m_dir->filePath(u"ran"_s);
        writeRunbook(runbookText(u"echo run >> "_s + marker + u"; exit 1"_s));
        auto w = console();
        int asked = 0;
        whenModalOpens<RunbookTrustDialog>(w.get(), [&](RunbookTrustDialog *dialog) {
            ++asked;
            dialog->trustButton()->click();
        });
        press(w.get(), Qt::Key_X);
        QTRY_COMPARE(commandRuns(*w).size(), 1);
        QCOMPARE(asked, 1);
        QVERIFY(QFile::exists(marker));
        press(w.get(), Qt::Key_X); // the same content: no question
        QTRY_COMPARE(commandRuns(*w).size(), 2);
        QCOMPARE(asked, 1);

        // The file changes on disk (a comment added): asked again, and Escape cancels.
        writeRunbook(runbookText(u"echo run >> "_s + marker + u"; exit 1"_s, u"# changed\n"_s));
        bool askedAgain = false;
        whenModalOpens<RunbookTrustDialog>(w.get(), [&](RunbookTrustDialog *dialog) {
            askedAgain = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        press(w.get(), Qt::Key_X);
        QTRY_VERIFY(askedAgain);
        QVERIFY(w->statusMessage().contains(u"Not trusted"_s));
        QCOMPARE(commandRuns(*w).size(), 2);
    }

    void cancelStopsTheCommandAndItsChildren()
    {
        const QString pidFile = m_dir->filePath(u"pid"_s);
        const QByteArray text = runbookText(u"sleep 100 & echo $! > "_s + pidFile + u"; wait"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        press(w.get(), Qt::Key_X);
        QTRY_VERIFY(QFile::exists(pidFile) && QFileInfo(pidFile).size() > 0);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QVERIFY(w->commands()->isRunning(u"auto"_s));
        press(w.get(), Qt::Key_X, Qt::ShiftModifier);
        QTRY_COMPARE(commandRuns(*w).size(), 1);
        QCOMPARE(w->engine()->stepStatus(u"auto"_s), StepStatus::Running);
        CommandOutputView *view = w->commands()->outputView(u"auto"_s);
        QVERIFY2(view->statusText().contains(u"Cancelled"_s), qPrintable(view->statusText()));
        QTRY_VERIFY(processGone(pid));
    }

    // One run per step, several steps at once: each its own run and panel.
    void stepsRunTheirCommandsInParallel()
    {
        const QByteArray text = runbookText(
            u"sleep 100"_s, u"      - id: auto-two\n"
                            u"        title: Run another\n"
                            u"        automation: scripted\n"
                            u"        command: 'echo second-step-output; sleep 100'\n"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        press(w.get(), Qt::Key_X);
        QTRY_VERIFY(w->commands()->isRunning(u"auto"_s));
        selectStep(*w, u"auto-two"_s);
        press(w.get(), Qt::Key_X);
        QTRY_VERIFY(w->commands()->isRunning(u"auto-two"_s));
        QVERIFY(w->commands()->isRunning(u"auto"_s));
        QCOMPARE(w->engine()->stepStatus(u"auto-two"_s), StepStatus::Running);
        QTRY_VERIFY(w->commands()
                        ->outputView(u"auto-two"_s)
                        ->outputText()
                        .contains(u"second-step-output"_s));
        QVERIFY(
            !w->commands()->outputView(u"auto"_s)->isVisible()); // the panel of the step in view
        press(w.get(), Qt::Key_X); // the same step again: refused while it runs
        QVERIFY2(w->statusMessage().contains(u"is running"_s), qPrintable(w->statusMessage()));
        press(w.get(), Qt::Key_X, Qt::ShiftModifier);
        QTRY_VERIFY(!w->commands()->isRunning(u"auto-two"_s));
        QVERIFY(w->commands()->isRunning(u"auto"_s));
        selectStep(*w, u"auto"_s);
        press(w.get(), Qt::Key_X, Qt::ShiftModifier);
        QTRY_VERIFY(!w->commands()->isRunning(u"auto"_s));
        QCOMPARE(commandRuns(*w).size(), 2);
    }

    void resumedDrillRunsCommandsFromItsFile()
    {
        // Overnight: the drill is resumed in a new console; the runbook file it started from
        // (a recent runbook with the same bytes) is where its commands run from again.
        const QByteArray text = runbookText(u"echo after-the-night"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        const QString database = m_dir->filePath(u"drills.sqlite"_s);
        qint64 drillId = 0;
        {
            auto w = console();
            QVERIFY(w->engine()->start().committed());
            drillId = w->engine()->drill().id;
        }
        {
            auto session = DrillSession::open(database);
            QVERIFY(session);
            MainWindow w(std::move(session).value());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.resumeDrill(drillId));
            QCOMPARE(w.runbookPath(), runbookPath());
            selectStep(w, u"auto"_s);
            press(&w, Qt::Key_X);
            QTRY_COMPARE(w.engine()->stepStatus(u"auto"_s), StepStatus::Done);
            QVERIFY(
                w.commands()->outputView(u"auto"_s)->outputText().contains(u"after-the-night"_s));
        }

        // A file changed since the drill started is not taken for it.
        writeRunbook(text + "# edited after the drill started\n");
        auto again = DrillSession::open(database);
        QVERIFY(again);
        MainWindow other(std::move(again).value());
        QVERIFY(other.resumeDrill(drillId));
        QVERIFY(other.runbookPath().isEmpty());
    }

    void manualStepRunsNothing()
    {
        const QByteArray text = runbookText(u"true"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        selectStep(*w, u"by-hand"_s);
        press(w.get(), Qt::Key_X);
        QVERIFY2(w->statusMessage().contains(u"manual step"_s), qPrintable(w->statusMessage()));
        QVERIFY(!w->commands()->isRunning(u"by-hand"_s));
        QVERIFY(!w->commands()->outputView(u"by-hand"_s));
        QCOMPARE(w->engine()->stepStatus(u"by-hand"_s), StepStatus::NotStarted);
    }

    // The room sees the step, never what its command printed.
    void projectorNeverShowsTheOutput()
    {
        const QByteArray text = runbookText(
            u"printf 'secret-%s\\n' stdout-7f3; printf 'secret-%s\\n' stderr-7f3 >&2; sleep 100"_s);
        writeRunbook(text);
        trust(text, runbookPath());
        auto w = console();
        press(w.get(), Qt::Key_F5);
        QTRY_VERIFY(w->audienceWindow() && w->audienceWindow()->isVisible());
        selectStep(*w, u"auto"_s);
        press(w.get(), Qt::Key_X);
        CommandOutputView *view = w->commands()->outputView(u"auto"_s);
        QVERIFY(view);
        QTRY_VERIFY(view->outputText().contains(u"secret-stdout-7f3"_s) &&
                    view->errorText().contains(u"secret-stderr-7f3"_s));
        QCoreApplication::processEvents();
        const QString room = WidgetTestSupport::visibleText(w->audienceWindow());
        QVERIFY(room.contains(u"Run it"_s)); // the step itself is shown
        QVERIFY(!room.contains(u"secret-stdout-7f3"_s));
        QVERIFY(!room.contains(u"secret-stderr-7f3"_s));
        press(w.get(), Qt::Key_X, Qt::ShiftModifier);
        QTRY_COMPARE(commandRuns(*w).size(), 1);
        QVERIFY(
            !WidgetTestSupport::visibleText(w->audienceWindow()).contains(u"secret-stdout-7f3"_s));
    }
};

QTEST_MAIN(TestConsoleCommands)
#include "tst_consolecommands.moc"
