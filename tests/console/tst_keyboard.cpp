// The keys of the README's keyboard list that no other console test presses, each pressed on
// the real console (QTest::keyClick, dialogs answered by keys) and its effect checked where the
// user would see it: the store's event log, the outline, the settings, the clipboard.
#include "actionitemsdialog.h"
#include "actionitemstore.h"
#include "audiencewindow.h"
#include "consoletestsupport.h"
#include "consoletheme.h"
#include "databasepath.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogmodel.h"
#include "injectspanel.h"
#include "mainwindow.h"
#include "observationeditdialog.h"
#include "observationentry.h"
#include "projectorsettings.h"
#include "runbookmodel.h"
#include "shortcutcheatsheet.h"
#include "stepdetailview.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::typeIntoNextDialog;
using WidgetTestSupport::whenModalOpens;

namespace {
const QString consoleDrill = QStringLiteral(DRILLDECK_FIXTURES "/console-drill.yaml");
const QString jenkins = QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");

// Selects a step in the outline as the facilitator does: Home, then Down until it is current.
void selectByKeys(MainWindow &w, const QString &stepId)
{
    w.outline()->setFocus();
    QTest::keyClick(w.outline(), Qt::Key_Home);
    for (int i = 0; i < 200 && w.focusedStep() != stepId; ++i)
        QTest::keyClick(w.outline(), Qt::Key_Down);
    QCOMPARE(w.focusedStep(), stepId);
}

QStringList stepOrder(const Runbook &runbook, const QString &phaseId)
{
    QStringList ids;
    for (const Phase &p : runbook.phases)
        if (p.id == phaseId)
            for (const Step &s : p.steps)
                ids << s.id;
    return ids;
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<MainWindow> console(const QString &runbook = consoleDrill, bool newDrill = true)
    {
        auto w = ConsoleTestSupport::openConsole(
            m_dir.filePath(u"keys-%1.sqlite"_s.arg(++m_databases)), runbook);
        if (newDrill)
            ConsoleTestSupport::createDrill(*w);
        return w;
    }

    static QList<DrillEvent> stored(MainWindow &w)
    {
        return w.session()->drills().events(w.engine()->drill().id).value();
    }

    // An observation as typed: N, unless the entry has the keys already (after the last one).
    static void observe(MainWindow &w, const QString &line)
    {
        if (!w.observationEntry()->hasFocus())
            press(&w, Qt::Key_N);
        QTest::keyClicks(w.observationEntry(), line);
        QTest::keyClick(w.observationEntry(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // Shift+F5, the other key clickers send for F5: starts the drill, and resumes it.
    void shiftF5StartsAndResumes()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5, Qt::ShiftModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"provision"_s});
        press(w.get(), Qt::Key_P);
        QCOMPARE(w->engine()->state(), Drill::State::Paused);
        press(w.get(), Qt::Key_F5, Qt::ShiftModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Running);
        QStringList kinds;
        for (const DrillEvent &e : stored(*w))
            kinds << DrillEvent::kindName(e.kind);
        QCOMPARE(kinds, (QStringList{u"started"_s, u"step-started"_s, u"paused"_s, u"resumed"_s}));
    }

    // Left reopens, Insert starts in parallel, D completes the selected step, K blocks (with
    // a reason) and unblocks, S skips with a reason and starts the next.
    void stepKeys()
    {
        auto w = console();
        DrillEngine *e = w->engine();
        press(w.get(), Qt::Key_F5);
        press(w.get(), Qt::Key_PageDown);
        QCOMPARE(e->currentSteps(), QStringList{u"restore-db"_s});
        press(w.get(), Qt::Key_Left); // a mis-click: provision runs again, restore-db never ran
        QCOMPARE(e->stepStatus(u"provision"_s), StepStatus::Running);
        QCOMPARE(e->stepStatus(u"restore-db"_s), StepStatus::NotStarted);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::StepReopened);
        QCOMPARE(stored(*w).constLast().reason(), u"mis-click"_s);
        press(w.get(), Qt::Key_PageDown);

        selectByKeys(*w, u"deploy-app"_s);
        press(w.get(), Qt::Key_Insert);
        QCOMPARE(e->currentSteps(), QStringList({u"restore-db"_s, u"deploy-app"_s}));
        press(w.get(), Qt::Key_D); // deploy-app is still selected
        QCOMPARE(e->stepStatus(u"deploy-app"_s), StepStatus::Done);
        QCOMPARE(e->currentSteps(), QStringList{u"restore-db"_s});

        typeIntoNextDialog(w.get(), u"waiting for the DBA"_s);
        press(w.get(), Qt::Key_K);
        QCOMPARE(e->stepStatus(u"restore-db"_s), StepStatus::Blocked);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::StepBlocked);
        QCOMPARE(stored(*w).constLast().reason(), u"waiting for the DBA"_s);
        press(w.get(), Qt::Key_K);
        QCOMPARE(e->stepStatus(u"restore-db"_s), StepStatus::Running);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::StepUnblocked);

        typeIntoNextDialog(w.get(), u"restored by the nightly job"_s);
        press(w.get(), Qt::Key_S);
        QCOMPARE(e->stepStatus(u"restore-db"_s), StepStatus::Skipped);
        QCOMPARE(e->currentSteps(), QStringList{u"smoke"_s});
        const QList<DrillEvent> events = stored(*w);
        const DrillEvent skipped = events[events.size() - 2];
        QCOMPARE(skipped.kind, DrillEvent::Kind::StepSkipped);
        QCOMPARE(skipped.stepId, u"restore-db"_s);
        QCOMPARE(skipped.reason(), u"restored by the nightly job"_s);
    }

    // W marks "now we only wait" on the running step and back; the outline, the status bar and
    // the projector say it; the step's end ends the wait, and the report's split counts it.
    void wTogglesWaitingOnTheRunningStep()
    {
        auto w = console();
        DrillEngine *e = w->engine();
        press(w.get(), Qt::Key_W); // before the start: nothing runs, nothing is logged
        QCOMPARE(stored(*w).size(), 0);
        press(w.get(), Qt::Key_F5);
        QCOMPARE(e->currentSteps(), QStringList{u"provision"_s});
        press(w.get(), Qt::Key_W);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::WaitStarted);
        QCOMPARE(stored(*w).constLast().stepId, u"provision"_s);
        QVERIFY(w->statusMessage().startsWith(
            u"Now only waiting on a machine in “Provision the VM”"_s));
        const QModelIndex status = w->outline()->model()->index(0, RunbookModel::StatusColumn,
                                                                w->outline()->model()->index(0, 0));
        QCOMPARE(status.data().toString(), u"◷ waiting"_s);
        QVERIFY(w->audienceWindow()->state().runningSteps.constFirst().waiting);
        press(w.get(), Qt::Key_W);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::WaitEnded);
        QCOMPARE(status.data().toString(), u"▶ running"_s);
        QVERIFY(!w->audienceWindow()->state().runningSteps.constFirst().waiting);
        press(w.get(), Qt::Key_W);
        press(w.get(), Qt::Key_PageDown); // done: the wait ends with the step
        QVERIFY(!e->isWaiting(u"provision"_s));
        QCOMPARE(e->currentSteps(), QStringList{u"restore-db"_s});
        QStringList kinds;
        for (const DrillEvent &ev : stored(*w))
            kinds << DrillEvent::kindName(ev.kind);
        QCOMPARE(kinds,
                 (QStringList{u"started"_s, u"step-started"_s, u"wait-started"_s, u"wait-ended"_s,
                              u"wait-started"_s, u"step-done"_s, u"step-started"_s}));
    }

    // Drill › Start Ready Steps Automatically: remembered; once on, a step done starts every
    // step that depends on it and is ready (restore-db and deploy-app both wait for provision).
    void autoStartOptionStartsDependentsAndIsRemembered()
    {
        {
            auto w = console();
            auto *option = w->findChild<QAction *>(u"autoStartReady"_s);
            QVERIFY(option);
            QVERIFY(option->isCheckable());
            QVERIFY(!option->isChecked());
            option->trigger();
            QVERIFY(QSettings().value(u"drill/autoStartReadySteps"_s).toBool());
            DrillEngine *e = w->engine();
            press(w.get(), Qt::Key_F5);
            press(w.get(), Qt::Key_PageDown);
            QCOMPARE(e->currentSteps(), (QStringList{u"restore-db"_s, u"deploy-app"_s}));
            QVERIFY(w->statusMessage().startsWith(u"Started automatically: "_s));
        }
        auto w = console(); // a new console remembers it
        auto *option = w->findChild<QAction *>(u"autoStartReady"_s);
        QVERIFY(option->isChecked());
        option->trigger(); // off again: later tests start steps by hand
        QVERIFY(!QSettings().value(u"drill/autoStartReadySteps"_s).toBool());
        press(w.get(), Qt::Key_F5);
        press(w.get(), Qt::Key_PageDown);
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"restore-db"_s});
    }

    // An inject whose `after:` step is done cues the facilitator, in the console only; Ctrl+I
    // reveals it.
    void injectCueWhenItsStepIsDone()
    {
        QFile source(consoleDrill);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray yaml = source.readAll();
        yaml.replace("{ id: driver-leaves, title: The driver has to leave }",
                     "{ id: driver-leaves, title: The driver has to leave, after: provision }");
        const QString path = m_dir.filePath(u"cued.yaml"_s);
        QFile cued(path);
        QVERIFY(cued.open(QIODevice::WriteOnly));
        cued.write(yaml);
        cued.close();
        auto w = console(path);
        auto *injects = w->findChild<InjectsPanel *>();
        QVERIFY(injects);
        press(w.get(), Qt::Key_F5);
        QCOMPARE(injects->cue(), QString());
        press(w.get(), Qt::Key_PageDown);
        const QString cue = u"Inject ready: The driver has to leave — reveal with Ctrl+I"_s;
        QCOMPARE(injects->cue(), cue);
        QCOMPARE(w->statusMessage(), cue);
        const AudienceState room = w->audienceWindow()->state();
        QVERIFY(!room.revealedInjects.contains(u"The driver has to leave"_s));
        press(w.get(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::InjectRevealed);
        QCOMPARE(stored(*w).constLast().injectId(), u"driver-leaves"_s);
        QCOMPARE(injects->cue(), QString());
    }

    // The log filters by who said it (chosen with the arrow keys) and by the step selected in
    // the outline ("Selected step only", ticked with Space); the filter follows the selection.
    void theLogFiltersByWhoAndStep()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        observe(*w, u"! @dana efs is so slow"_s);
        observe(*w, u"the VM is up"_s);
        w->outline()->setFocus();         // Esc would do it too
        press(w.get(), Qt::Key_PageDown); // restore-db runs
        observe(*w, u"@sam the backup is two days old"_s);
        QAbstractItemModel *log = w->logModel();
        const int all = log->rowCount();
        QCOMPARE(all, int(stored(*w).size()));
        auto column = [log](int column, int role = Qt::DisplayRole) {
            QStringList out;
            for (int row = 0; row < log->rowCount(); ++row)
                out << log->index(row, column).data(role).toString();
            return out;
        };

        QComboBox *who = nullptr;
        for (QComboBox *box : w->findChildren<QComboBox *>())
            if (box->accessibleName() == u"Filter the log by who"_s)
                who = box;
        QVERIFY(who);
        // Chosen with the arrow keys, as from the keyboard.
        auto choose = [who](const QString &name) {
            who->setFocus();
            QTest::keyClick(who, Qt::Key_Home);
            for (int i = 0; i < who->count() && who->currentText() != name; ++i)
                QTest::keyClick(who, Qt::Key_Down);
            return who->currentText() == name;
        };
        QCOMPARE(who->itemText(0), u"Anyone"_s);
        QVERIFY(choose(u"dana"_s));
        QCOMPARE(column(EventLogModel::WhatColumn), QStringList{u"! efs is so slow"_s});
        QVERIFY(choose(u"sam"_s));
        QCOMPARE(column(EventLogModel::WhatColumn), QStringList{u"the backup is two days old"_s});
        QVERIFY(choose(u"Fran"_s)); // the facilitator: every event of the clock, and a note
        QVERIFY(column(EventLogModel::WhatColumn).contains(u"the VM is up"_s));
        QCOMPARE(column(EventLogModel::AuthorColumn), QStringList(all - 2, u"Fran"_s));
        QVERIFY(choose(u"Anyone"_s));
        QCOMPARE(log->rowCount(), all);

        QCheckBox *stepOnly = nullptr;
        for (QCheckBox *box : w->findChildren<QCheckBox *>())
            if (box->text() == u"Selected step only"_s)
                stepOnly = box;
        QVERIFY(stepOnly);
        selectByKeys(*w, u"provision"_s);
        const qsizetype events = stored(*w).size();
        QTest::keyClick(stepOnly, Qt::Key_Space); // ticks it, and completes no step
        QVERIFY(stepOnly->isChecked());
        QCOMPARE(stored(*w).size(), events);
        // Started, the two observations made while it ran, done: provision's rows only.
        QCOMPARE(column(EventLogModel::WhatColumn, EventLogModel::StepIdRole),
                 QStringList(4, u"provision"_s));
        QVERIFY(column(EventLogModel::WhatColumn).contains(u"the VM is up"_s));
        selectByKeys(*w, u"restore-db"_s); // the filter follows the selection
        QCOMPARE(column(EventLogModel::WhatColumn, EventLogModel::StepIdRole),
                 QStringList(2, u"restore-db"_s));
        QVERIFY(column(EventLogModel::WhatColumn).contains(u"the backup is two days old"_s));
        QTest::keyClick(stepOnly, Qt::Key_Space);
        QCOMPARE(log->rowCount(), all);
        // A click ticks it and leaves the keyboard with the drill: Space completes the step.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->outline()->setFocus();
        QTest::mouseClick(stepOnly, Qt::LeftButton);
        QVERIFY(stepOnly->isChecked());
        QVERIFY(w->outline()->hasFocus());
        QTest::keyClick(w->outline(), Qt::Key_Space);
        QCOMPARE(w->engine()->stepStatus(u"restore-db"_s), StepStatus::Done);
    }

    // Ctrl+D: when the restored data is from (the RPO); a time it cannot read is said, not stored.
    void ctrlDRecordsWhenTheRestoredDataIsFrom()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        const qsizetype before = stored(*w).size();
        QString warning;
        typeIntoNextDialog(w.get(), u"yesterday"_s);
        whenModalOpens<QMessageBox>(w.get(), [&warning](QMessageBox *box) {
            warning = box->text();
            box->close();
        });
        press(w.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(warning, u"“yesterday” is not a time like 2026-11-23 09:30."_s);
        QCOMPARE(stored(*w).size(), before);

        typeIntoNextDialog(w.get(), u"2026-01-02 03:04"_s);
        press(w.get(), Qt::Key_D, Qt::ControlModifier);
        const DrillEvent restored = stored(*w).constLast();
        QCOMPARE(restored.kind, DrillEvent::Kind::DataRestoredAt);
        QCOMPARE(restored.dataTimeMs(),
                 QDateTime(QDate(2026, 1, 2), QTime(3, 4)).toMSecsSinceEpoch());
        QCOMPARE(w->engine()->replay().dataRestoredMs(), restored.dataTimeMs());
    }

    // Ctrl+Shift+Delete aborts the drill with the reason typed; cancelled, nothing happens.
    void ctrlShiftDeleteAbortsWithAReason()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        whenModalOpens<QInputDialog>(w.get(), [](QInputDialog *dialog) { dialog->reject(); });
        press(w.get(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Running);

        typeIntoNextDialog(w.get(), u"the VPN is down for everyone"_s);
        press(w.get(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->engine()->state(), Drill::State::Aborted);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::Aborted);
        QCOMPARE(stored(*w).constLast().reason(), u"the VPN is down for everyone"_s);
        QCOMPARE(Drill::stateFromEvents(stored(*w)), Drill::State::Aborted);
    }

    // F2 in the log edits the selected observation; the log marks it edited.
    void f2EditsTheSelectedObservation()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        observe(*w, u"dns is mising"_s);
        const qint64 id = stored(*w).constLast().id;
        w->logView()->setFocus();
        QTest::keyClick(w->logView(), Qt::Key_End); // the newest row
        QCOMPARE(w->logView()->currentIndex().data(EventLogModel::EventIdRole).toLongLong(), id);
        whenModalOpens<ObservationEditDialog>(w.get(), [](ObservationEditDialog *dialog) {
            auto *text = dialog->findChild<QLineEdit *>();
            text->selectAll();
            QTest::keyClicks(text, u"DNS record is missing"_s);
            QTest::keyClick(text, Qt::Key_Return);
        });
        QTest::keyClick(w->logView(), Qt::Key_F2);
        const DrillEvent edit = stored(*w).constLast();
        QCOMPARE(edit.kind, DrillEvent::Kind::ObservationEdited);
        QCOMPARE(qint64(edit.payloadObject()[u"observation"_s].toDouble()), id);
        QCOMPARE(edit.text(), u"DNS record is missing"_s);
        QCOMPARE(w->logView()->currentIndex().siblingAtColumn(EventLogModel::WhatColumn).data(),
                 u"DNS record is missing (edited)"_s);
    }

    // Ctrl+V of an image, and a PNG file dropped on the entry, go with the next observation.
    void ctrlVAndDropAttachAnImage()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        auto *entry = qobject_cast<ObservationEntry *>(w->observationEntry());
        QVERIFY(entry);
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QApplication::clipboard()->setImage(image);
        press(w.get(), Qt::Key_N);
        QTest::keyClick(entry, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(entry->hasImage());
        QCOMPARE(entry->text(), QString()); // the image, not text, was pasted
        QTest::keyClicks(entry, u"the dashboard at failover"_s);
        QTest::keyClick(entry, Qt::Key_Return);
        QVERIFY(!entry->hasImage());

        const QString file = m_dir.filePath(u"screenshot.png"_s);
        image.fill(Qt::darkRed);
        QVERIFY(image.save(file));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at = entry->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(entry, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(entry, &drop);
        QVERIFY(entry->hasImage());
        QTest::keyClicks(entry, u"the error page"_s);
        QTest::keyClick(entry, Qt::Key_Return);

        const QList<DrillEvent> events = stored(*w);
        const auto images = w->session()->drills().attachments(w->engine()->drill().id);
        QVERIFY(images.ok());
        QCOMPARE(images->size(), 2);
        QCOMPARE(images->at(0).eventId, events[events.size() - 2].id);
        QCOMPARE(images->at(1).eventId, events.constLast().id);
        QImage dropped;
        QVERIFY(dropped.loadFromData(w->session()->drills().attachment(images->at(1).id)->data));
        QCOMPARE(dropped.pixelColor(0, 0), QColor(Qt::darkRed));
    }

    // Ctrl+Shift+A opens the action items; a cell typed into there is stored.
    void ctrlShiftAEditsTheActionItems()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        observe(*w, u"+ rotate the backup keys"_s);
        whenModalOpens<ActionItemsDialog>(w.get(), [](ActionItemsDialog *dialog) {
            QTableWidget *table = dialog->table();
            table->setFocus();
            table->setCurrentCell(0, ActionItemsDialog::OwnerColumn);
            QTest::keyClick(table, Qt::Key_F2);
            auto *editor =
                table->viewport()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
            QVERIFY(editor);
            QTest::keyClicks(editor, u"Sam"_s);
            QTest::keyClick(editor, Qt::Key_Return); // committed on the next turn
            QTRY_COMPARE(table->item(0, ActionItemsDialog::OwnerColumn)->text(), u"Sam"_s);
            QTest::keyClick(table, Qt::Key_Escape); // closes the dialog
        });
        press(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        const auto items = w->session()->actionItems().items(w->engine()->drill().id);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->constFirst().title, u"rotate the backup keys"_s);
        QCOMPARE(items->constFirst().owner, u"Sam"_s);
    }

    // Ctrl+T and Ctrl+Shift+T switch the projector's and the console's theme, remembered;
    // Ctrl+Shift+C copies the selected step's command.
    void themeAndCopyKeys()
    {
        auto w = console(jenkins);
        AudienceWindow *projector = w->audienceWindow();
        const auto projectorTheme = ProjectorSettings().themeVariant();
        press(w.get(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(ProjectorSettings().themeVariant() != projectorTheme);
        QCOMPARE(projector->themeVariant(), ProjectorSettings().themeVariant());
        press(w.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(ProjectorSettings().themeVariant(), projectorTheme);
        QCOMPARE(projector->themeVariant(), projectorTheme);

        const auto consoleTheme = ConsoleTheme::current();
        press(w.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(ConsoleTheme::current() != consoleTheme);
        QCOMPARE(ConsoleTheme::remembered(), ConsoleTheme::current());
        QCOMPARE(QApplication::palette(), ConsoleTheme::palette(ConsoleTheme::current()));
        press(w.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ConsoleTheme::current(), consoleTheme);

        selectByKeys(*w, u"check-login-page"_s);
        QApplication::clipboard()->clear();
        press(w.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 w->runbook().findStep(u"check-login-page"_s)->command);
        QVERIFY(QApplication::clipboard()->text().startsWith(u"curl "_s));
    }

    // Ctrl+Shift+O opens (here: creates) another database and remembers it.
    void ctrlShiftOOpensAnotherDatabase()
    {
        auto w = console(consoleDrill, false); // before the drill is created
        const QString other = m_dir.filePath(u"chosen.sqlite"_s);
        WidgetTestSupport::chooseInNextFileDialog(w.get(), other);
        press(w.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->session()->databasePath(), other);
        QVERIFY(QFileInfo::exists(other));
        QCOMPARE(DatabasePath::resolve({}), other);
        DatabasePath::remember(DatabasePath::defaultPath());
    }

    // Ctrl+Shift+X removes a step that has not run, Ctrl+Shift+Up/Down move one, Ctrl+Y redoes.
    void procedureKeys()
    {
        auto w = console(jenkins);
        press(w.get(), Qt::Key_F5);
        const QStringList verify = stepOrder(w->runbook(), u"verify"_s);
        QCOMPARE(verify, (QStringList{u"check-jobs"_s, u"check-agents"_s, u"run-pipeline"_s,
                                      u"lift-freeze"_s, u"capture-actions"_s}));

        selectByKeys(*w, u"check-agents"_s);
        press(w.get(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stepOrder(w->engine()->runbook(), u"verify"_s),
                 (QStringList{u"check-agents"_s, u"check-jobs"_s, u"run-pipeline"_s,
                              u"lift-freeze"_s, u"capture-actions"_s}));
        press(w.get(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stepOrder(w->engine()->runbook(), u"verify"_s), verify);

        selectByKeys(*w, u"lift-freeze"_s);
        press(w.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!w->engine()->runbook().findStep(u"lift-freeze"_s));
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::StepRemoved);
        press(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w->engine()->runbook().findStep(u"lift-freeze"_s));
        press(w.get(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(!w->engine()->runbook().findStep(u"lift-freeze"_s));
        QStringList log;
        for (const DrillEvent &e : stored(*w))
            if (DrillEvent::isRewriteKind(e.kind))
                log << DrillEvent::kindName(e.kind) + u' ' + e.stepId +
                           (e.payloadObject().value(u"undo"_s).toBool() ? u" undo"_s : QString());
        QCOMPARE(log,
                 (QStringList{u"step-moved check-agents"_s, u"step-moved check-agents"_s,
                              u"step-removed lift-freeze"_s, u"step-inserted lift-freeze undo"_s,
                              u"step-removed lift-freeze undo"_s}));

        // A step that has run cannot be removed: refused, with the reason, nothing logged.
        selectByKeys(*w, u"declare-incident"_s);
        const qsizetype before = stored(*w).size();
        press(w.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w->engine()->runbook().findStep(u"declare-incident"_s));
        QCOMPARE(stored(*w).size(), before);
        QVERIFY2(!w->statusMessage().isEmpty(), "no reason given");
    }

    // F1 shows the keyboard list.
    void f1ShowsTheKeyboardList()
    {
        auto w = console();
        press(w.get(), Qt::Key_F1);
        auto *sheet = w->findChild<ShortcutCheatSheet *>();
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->isVisible());
        QVERIFY(sheet->rows().contains(u"F1\tKeyboard Shortcuts"_s));
        QVERIFY(sheet->rows().contains(u"Ctrl+Shift+Del\tAbort Drill…"_s));
        QVERIFY(sheet->rows().contains(u"Ctrl+Q\tQuit"_s)); // on every platform's key scheme
        sheet->close();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
