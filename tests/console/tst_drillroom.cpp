// The console in the room, driven from the keyboard as a facilitator does (issue 16): the
// outline's clock, one RTO countdown in both windows, Page Down beside parallel work, the
// projector after a resume, the start dialog's fields, quitting mid-drill, and the keys after
// an observation. Every key goes to the widget that has the keyboard, as a real one's does.
#include "audiencewindow.h"
#include "drillclockpanel.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogmodel.h"
#include "mainwindow.h"
#include "runbookmodel.h"
#include "startdrilldialog.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::visibleText;
using WidgetTestSupport::whenModalOpens;

namespace {
const QString consoleRunbook = QStringLiteral(DRILLDECK_FIXTURES "/console-drill.yaml");
const QString parallelRunbook = QStringLiteral(DRILLDECK_FIXTURES "/parallel-drill.yaml");

// "RTO left 0:59:57" as seconds.
int rtoSecondsLeft(const QString &text)
{
    const QStringList parts = text.section(u' ', -1).split(u':');
    int seconds = 0;
    for (const QString &part : parts)
        seconds = seconds * 60 + part.toInt();
    return seconds;
}
} // namespace

class TestDrillRoom : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<MainWindow> console(const QString &runbook, QString *dbPath = nullptr,
                                        bool withDrill = true)
    {
        const QString path = dbPath && !dbPath->isEmpty()
                                 ? *dbPath
                                 : m_dir.filePath(u"room-%1.sqlite"_s.arg(++m_counter));
        if (dbPath)
            *dbPath = path;
        auto session = DrillSession::open(path);
        if (!session)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(session.error().message));
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("console not active");
        if (!runbook.isEmpty() && !w->openRunbook(runbook))
            qFatal("fixture runbook does not open");
        if (withDrill) {
            Drill drill;
            drill.environment = u"test"_s;
            drill.facilitator = u"Fran"_s;
            if (!w->createDrill(drill))
                qFatal("cannot create a drill");
        }
        w->outline()->setFocus();
        return w;
    }

    // In the start dialog: New environment…, the name typed, Enter; confirm answers the
    // question that follows.
    static void newEnvironment(QWidget *dialog, const QString &name,
                               std::function<void(QMessageBox *)> confirm)
    {
        whenModalOpens<QInputDialog>(
            dialog, [dialog, name, confirm = std::move(confirm)](QInputDialog *input) {
                auto *line = input->findChild<QLineEdit *>();
                QVERIFY(line);
                QTest::keyClicks(line, name);
                whenModalOpens<QMessageBox>(dialog, confirm);
                QTest::keyClick(line, Qt::Key_Return);
            });
        // Clicked: Alt+N does the same (checked under Xvfb), but QTest's Alt press to a focused
        // combo box does not always reach the button's mnemonic.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"newEnvironment"_s), Qt::LeftButton);
    }

    static QString cell(MainWindow &w, const QString &stepId, int column)
    {
        auto *model = qobject_cast<RunbookModel *>(w.outline()->model());
        return model->indexOfStep(stepId).siblingAtColumn(column).data().toString();
    }

    static QList<DrillEvent> stored(MainWindow &w)
    {
        return w.session()->drills().events(w.engine()->drill().id).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false); // a test closes the console on purpose
        QVERIFY(m_dir.isValid());
    }

    // Item 3: the running step's Actual cell counts up with the step clock above it.
    void actualColumnCountsUpWithTheStepClock()
    {
        auto w = console(consoleRunbook);
        press(w.get(), Qt::Key_F5);
        QCOMPARE(cell(*w, u"provision"_s, RunbookModel::ActualColumn), u"0:00"_s);
        QTRY_VERIFY_WITH_TIMEOUT(cell(*w, u"provision"_s, RunbookModel::ActualColumn) != u"0:00"_s,
                                 5000);
        // On the same wake-up as the clocks: they agree.
        const QString actual = cell(*w, u"provision"_s, RunbookModel::ActualColumn);
        const QString clock = w->clockPanel()->stepTexts().value(0);
        QVERIFY2(clock.startsWith(u"Provision the VM: "_s + actual + u" / "_s),
                 qPrintable(actual + u" against "_s + clock));
        QCOMPARE(cell(*w, u"restore-db"_s, RunbookModel::ActualColumn), QString());
    }

    // Item 4: the RTO is wall-clock time, so it counts down through a pause, in the console as
    // on the projector, and the console does not jump when the drill resumes.
    void rtoCountsDownThroughAPauseInBothWindows()
    {
        auto w = console(consoleRunbook);
        press(w.get(), Qt::Key_F5);
        auto *projectorRto = w->audienceWindow()->findChild<QLabel *>(u"rtoClock"_s);
        QVERIFY(projectorRto);
        QTRY_COMPARE(w->clockPanel()->rtoText(), u"RTO left "_s + projectorRto->text());
        press(w.get(), Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Paused);
        const QString atPause = w->clockPanel()->rtoText();
        const QString totalAtPause = w->clockPanel()->totalText();
        QVERIFY2(atPause.startsWith(u"RTO left "_s), qPrintable(atPause));
        QTRY_VERIFY_WITH_TIMEOUT(w->clockPanel()->rtoText() != atPause, 5000);
        QTRY_COMPARE(w->clockPanel()->rtoText(), u"RTO left "_s + projectorRto->text());
        QCOMPARE(w->clockPanel()->totalText(), totalAtPause); // the drill clock stands still
        const int beforeResume = rtoSecondsLeft(w->clockPanel()->rtoText());
        press(w.get(), Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        const int afterResume = rtoSecondsLeft(w->clockPanel()->rtoText());
        QVERIFY2(qAbs(afterResume - beforeResume) <= 1,
                 qPrintable(u"%1 s before, %2 s after"_s.arg(beforeResume).arg(afterResume)));
    }

    // Item 5: Page Down completes the step and starts the next ready one even while another
    // step runs in parallel; the console and the projector say which steps are ready.
    void pageDownStartsTheNextReadyStepBesideParallelWork()
    {
        auto w = console(parallelRunbook);
        AudienceWindow *projector = w->audienceWindow();
        press(w.get(), Qt::Key_F5);
        press(w.get(), Qt::Key_PageDown); // prepare done: restore-db starts
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
        QCOMPARE(cell(*w, u"warm-cache"_s, RunbookModel::StatusColumn), u"▷ next"_s);
        QCOMPARE(cell(*w, u"migrate"_s, RunbookModel::StatusColumn), QString()); // waits
        QCOMPARE(projector->state().readyStepTitles, QStringList{u"Warm the cache"_s});
        QVERIFY(visibleText(projector).contains(u"UP NEXT · READY TO START"_s));

        // Arrow down to warm-cache, R runs it in parallel; arrow back up to restore-db.
        QCOMPARE(QApplication::focusWidget(), w->outline());
        press(w.get(), Qt::Key_Down);
        QCOMPARE(w->focusedStep(), u"warm-cache"_s);
        press(w.get(), Qt::Key_R);
        QCOMPARE(w->engine()->currentSteps(), (QStringList{u"restore-db"_s, u"warm-cache"_s}));
        press(w.get(), Qt::Key_Up);
        QCOMPARE(w->focusedStep(), u"restore-db"_s);

        press(w.get(), Qt::Key_PageDown); // restore-db done: migrate starts beside warm-cache
        QCOMPARE(w->engine()->stepStatus(u"restore-db"_s), StepStatus::Done);
        QCOMPARE(w->engine()->currentSteps(), (QStringList{u"warm-cache"_s, u"migrate"_s}));
        QCOMPARE(w->focusedStep(), u"migrate"_s);
        QCOMPARE(projector->state().runningSteps.value(0).id, u"migrate"_s);

        press(w.get(), Qt::Key_PageDown); // migrate done: smoke waits for warm-cache
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"warm-cache"_s});
        QCOMPARE(w->focusedStep(), u"warm-cache"_s);
        QCOMPARE(cell(*w, u"smoke"_s, RunbookModel::StatusColumn), QString());
        QVERIFY(projector->state().readyStepTitles.isEmpty());
        QCOMPARE(projector->state().nextStepTitle, u"Run the smoke checks"_s);
        QVERIFY(!visibleText(projector).contains(u"READY TO START"_s));

        press(w.get(), Qt::Key_PageDown); // warm-cache done: smoke starts
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"smoke"_s});
    }

    // Item 6: a drill resumed at start-up, or with Shift+F5, brings the projector back.
    void theProjectorComesBackAfterAResume()
    {
        QString db;
        {
            auto w = console(consoleRunbook, &db);
            press(w.get(), Qt::Key_F5);
            QTRY_VERIFY(w->audienceWindow()->isVisible());
        } // DrillDeck quit (or crashed) in the middle of the drill
        auto session = DrillSession::open(db);
        QVERIFY2(session, qPrintable(session.error().message));
        MainWindow w(std::move(session).value());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        whenModalOpens<QMessageBox>(
            &w, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(w.offerResume());
        auto *projector = w.findChild<AudienceWindow *>();
        QVERIFY(projector);
        QTRY_VERIFY(projector->isVisible());
        QCOMPARE(projector->state().runningSteps.value(0).title, u"Provision the VM"_s);

        press(&w, Qt::Key_F7); // hidden for a while
        QTRY_VERIFY(!projector->isVisible());
        press(&w, Qt::Key_P);
        QCOMPARE(w.engine()->state(), Drill::State::Paused);
        press(&w, Qt::Key_F5, Qt::ShiftModifier);
        QCOMPARE(w.engine()->state(), Drill::State::Running);
        QTRY_VERIFY(projector->isVisible());
    }

    // Item 7: Enter without a facilitator puts the keyboard in the facilitator's field; the
    // environment is picked from the list, and a new one is added only on purpose, confirmed.
    void startDialogFocusesTheMissingFieldAndNeverInventsAnEnvironment()
    {
        auto w = console(consoleRunbook, nullptr, false);
        QString warning;
        bool typedIntoFacilitator = false;
        whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
            auto *facilitator = dialog->findChild<QLineEdit *>(u"facilitator"_s);
            QVERIFY(facilitator);
            QVERIFY(facilitator->text().isEmpty()); // nobody ran a drill before
            whenModalOpens<QMessageBox>(dialog, [&](QMessageBox *box) {
                warning = box->text();
                QTest::keyClick(box, Qt::Key_Return);
            });
            press(dialog, Qt::Key_Return);
            // The keyboard goes back to the field that is missing when the dialog is active.
            QCOMPARE(dialog->focusWidget(), facilitator);
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QCOMPARE(QApplication::focusWidget(), facilitator);
            QTest::keyClicks(QApplication::focusWidget(), u"Sam"_s);
            typedIntoFacilitator = facilitator->text() == u"Sam"_s;
            press(dialog, Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        press(w.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(warning.contains(u"facilitator"_s), qPrintable(warning));
        QVERIFY(typedIntoFacilitator);
        QVERIFY(w->engine());
        QCOMPARE(w->engine()->drill().facilitator, u"Sam"_s);
        QCOMPARE(w->engine()->drill().environment, u"test"_s);

        // The next drill: the facilitator is the last one; letters typed in the environment
        // pick from the list, never make a new environment.
        QString lastFacilitator;
        QStringList afterTyping;
        QString nearMissQuestion;
        QStringList afterNearMiss;
        whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
            lastFacilitator = dialog->findChild<QLineEdit *>(u"facilitator"_s)->text();
            auto *environment = dialog->findChild<QComboBox *>(u"environment"_s);
            environment->setFocus();
            QTest::keyClicks(environment, u"stagingSam"_s);
            afterTyping = dialog->environments() << environment->currentText();

            // New environment… (Alt+N) with a near miss of one that exists: No is the default.
            newEnvironment(dialog, u"prodution"_s, [&](QMessageBox *box) {
                nearMissQuestion = box->text() + u'\n' + box->informativeText();
                QTest::keyClick(box, Qt::Key_Return);
            });
            QTRY_VERIFY(!nearMissQuestion.isEmpty());
            QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
            afterNearMiss = dialog->environments();

            // Meant: a new one, confirmed, is added and picked.
            newEnvironment(dialog, u"staging"_s,
                           [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            QTRY_COMPARE(environment->currentText(), u"staging"_s);
            QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
            press(dialog, Qt::Key_Return);
            QTRY_VERIFY(!dialog->isVisible());
        });
        press(w.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(lastFacilitator, u"Sam"_s);
        QCOMPARE(afterTyping.mid(0, 2), (QStringList{u"test"_s, u"production"_s}));
        QCOMPARE(afterTyping.size(), 3); // no third environment appeared
        QVERIFY2(afterTyping.mid(0, 2).contains(afterTyping.last()),
                 qPrintable(afterTyping.last()));
        QVERIFY2(nearMissQuestion.contains(u"“prodution” looks like “production”"_s),
                 qPrintable(nearMissQuestion));
        QCOMPARE(afterNearMiss, (QStringList{u"test"_s, u"production"_s}));
        QCOMPARE(w->engine()->drill().environment, u"staging"_s);
        QCOMPARE(w->engine()->drill().facilitator, u"Sam"_s);
    }

    // Item 8: Ctrl+Q in the middle of a drill asks (Cancel keeps the room's projector); a
    // console with no drill going on, or closed by the program, closes without a question.
    void quittingMidDrillAsksFirst()
    {
        auto w = console(consoleRunbook);
        press(w.get(), Qt::Key_F5);
        AudienceWindow *projector = w->audienceWindow();
        QTRY_VERIFY(projector->isVisible());
        QString question;
        whenModalOpens<QMessageBox>(w.get(), [&](QMessageBox *box) {
            question = box->text() + u'\n' + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        press(w.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY2(question.contains(u"resumed later"_s), qPrintable(question));
        QVERIFY(w->isVisible());
        QVERIFY(projector->isVisible());
        QCOMPARE(w->engine()->state(), Drill::State::Running);

        press(w.get(), Qt::Key_P); // paused: asked as well; Quit quits
        question.clear();
        whenModalOpens<QMessageBox>(w.get(), [&](QMessageBox *box) {
            question = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        press(w.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY2(question.contains(u"paused"_s), qPrintable(question));
        QVERIFY(!w->isVisible());
        QVERIFY(!projector->isVisible());
        QCOMPARE(w->engine()->state(), Drill::State::Paused); // as it was, to resume
    }

    void quittingWithoutADrillGoingOnAsksNothing()
    {
        bool asked = false;
        auto idle = console(consoleRunbook); // created, not started
        whenModalOpens<QMessageBox>(idle.get(), [&asked](QMessageBox *box) {
            asked = true;
            box->reject();
        });
        press(idle.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!idle->isVisible());
        // Running, closed by the program (a termination signal): no question either.
        auto running = console(consoleRunbook);
        whenModalOpens<QMessageBox>(running.get(), [&asked](QMessageBox *box) {
            asked = true;
            box->reject();
        });
        press(running.get(), Qt::Key_F5);
        running->closeWithoutAsking();
        QVERIFY(!running->isVisible());
        QVERIFY(!asked);
        QCOMPARE(running->engine()->state(), Drill::State::Running);
    }

    // Item 9: after Enter logs an observation the keys drive the drill again (N is one key
    // away); a line refused keeps the keyboard to be corrected.
    void theKeysDriveTheDrillAgainAfterAnObservation()
    {
        auto w = console(consoleRunbook);
        press(w.get(), Qt::Key_F5);
        press(w.get(), Qt::Key_N);
        QCOMPARE(QApplication::focusWidget(), w->observationEntry());
        QTest::keyClicks(w->observationEntry(), u"DNS record is missing"_s);
        press(w.get(), Qt::Key_Return);
        QCOMPARE(stored(*w).constLast().text(), u"DNS record is missing"_s);
        press(w.get(), Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Paused);
        QCOMPARE(w->observationEntry()->text(), QString());
        press(w.get(), Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        press(w.get(), Qt::Key_N);
        QCOMPARE(QApplication::focusWidget(), w->observationEntry());
        QTest::keyClicks(w->observationEntry(), u"@"_s);
        press(w.get(), Qt::Key_Return); // refused: who said it, but nothing said
        QCOMPARE(QApplication::focusWidget(), w->observationEntry());
        QCOMPARE(w->observationEntry()->text(), u"@"_s);
    }

    // Item 9: in the edit dialog's category list a letter picks the category.
    void aLetterPicksTheCategoryInTheEditDialog()
    {
        auto w = console(consoleRunbook);
        press(w.get(), Qt::Key_F5);
        press(w.get(), Qt::Key_N);
        QTest::keyClicks(w->observationEntry(), u"EFS is slow"_s);
        press(w.get(), Qt::Key_Return);
        const qint64 id = stored(*w).constLast().id;
        QAbstractItemModel *log = w->logView()->model();
        for (int row = 0; row < log->rowCount(); ++row)
            if (log->index(row, 0).data(EventLogModel::EventIdRole).toLongLong() == id)
                w->logView()->setCurrentIndex(log->index(row, 0));

        const QList<std::pair<Qt::Key, QString>> letters = {
            {Qt::Key_Q, u"question"_s}, {Qt::Key_A, u"action-item"_s}, {Qt::Key_I, u"issue"_s}};
        for (const auto &[key, category] : letters) {
            QString picked;
            const bool keep = category == u"issue"_s;
            whenModalOpens<QDialog>(w.get(), [&, key = key, keep](QDialog *dialog) {
                QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
                press(dialog, Qt::Key_Tab); // from the text to the category
                auto *list = dialog->findChild<QComboBox *>(u"category"_s);
                QCOMPARE(QApplication::focusWidget(), list);
                press(dialog, key);
                picked = list->currentData().toString();
                press(dialog, keep ? Qt::Key_Return : Qt::Key_Escape);
            });
            w->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(w.get()));
            w->logView()->setFocus();
            press(w.get(), Qt::Key_F2);
            QCOMPARE(picked, category);
        }
        const DrillEvent edit = stored(*w).constLast();
        QCOMPARE(edit.kind, DrillEvent::Kind::ObservationEdited);
        QCOMPARE(edit.category(), u"issue"_s);
    }
};

QTEST_MAIN(TestDrillRoom)
#include "tst_drillroom.moc"
