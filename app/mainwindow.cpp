// The console's window (see mainwindow.h): the parts and the action groups assembled, the menus
// in their order, the open database and the start-up sequence, the title, closing and quitting.
#include "mainwindow.h"

#include "appsettings.h"
#include "commandactions.h"
#include "consolelogpanel.h"
#include "consoleoutline.h"
#include "consoletheme.h"
#include "demodata.h"
#include "dockshare.h"
#include "drillconsole.h"
#include "drillcontrol.h"
#include "drillengine.h"
#include "fileactions.h"
#include "firstframegate.h"
#include "historywindow.h"
#include "languagemenu.h"
#include "observationentry.h"
#include "outputfile.h"
#include "procedurerewrites.h"
#include "programmewindow.h"
#include "projectorcontrol.h"
#include "quitquestion.h"
#include "recordactions.h"
#include "shortcutcheatsheet.h"
#include "shownpath.h"
#include "startuptrace.h"
#include "windowstacking.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(std::unique_ptr<DrillSession> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_settings(new AppSettings(this)),
      m_console(new DrillConsole(this)), m_statusDatabase(new QLabel(this)),
      m_statusRunbook(new QLabel(this)), m_firstFrame(new FirstFrameGate(this)),
      m_projector(new ProjectorControl(m_console, m_shortcuts, this)),
      m_record(new RecordActions(m_console, this)),
      m_procedure(new ProcedureRewrites(m_console, this)),
      m_drill(new DrillControl(m_console, m_projector, m_record, m_settings, this)),
      m_commands(new CommandActions(m_console, this)),
      m_file(new FileActions(this, m_console, m_settings, m_projector, m_drill))
{
    setObjectName(u"console"_s);
    m_console->setSession(m_session.get());
    m_firstFrame->whenOpen([] { StartupTrace::mark("first frame painted"); });
    createMenus();
    for (QLabel *label : {m_statusRunbook, m_statusDatabase})
        label->setTextFormat(Qt::PlainText); // paths, never markup
    statusBar()->addPermanentWidget(m_statusRunbook);
    statusBar()->addPermanentWidget(m_statusDatabase);
    updateDatabaseStatus();
    resize(1440, 900);
    restoreGeometry(m_settings->mainWindowGeometry());
    // The docks as the user left them; the first time, the log takes a fifth of the window.
    if (!restoreState(m_settings->mainWindowState()))
        DockShare::install(this, findChild<QDockWidget *>(u"log"_s), 22, 260, 430);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // A look at the database still running calls back into this window when done.
    if (m_pendingInspection.valid())
        m_pendingInspection.wait();
    m_console->waitForReference(); // it reads the database about to close
    delete m_projector;            // its window first, before the placement that watches it
    m_projector = nullptr;
}

// The menus in their order; each group fills its own. Record goes before Help, which stays last.
void MainWindow::createMenus()
{
    using K = QKeySequence;
    m_file->addTo(menuBar()->addMenu(tr("&File")), m_shortcuts);
    QMenu *drill = menuBar()->addMenu(tr("&Drill"));
    m_drill->addTo(drill, m_shortcuts);
    m_commands->addTo(drill, m_shortcuts);
    m_procedure->addTo(menuBar()->addMenu(tr("P&rocedure")), m_shortcuts);
    m_projector->addTo(menuBar()->addMenu(tr("&Projector")), m_shortcuts);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_shortcuts.add(view, tr("Light or Dark &Console"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, this,
                    &MainWindow::toggleConsoleTheme);
    m_shortcuts.add(view, tr("&History…"), {K(Qt::CTRL | Qt::Key_H)}, this,
                    &MainWindow::showHistory);
    view->addAction(tr("&Programme…"), this, &MainWindow::showProgramme);
    // The ghost: which previous drill of the runbook and environment the drill races.
    QMenu *raceMenu = view->addMenu(tr("&Race Against"));
    auto *raceGroup = new QActionGroup(raceMenu);
    const ReferenceRun::Choice chosen = ReferenceRun::choiceFromName(m_settings->ghostReference());
    const QList<std::pair<ReferenceRun::Choice, QString>> races = {
        {ReferenceRun::Choice::Best, tr("The &Best Run (shortest RTO)")},
        {ReferenceRun::Choice::Last, tr("The &Last Run")}};
    for (const auto &race : races) {
        const ReferenceRun::Choice choice = race.first;
        QAction *action = raceMenu->addAction(race.second);
        action->setCheckable(true);
        action->setChecked(choice == chosen);
        action->setObjectName(QString(u"race-"_s + ReferenceRun::choiceName(choice)));
        raceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            m_settings->setGhostReference(ReferenceRun::choiceName(choice));
            m_console->setReferenceChoice(choice);
        });
    }
    m_console->setReferenceChoice(chosen);
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::chosen, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_shortcuts.add(help, tr("&Keyboard Shortcuts"), {K(Qt::Key_F1)}, this,
                    &MainWindow::showCheatSheet);

    // Escape (a clicker key too) leaves the observation entry and unblanks the projector.
    auto *escape = new QAction(tr("Leave Entry or Unblank"), this);
    escape->setShortcut(K(Qt::Key_Escape));
    connect(escape, &QAction::triggered, this, [this] {
        if (observationEntry()->hasFocus())
            outline()->setFocus();
        else
            m_projector->unblank();
    });
    addAction(escape);
    m_shortcuts.append(escape);

    auto *record = new QMenu(tr("&Record"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), record);
    m_record->addTo(record, m_shortcuts);
}

