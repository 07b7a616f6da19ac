// The facilitator console driven as in the room: clicker keys through a whole drill,
// asserting the event log in the store; and the projector never showing a secret.
#include "audiencewindow.h"
#include "databasepath.h"
#include "drillclockpanel.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "mainwindow.h"
#include "reportexportdialog.h"
#include "runbookmodel.h"
#include "shortcutcheatsheet.h"
#include "stepdetailview.h"
#include "stepstatus.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using WidgetTestSupport::visibleText;

namespace {
const QString runbookPath = QStringLiteral(DRILLDECK_FIXTURES "/console-drill.yaml");

QStringList kinds(const QList<DrillEvent> &events)
{
    QStringList out;
    for (const DrillEvent &e : events)
        out << DrillEvent::kindName(e.kind) + (e.stepId.isEmpty() ? QString() : u' ' + e.stepId);
    return out;
}

// Answers the next modal message box with the given button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;

    std::unique_ptr<MainWindow> newConsole(QString *dbPath = nullptr)
    {
        const QString path = m_dir.filePath(u"drill-%1.sqlite"_s.arg(++m_dbCounter));
        if (dbPath)
            *dbPath = path;
        auto session = DrillSession::open(path);
        if (!session)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(session.error().message));
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("console not exposed");
        if (!w->openRunbook(runbookPath))
            qFatal("fixture runbook does not open");
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Fran"_s;
        drill.participants = {{u"Dana"_s, u"driver"_s}, {u"Sam"_s, u"scribe"_s}};
        if (!w->createDrill(drill))
            qFatal("cannot create a drill");
        return w;
    }

    QList<DrillEvent> storedEvents(MainWindow &w)
    {
        const auto events = w.session()->drills().events(w.engine()->drill().id);
        return events ? events.value() : QList<DrillEvent>{};
    }

    void selectStep(MainWindow &w, const QString &stepId)
    {
        auto *model = qobject_cast<RunbookModel *>(w.outline()->model());
        w.outline()->setCurrentIndex(model->indexOfStep(stepId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void drivesAWholeDrillWithClickerKeys()
    {
        auto w = newConsole();
        QCOMPARE(w->engine()->state(), Drill::State::Planned);

        QTest::keyClick(w.get(), Qt::Key_F5); // start: the first step starts with it
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        QCOMPARE(w->focusedStep(), u"provision"_s);
        QCOMPARE(w->stepView()->titleText(), u"Provision the VM"_s);

        QTest::keyClick(w.get(), Qt::Key_PageDown); // provision done, restore-db starts
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
        QTest::keyClick(w.get(), Qt::Key_PageUp); // mis-click: provision runs again
        QCOMPARE(w->engine()->stepStatus(u"provision"_s), StepStatus::Running);
        QCOMPARE(w->engine()->stepStatus(u"restore-db"_s), StepStatus::NotStarted);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"provision"_s});
        QTest::keyClick(w.get(), Qt::Key_PageDown);

        QTest::keyClick(w.get(), Qt::Key_P); // pause
        QCOMPARE(w->engine()->state(), Drill::State::Paused);
        QTest::keyClick(w.get(), Qt::Key_P); // resume
        QCOMPARE(w->engine()->state(), Drill::State::Running);

        // Parallel: deploy-app's dependency is done, so it starts beside restore-db.
        selectStep(*w, u"deploy-app"_s);
        QTest::keyClick(w.get(), Qt::Key_R);
        QCOMPARE(w->engine()->currentSteps(), QStringList({u"restore-db"_s, u"deploy-app"_s}));
        QCOMPARE(w->clockPanel()->stepTexts().size(), 2); // a timer for each running step

        QTest::keyClick(w.get(), Qt::Key_Space); // deploy-app (focused) done
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
        QTest::keyClick(w.get(), Qt::Key_Right); // restore-db done, smoke starts
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"smoke"_s});
        QTest::keyClick(w.get(), Qt::Key_PageDown); // smoke done: nothing left
        QVERIFY(w->engine()->currentSteps().isEmpty());

        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier); // finish
        QCOMPARE(w->engine()->state(), Drill::State::Finished);

        const QList<DrillEvent> events = storedEvents(*w);
        QCOMPARE(kinds(events),
                 QStringList({u"started"_s, u"step-started provision"_s, u"step-done provision"_s,
                              u"step-started restore-db"_s, u"step-unstarted restore-db"_s,
                              u"step-reopened provision"_s, u"step-done provision"_s,
                              u"step-started restore-db"_s, u"paused"_s, u"resumed"_s,
                              u"step-started deploy-app"_s, u"step-done deploy-app"_s,
                              u"step-done restore-db"_s, u"step-started smoke"_s,
                              u"step-done smoke"_s, u"finished"_s}));
        QCOMPARE(events[4].reason(), u"mis-click"_s);
        QCOMPARE(events[5].reason(), u"mis-click"_s);
        for (const DrillEvent &e : events)
            QCOMPARE(e.author, u"Fran"_s);
    }

    // A running step's row is bold: its status, time and role fit their columns in bold
    // ("aws-admin" was cut to "aws-ad…").
    void aRunningStepsCellsAreNotCut()
    {
        auto session = DrillSession::open(m_dir.filePath(u"drill-%1.sqlite"_s.arg(++m_dbCounter)));
        QVERIFY(session);
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(
            w->openRunbook(QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml")));
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w->createDrill(drill));
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_PageDown);
        QTest::keyClick(w.get(), Qt::Key_PageDown);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"check-dns"_s}); // role aws-admin
        auto *model = qobject_cast<RunbookModel *>(w->outline()->model());
        const QModelIndex row = model->indexOfStep(u"check-dns"_s);
        QFont bold = w->outline()->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        // The item view's text margins (QCommonStyle: the focus frame's, plus one, each side).
        const int margins =
            2 * (w->outline()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        for (int column : {int(RunbookModel::StatusColumn), int(RunbookModel::ActualColumn),
                           int(RunbookModel::RoleColumn)}) {
            const QString text = row.siblingAtColumn(column).data().toString();
            QVERIFY(!text.isEmpty());
            QVERIFY2(metrics.horizontalAdvance(text) + margins <= w->outline()->columnWidth(column),
                     qPrintable(u"%1 in %2 px"_s.arg(text).arg(w->outline()->columnWidth(column))));
        }
        // Finished with it still running: "unfinished", in the regular weight, not cut either.
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Finished);
        const QModelIndex status = row.siblingAtColumn(RunbookModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"■ unfinished"_s);
        QVERIFY2(
            QFontMetrics(w->outline()->font()).horizontalAdvance(status.data().toString()) +
                    margins <=
                w->outline()->columnWidth(RunbookModel::StatusColumn),
            qPrintable(QString::number(w->outline()->columnWidth(RunbookModel::StatusColumn))));
    }

    // Finished (confirming that a step still runs) before "smoke", the service-restored step,
    // was done: no RTO, however short the drill. The console and the projector say so, never
    // "RTO met".
    void finishedBeforeServiceRestoredSaysNotRestored()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_PageDown); // provision done, restore-db starts
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
        QVERIFY(w->clockPanel()->rtoText().startsWith(u"RTO left "_s));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Finished);
        QVERIFY(!w->engine()->metrics().rtoMs);
        QCOMPARE(w->clockPanel()->rtoText(), u"✗ Service not restored — RTO missed"_s);

        AudienceWindow *audience = w->audienceWindow();
        QVERIFY(audience->state().serviceNotRestored);
        auto *rto = audience->findChild<QLabel *>(u"finishedRto"_s);
        QVERIFY(rto);
        QCOMPARE(rto->text(), u"✗ Service not restored"_s);
        QCOMPARE(rto->property("status").toByteArray(), QByteArray("late"));
        const QString shown = visibleText(audience);
        QVERIFY2(shown.contains(u"✗ Service not restored"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"RTO met"_s), qPrintable(shown));
    }

    // At 1920×1080 the outline's titles were cut to "Confirm the p…" (after a skip, to five
    // characters) while the Role column had room: a long step title running in the centre
    // widened it at the outline's expense. At 1280×720 a fixed-width log and columns sized for
    // their widest possible text left the titles seven characters. The title column keeps the
    // room; the tooltip has the whole title.
    void outlineTitlesAreReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("wholeTitles"); // shown whole before and after the skip
        QTest::newRow("1920x1080") << QSize(1920, 1080)
                                   << QStringList{u"confirm-primary-down"_s, u"pick-target"_s,
                                                  u"replay-wal"_s, u"reconnect"_s};
        // replay-wal runs after the skip, in bold: the centre has its title in full.
        QTest::newRow("1280x720") << QSize(1280, 720)
                                  << QStringList{u"confirm-primary-down"_s, u"pick-target"_s,
                                                 u"reconnect"_s};
    }

    void outlineTitlesAreReadable()
    {
        QFETCH(QSize, size);
        QFETCH(QStringList, wholeTitles);
        QSettings().remove(u"mainwindow"_s); // the first start's layout, not a test's before
        auto session = DrillSession::open(m_dir.filePath(u"drill-%1.sqlite"_s.arg(++m_dbCounter)));
        QVERIFY(session);
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->resize(size);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->openRunbook(QStringLiteral(DRILLDECK_FIXTURES "/pitr-drill.yaml")));
        Drill drill;
        drill.environment = u"staging"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w->createDrill(drill));
        auto *model = qobject_cast<RunbookModel *>(w->outline()->model());
        const int margins =
            2 * (w->outline()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const auto shownWhole = [&](const QString &stepId) {
            const QModelIndex title = model->indexOfStep(stepId);
            QFont font = w->outline()->font();
            font.setBold(stepIsActive(w->engine()->stepStatus(stepId)));
            const int needed = QFontMetrics(font).horizontalAdvance(title.data().toString());
            const int room = w->outline()->visualRect(title).width() - margins;
            if (needed <= room)
                return true;
            qWarning("%s: %d px needed, %d px shown", qPrintable(stepId), needed, room);
            return false;
        };
        const auto allShownWhole = [&] {
            bool whole = true;
            for (const QString &id : std::as_const(wholeTitles))
                whole = shownWhole(id) && whole;
            return whole;
        };
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_PageDown);
        QTest::keyClick(w.get(), Qt::Key_PageDown); // the long German title is running
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-base-backup"_s});
        QTRY_VERIFY(allShownWhole());
        const int titleWidth = w->outline()->columnWidth(RunbookModel::TitleColumn);
        w->skipCurrentWithReason(u"the staging backup is yesterday's anyway"_s);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"replay-wal"_s});
        QCoreApplication::processEvents();
        QVERIFY(allShownWhole());
        QCOMPARE_GE(w->outline()->columnWidth(RunbookModel::TitleColumn), titleWidth);
        const QModelIndex longTitle = model->indexOfStep(u"restore-base-backup"_s);
        QVERIFY(longTitle.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(w->runbook().findStep(u"restore-base-backup"_s)->title));
    }

    void skipNeedsAReasonAndStartsTheNext()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_F5);
        w->skipCurrentWithReason(QString());
        QCOMPARE(w->engine()->stepStatus(u"provision"_s), StepStatus::Running);
        w->skipCurrentWithReason(u"VM was already there"_s);
        QCOMPARE(w->engine()->stepStatus(u"provision"_s), StepStatus::Skipped);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
        const QList<DrillEvent> events = storedEvents(*w);
        QCOMPARE(events[2].kind, DrillEvent::Kind::StepSkipped);
        QCOMPARE(events[2].reason(), u"VM was already there"_s);
    }

    void observationEntryLogsWithoutStealingKeys()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_N);
        QVERIFY(w->observationEntry()->hasFocus());
        // Letters that are shortcuts elsewhere type into the entry.
        QTest::keyClicks(w->observationEntry(), u"DNS record is missing, paste ok"_s);
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        QTest::keyClick(w->observationEntry(), Qt::Key_Return);
        QCOMPARE(w->observationEntry()->text(), QString());
        const QList<DrillEvent> events = storedEvents(*w);
        QCOMPARE(events.last().kind, DrillEvent::Kind::Observation);
        QCOMPARE(events.last().text(), u"DNS record is missing, paste ok"_s);
        QVERIFY(visibleText(w->audienceWindow()).contains(u"DNS record is missing"_s));
    }

    // A window manager gives the projector window the keyboard when it opens (offscreen does
    // too): the clicker's keys still drive the drill there, and N types into the console.
    void clickerKeysWorkWhileTheProjectorHasTheKeyboard()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_F5);
        AudienceWindow *projector = w->audienceWindow();
        QTRY_VERIFY(projector->isActiveWindow());
        QTest::keyClick(projector, Qt::Key_PageDown);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
        QTest::keyClick(projector, Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Paused);
        QTest::keyClick(projector, Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        QTest::keyClick(projector, Qt::Key_B);
        QVERIFY(projector->isBlanked());
        QTest::keyClick(projector, Qt::Key_Period);
        QVERIFY(!projector->isBlanked());

        QTest::keyClick(projector, Qt::Key_N);
        QTRY_VERIFY(w->isActiveWindow());
        QVERIFY(w->observationEntry()->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"typed while the room watched"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(storedEvents(*w).last().text(), u"typed while the room watched"_s);
    }

    void quickEntryPrefixesAndTheLogFilter()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_N);
        QTest::keyClicks(w->observationEntry(), u"! @dana efs is so slow"_s);
        QTest::keyClick(w->observationEntry(), Qt::Key_Return);
        QTest::keyClick(w.get(), Qt::Key_N); // Enter gave the keys back to the drill
        QTest::keyClicks(w->observationEntry(), u"+ name instances after their purpose"_s);
        QTest::keyClick(w->observationEntry(), Qt::Key_Return);
        QTest::keyClick(w.get(), Qt::Key_N);
        QTest::keyClicks(w->observationEntry(), u"@"_s);
        QTest::keyClick(w->observationEntry(), Qt::Key_Return); // refused: stays typed
        QCOMPARE(w->observationEntry()->text(), u"@"_s);

        const QList<DrillEvent> events = storedEvents(*w);
        QCOMPARE(events.size(), 4); // started, step-started, two observations
        QCOMPARE(events[2].category(), u"issue"_s);
        QCOMPARE(events[2].author, u"dana"_s);
        QCOMPARE(events[2].text(), u"efs is so slow"_s);
        QCOMPARE(events[2].stepId, u"provision"_s); // linked to the step that was running
        QCOMPARE(events[3].category(), u"action-item"_s);
        QCOMPARE(events[3].author, u"Fran"_s);
        QVERIFY(visibleText(w->audienceWindow()).contains(u"! efs is so slow"_s));

        auto *category = w->findChild<QComboBox *>(u"logCategory"_s);
        QVERIFY(category);
        category->setCurrentIndex(category->findData(u"issue"_s));
        QCOMPARE(w->logModel()->rowCount(), 1);
        category->setCurrentIndex(category->findData(u"observations"_s));
        QCOMPARE(w->logModel()->rowCount(), 2);
        category->setCurrentIndex(0);
        QCOMPARE(w->logModel()->rowCount(), 4);
    }

    // The projector window is built when first needed; built in the middle of a drill, it
    // shows the drill as it is, not as it was at start-up.
    void projectorBuiltMidDrillShowsTheDrillAsItIs()
    {
        auto w = newConsole();
        QVERIFY(!w->findChild<AudienceWindow *>()); // not built at start-up
        DrillEngine *e = w->engine();
        QVERIFY(e->start().committed());
        QVERIFY(e->startStep(e->nextStep()).committed());
        QVERIFY(!w->findChild<AudienceWindow *>()); // nobody asked for it yet
        const auto running = w->audienceWindow()->state().runningSteps;
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.constFirst().id, e->currentSteps().value(0));
        QCOMPARE(running.constFirst().title, u"Provision the VM"_s);
    }

    void f7ShowsAndHidesTheProjector()
    {
        MainWindow w; // no drill yet: the facilitator checks the projector before starting
        QVERIFY(w.openRunbook(runbookPath));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F7);
        auto *projector = w.findChild<AudienceWindow *>();
        QVERIFY(projector);
        QTRY_VERIFY(projector->isVisible());
        // The console's clocks give the same objective before the drill.
        QCOMPARE(w.clockPanel()->rtoText(), u"RTO target 1:00:00"_s);
        // Built before any drill, it shows the runbook about to be drilled.
        QCOMPARE(projector->state().runbookTitle, w.runbook().title);
        QCOMPARE(projector->state().stepsTotal, int(w.runbook().allSteps().size()));
        QTest::keyClick(&w, Qt::Key_F7);
        QTRY_VERIFY(!projector->isVisible());
    }

    void projectorNeverShowsSecrets()
    {
        auto w = newConsole();
        AudienceWindow *audience = w->audienceWindow();
        auto secretsShown = [&] {
            const QString text = visibleText(audience);
            return text.contains(u"SECRET-SCENARIO"_s) || text.contains(u"SECRET-NOTE"_s) ||
                   text.contains(u"SECRET-STEP-NOTE"_s) || text.contains(u"SECRET-INJECT"_s);
        };
        QVERIFY(!secretsShown());
        QTest::keyClick(w.get(), Qt::Key_F5);
        QVERIFY(visibleText(audience).contains(u"Provision the VM"_s));
        QVERIFY(!secretsShown());
        // The console shows the scenario to the facilitator...
        QVERIFY(visibleText(w.get()).contains(u"SECRET-SCENARIO"_s));
        // ...and revealing the inject puts its title, never its note, on the projector.
        QTest::keyClick(w.get(), Qt::Key_I, Qt::ControlModifier);
        const QString shown = visibleText(audience);
        QVERIFY(shown.contains(u"SECRET-INJECT Amazon S3 is down"_s));
        QVERIFY(!shown.contains(u"SECRET-NOTE"_s));
        QVERIFY(!shown.contains(u"SECRET-SCENARIO"_s));
        QVERIFY(!shown.contains(u"The driver has to leave"_s));
        QCOMPARE(storedEvents(*w).last().kind, DrillEvent::Kind::InjectRevealed);
        // A note pinned to a step reaches the projector only when the facilitator says so.
        QVERIFY(w->annotateStep(u"provision"_s, u"SECRET-ANNOTATION root password"_s, false));
        QVERIFY(w->stepView()->annotationText().contains(u"SECRET-ANNOTATION"_s));
        QVERIFY(!visibleText(audience).contains(u"SECRET-ANNOTATION"_s));
        QVERIFY(w->annotateStep(u"provision"_s, u"Use the eu-west-1 zone"_s, true));
        QVERIFY(visibleText(audience).contains(u"Use the eu-west-1 zone"_s));
        QVERIFY(w->annotateStep(u"provision"_s, u"SECRET-ANNOTATION again"_s, false));
        QVERIFY(!visibleText(audience).contains(u"SECRET-ANNOTATION"_s));
        QVERIFY(!visibleText(audience).contains(u"eu-west-1"_s));
    }

    void blankingTheProjector()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_B);
        QVERIFY(w->audienceWindow()->isBlanked());
        QTest::keyClick(w.get(), Qt::Key_Period);
        QVERIFY(!w->audienceWindow()->isBlanked());
        QTest::keyClick(w.get(), Qt::Key_B);
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(!w->audienceWindow()->isBlanked());
    }

    void rejectedEventsLeaveTheLogUntouched()
    {
        auto w = newConsole();
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_P);
        const int before = int(storedEvents(*w).size());
        QTest::keyClick(w.get(), Qt::Key_PageDown); // paused: completing is refused
        selectStep(*w, u"smoke"_s);
        QTest::keyClick(w.get(), Qt::Key_R); // dependencies not done: refused
        QCOMPARE(int(storedEvents(*w).size()), before);
    }

    void resumesAfterRestartWithTheRightElapsedTime()
    {
        QString dbPath;
        qint64 drillId = 0;
        {
            auto w = newConsole(&dbPath);
            qint64 now = QDateTime::currentMSecsSinceEpoch() - 10 * 60000; // 10 min ago
            w->session()->setClock([&now] { return now; });
            QTest::keyClick(w.get(), Qt::Key_F5);
            now += 5 * 60000;
            QTest::keyClick(w.get(), Qt::Key_PageDown);
            drillId = w->engine()->drill().id;
        } // the window and its lock are gone, as after a crash or a quit
        auto session = DrillSession::open(dbPath);
        QVERIFY2(session, qPrintable(session.error().message));
        MainWindow w(std::move(session).value());
        w.show();
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(w.offerResume());
        QCOMPARE(w.engine()->drill().id, drillId);
        QCOMPARE(w.engine()->currentSteps(), QStringList{u"restore-db"_s});
        // Started ten minutes ago by the wall clock: the stopwatch says so.
        QVERIFY2(w.clockPanel()->totalText().startsWith(u"10:0"_s),
                 qPrintable(w.clockPanel()->totalText()));
    }

    void switchesDatabasesAndRemembersTheChoice()
    {
        auto w = newConsole();
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QTest::keyClick(w.get(), Qt::Key_F5);
        QVERIFY(!w->openDatabase(other));       // a drill is running: refused
        answerNextMessageBox(QMessageBox::Yes); // "1 step still running. Finish anyway?"
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Finished);
        QVERIFY(w->openDatabase(other));
        QCOMPARE(w->session()->databasePath(), other);
        QCOMPARE(w->engine(), nullptr);
        QCOMPARE(DatabasePath::resolve({}), other);
        DatabasePath::remember(DatabasePath::defaultPath());
        QCOMPARE(DatabasePath::resolve({}), DatabasePath::defaultPath());
    }

    void ctrlEExportsTheCurrentDrillsReport()
    {
        auto w = newConsole();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        auto *dialog = w->findChild<ReportExportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->drillId(), w->engine()->drill().id);
        QVERIFY(dialog->preview()->toPlainText().contains(u"(hidden until the drill ends)"_s));
        dialog->close();
    }

    // Whole rows, keys and action: a lone "S" or "." would be found in other rows' keys.
    void cheatSheetListsEveryClickerKey()
    {
        auto w = newConsole();
        ShortcutCheatSheet sheet(w->drillActions());
        const QStringList rows = sheet.rows();
        for (const QString &row :
             {u"F5, Shift+F5\tStart or Resume Drill"_s,
              u"PgDown, Space, Right\tComplete Step and Start Next"_s,
              u"PgUp, Left\tReopen Previous Step (mis-click)"_s, u"P\tPause or Resume"_s,
              u"S\tSkip Step…"_s, u"N\tLog Observation"_s, u"B, .\tBlank Projector"_s,
              u"Esc\tLeave Entry or Unblank"_s, u"Ctrl+Return, Ctrl+Enter\tFinish Drill"_s,
              u"F1\tKeyboard Shortcuts"_s, u"Ctrl+E\tExport Report…"_s})
            QVERIFY2(rows.contains(row), qPrintable(row + u"\nnot in\n"_s + rows.join(u'\n')));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