bool MainWindow::openRunbook(const QString &path)
{
    return m_file->openRunbook(path);
}

bool MainWindow::openRunbook(const QString &path, const RunbookLoadResult &result)
{
    return m_file->openRunbook(path, result);
}

QString MainWindow::runbookPath() const
{
    return m_console->runbookPath();
}

QString MainWindow::lastError() const
{
    return m_file->lastError();
}

const Runbook &MainWindow::runbook() const
{
    return m_console->runbook();
}

bool MainWindow::createDrill(const Drill &drill)
{
    return m_file->createDrill(drill);
}

bool MainWindow::resumeDrill(qint64 drillId)
{
    return m_file->resumeDrill(drillId);
}

bool MainWindow::openDatabase(const QString &path)
{
    return m_file->openDatabase(path);
}

bool MainWindow::offerResume()
{
    return m_file->offerResume();
}

void MainWindow::newDrillDialog()
{
    m_file->newDrillDialog();
}

void MainWindow::exportReport()
{
    m_file->exportReport();
}

void MainWindow::skipCurrentWithReason(const QString &reason)
{
    m_drill->skipCurrentWithReason(reason);
}

bool MainWindow::editObservation(qint64 observationId, const QString &text, const QString &category,
                                 const QString &author, const QString &stepId)
{
    return m_record->editObservation(observationId, text, category, author, stepId);
}

bool MainWindow::deleteObservation(qint64 observationId, const QString &reason)
{
    return m_record->deleteObservation(observationId, reason);
}

bool MainWindow::annotateStep(const QString &stepId, const QString &text, bool onProjector)
{
    return m_record->annotateStep(stepId, text, onProjector);
}

bool MainWindow::removeAnnotation(const QString &stepId)
{
    return m_record->removeAnnotation(stepId);
}

bool MainWindow::recordScore(const QString &criterion, int score, const QString &comment)
{
    return m_record->recordScore(criterion, score, comment);
}

DrillEngine *MainWindow::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

QString MainWindow::storageProblem() const
{
    return m_console->storageProblem();
}

AudienceWindow *MainWindow::audienceWindow()
{
    return m_projector->audienceWindow();
}

QTreeView *MainWindow::outline() const
{
    return m_console->outline();
}

StepDetailView *MainWindow::stepView() const
{
    return m_console->stepView();
}

DrillClockPanel *MainWindow::clockPanel() const
{
    return m_console->clocks();
}

QLineEdit *MainWindow::observationEntry() const
{
    return m_console->observationEntry();
}

QTreeView *MainWindow::logView() const
{
    return m_console->logPanel()->view();
}

QAbstractItemModel *MainWindow::logModel() const
{
    return logView()->model();
}

QString MainWindow::focusedStep() const
{
    return m_console->focusedStep();
}

QString MainWindow::statusMessage() const
{
    return statusBar()->currentMessage();
}

void MainWindow::showHistory()
{
    if (HistoryWindow *history = newHistoryWindow())
        history->show();
}

void MainWindow::showDemoStart()
{
    // The charts are one window away, behind the console that says how to start a drill.
    if (HistoryWindow *history = newHistoryWindow()) {
        WindowStacking::showBehind(history, this);
        StartupTrace::mark("history shown");
    }
}

void MainWindow::showProgramme()
{
    if (!finishOpeningDatabase())
        return;
    auto *programme = new ProgrammeWindow(m_session->databasePath(),
                                          DemoData::todayFor(m_session->databasePath()), this);
    programme->setAttribute(Qt::WA_DeleteOnClose);
    connect(programme, &ProgrammeWindow::runbookActivated, this, [this](const QString &id) {
        if (HistoryWindow *history = newHistoryWindow()) {
            if (history->runbookIds().contains(id))
                history->setRunbook(id);
            history->show();
        }
    });
    programme->show();
}

HistoryWindow *MainWindow::newHistoryWindow()
{
    if (!finishOpeningDatabase())
        return nullptr;
    const QString path = m_session->databasePath();
    auto *history = new HistoryWindow(path, DemoData::versionOf(path) > 0, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    if (history->runbookIds().contains(runbook().id))
        history->setRunbook(runbook().id); // the runbook in the console, when it has history
    return history;
}

void MainWindow::toggleConsoleTheme()
{
    ConsoleTheme::apply(ConsoleTheme::current() == ConsoleTheme::Variant::Dark
                            ? ConsoleTheme::Variant::Light
                            : ConsoleTheme::Variant::Dark);
}

void MainWindow::showCheatSheet()
{
    auto *sheet = new ShortcutCheatSheet(m_shortcuts.actions(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

// ---- The database: taken over, opened after the first frame, or another chosen ----

void MainWindow::forgetDatabaseToOpen()
{
    dropPendingDatabase();
    m_startupOpenPending = false;
}

void MainWindow::dropPendingDatabase()
{
    m_pendingDatabase.clear();
    m_pendingInspection = {}; // waits for a look still running
}

QString MainWindow::databasePath() const
{
    return m_session ? m_session->databasePath() : m_pendingDatabase;
}

void MainWindow::setSession(std::unique_ptr<DrillSession> session)
{
    dropPendingDatabase();
    const bool drillShown = engine() != nullptr;
    if (m_session)
        m_session->closeDrill();
    m_session = std::move(session);
    m_console->setSession(m_session.get());
    updateDatabaseStatus();
    if (m_session && !m_session->recoveryNote().isEmpty())
        statusBar()->showMessage(m_session->recoveryNote()); // until the next message
    if (drillShown) {
        attachEngine(nullptr);
    } else {
        // Nothing on screen came from the old database: the runbook shown stays as it is.
        m_console->connectSession();
        updateTitle();
        updateActions();
    }
}

void MainWindow::openDatabaseAfterFirstFrame(const QString &path)
{
    m_pendingDatabase = path;
    m_pendingInspection = {};
    m_startupOpenPending = true;
    updateDatabaseStatus();
    updateActions();
    // The look starts after the first frame: on two cores, a look running beside the window's
    // construction slowed it by more than the look took.
    m_firstFrame->whenOpen([this, path] {
        if (m_pendingDatabase != path) {
            // Something that needed the database opened it already (or another was chosen).
            openInspectedDatabase();
            return;
        }
        m_pendingInspection = Database::inspectInBackground(path, [this] {
            // On the look's thread: the window outlives the look (see ~MainWindow).
            QMetaObject::invokeMethod(this, &MainWindow::openInspectedDatabase,
                                      Qt::QueuedConnection);
        });
        if (!m_pendingInspection.valid()) // no file yet: nothing to look at
            QMetaObject::invokeMethod(this, &MainWindow::openInspectedDatabase,
                                      Qt::QueuedConnection);
    });
}

void MainWindow::openInspectedDatabase()
{
    if (!std::exchange(m_startupOpenPending, false))
        return;              // another database was chosen meanwhile, and offered its own drill
    finishOpeningDatabase(); // unless something that needed it opened it first
    if (!engine())           // nor if a drill was started before the offer could be made
        offerResume();
    Q_EMIT databaseReady();
}

bool MainWindow::finishOpeningDatabase()
{
    if (m_pendingDatabase.isEmpty())
        return m_session != nullptr;
    const QString path = std::exchange(m_pendingDatabase, QString());
    auto session = DrillSession::open(path, std::exchange(m_pendingInspection, {}));
    if (session) {
        setSession(std::move(session).value());
    } else {
        updateDatabaseStatus();
        setStorageProblem(session.error().message);
    }
    return m_session != nullptr;
}

QString MainWindow::databaseStatus() const
{
    return m_statusDatabase->text();
}

void MainWindow::updateDatabaseStatus()
{
    m_statusDatabase->setText(
        m_session ? tr("Database: %1").arg(ShownPath::of(m_session->databasePath()))
        : !m_pendingDatabase.isEmpty()
            ? tr("Database: checking %1…").arg(ShownPath::of(m_pendingDatabase))
            : tr("No database"));
}

void MainWindow::setStorageProblem(const QString &message)
{
    m_console->setStorageProblem(message);
    updateActions();
}

// ---- What the window shows of the drill ----

void MainWindow::attachEngine(DrillEngine *e)
{
    m_console->showDrill(e);
    m_procedure->setEngine(e);
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    const Runbook &shown = runbook();
    QString runbookText;
    if (shown.id.isEmpty()) {
        setWindowTitle(tr("DrillDeck"));
        runbookText = tr("No runbook open — Ctrl+O opens one");
    } else {
        QString title = shown.title;
        if (DrillEngine *e = engine())
            title = tr("%1 · %2 #%3").arg(title, e->drill().environment).arg(e->drill().iteration);
        if (m_session && DemoData::versionOf(m_session->databasePath()) > 0)
            title = tr("%1 — example data").arg(title);
        setWindowTitle(tr("%1 — DrillDeck").arg(title));
        runbookText = runbookPath().isEmpty() ? tr("Runbook %1 (stored revision)").arg(shown.id)
                                              : tr("Runbook %1").arg(ShownPath::of(runbookPath()));
    }
    m_statusRunbook->setText(runbookText);
}

void MainWindow::updateActions()
{
    const bool haveDrill = engine() != nullptr;
    m_console->setFirstStepsShown(!haveDrill); // until a drill opens: how to start one
    m_shortcuts.setDrillOpen(haveDrill);
    m_file->newDrillAction()->setEnabled(m_session != nullptr || !m_pendingDatabase.isEmpty());
}

// ---- Closing: asked, or not (a termination signal); events the database refused are kept ----

bool MainWindow::closeWithoutAsking()
{
    m_closeWithoutAsking = true;
    const bool closed = close();
    m_closeWithoutAsking = false;
    return closed;
}

void MainWindow::quitWithoutQuestions()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject(); // as Esc would; a nested event loop returns once this is done
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (closeWithoutAsking())
                QCoreApplication::quit();
        },
        Qt::QueuedConnection);
}

QString MainWindow::saveWithoutAsking(const QByteArray &events) const
{
    const QString name = u"drilldeck-unsaved-events-%1.json"_s.arg(
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    // Beside the database; when its disk is what refused them, in the home folder.
    QStringList folders{QDir::homePath()};
    if (m_session)
        folders.prepend(QFileInfo(m_session->databasePath()).absolutePath());
    for (const QString &folder : std::as_const(folders))
        if (const QString path = QDir(folder).filePath(name);
            OutputFile::write(path, events, nullptr))
            return path;
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (DrillEngine *e = engine();
        e && !m_closeWithoutAsking && !QuitQuestion::confirm(this, e->state())) {
        event->ignore();
        return;
    }
    if (DrillEngine *e = engine(); e && e->hasPending() && !e->retryPending()) {
        if (m_closeWithoutAsking) {
            // Said where it is read: the terminal or the journal of whoever ended DrillDeck.
            const int n = int(e->pendingEvents().size());
            if (const QString saved = saveWithoutAsking(e->exportPending()); !saved.isEmpty())
                qWarning().noquote() << tr("%n event(s) could not be written to the database; "
                                           "they are saved in %1",
                                           nullptr, n)
                                            .arg(saved);
            else
                qWarning().noquote() << tr("%n event(s) could not be written to the database nor "
                                           "to a file; here they are:",
                                           nullptr, n)
                                     << e->exportPending();
        } else {
            const auto answer = QMessageBox::warning(
                this, tr("Unsaved events"),
                tr("%n event(s) could not be written to the database. Save them to a file before "
                   "closing?",
                   nullptr, int(e->pendingEvents().size())),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
            if (answer == QMessageBox::Cancel) {
                event->ignore();
                return;
            }
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save unsaved events"),
                QDir::homePath() + u"/drilldeck-unsaved-events.json"_s);
            if (path.isEmpty()) {
                event->ignore();
                return;
            }
            // Checked to the last byte (a full disk is why the database refused them): a file
            // that could not be written keeps the console open with its events.
            if (QString error; !OutputFile::write(path, e->exportPending(), &error)) {
                QMessageBox::warning(this, tr("Unsaved events"),
                                     tr("The events were not saved: %1. The console stays open "
                                        "with them; save them elsewhere, or make room.")
                                         .arg(error));
                event->ignore();
                return;
            }
        }
    }
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_projector->close();
    event->accept();
}
