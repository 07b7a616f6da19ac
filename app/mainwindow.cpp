// The console's window: menus and actions, drill control, live rewrites, database start-up and
// resume, projector placement, export. Over 600 lines for a stated reason: it still assembles and
// wires every part itself; issue 17 item 2 splits it into the console's parts and action groups.
#include "mainwindow.h"

#include "actionitemsdialog.h"
#include "actionitemstore.h"
#include "annotationdialog.h"
#include "appsettings.h"
#include "audiencestate.h"
#include "audiencewindow.h"
#include "consoletheme.h"
#include "databasepath.h"
#include "demodata.h"
#include "dockshare.h"
#include "drillclockpanel.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogdelegate.h"
#include "eventlogfiltermodel.h"
#include "eventlogmodel.h"
#include "firstframegate.h"
#include "firststepshint.h"
#include "focusedcontrolkeys.h"
#include "historywindow.h"
#include "injectspanel.h"
#include "invalidrunbookbox.h"
#include "observationeditdialog.h"
#include "observationentry.h"
#include "outlinecolumns.h"
#include "outputfile.h"
#include "projectorplacement.h"
#include "projectorsettings.h"
#include "quickentry.h"
#include "quitquestion.h"
#include "reportexportdialog.h"
#include "reviewrewritesdialog.h"
#include "rewriteundostack.h"
#include "runbookcache.h"
#include "runbookloader.h"
#include "runbookmodel.h"
#include "runbooktextbrowser.h"
#include "scorecarddialog.h"
#include "secondticker.h"
#include "shortcutcheatsheet.h"
#include "shownpath.h"
#include "startdrilldialog.h"
#include "startuptrace.h"
#include "stepdetailview.h"
#include "stepeditdialog.h"
#include "steprewrite.h"
#include "stepstatusdelegate.h"
#include "windowstacking.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(std::unique_ptr<DrillSession> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_settings(new AppSettings(this)),
      m_projectorSettings(new ProjectorSettings(this)), m_model(new RunbookModel(this)),
      m_log(new EventLogModel(this)), m_outline(new QTreeView(this)),
      m_stepView(new StepDetailView(this)), m_clocks(new DrillClockPanel(this)),
      m_injects(new InjectsPanel(this)), m_scenario(new RunbookTextBrowser(this)),
      m_logFilter(new EventLogFilterModel(this)), m_logView(new QTreeView(this)),
      m_logCategory(new QComboBox(this)), m_logAuthor(new QComboBox(this)),
      m_observationEntry(new ObservationEntry(this)),
      m_imageEntry(static_cast<ObservationEntry *>(m_observationEntry)),
      m_imageNote(new QLabel(this)), m_firstSteps(new FirstStepsHint(this)),
      m_outlineDelegate(new StepStatusDelegate(m_outline)), m_banner(new QLabel(this)),
      m_statusDatabase(new QLabel(this)), m_statusRunbook(new QLabel(this)),
      m_firstFrame(new FirstFrameGate(this))
{
    setObjectName(u"console"_s);
    m_firstFrame->whenOpen([] { StartupTrace::mark("first frame painted"); });
    m_rewrites = new RewriteUndoStack(this);
    createLayout();
    createActions();
    createRecordActions();
    for (QLabel *label : {m_statusRunbook, m_statusDatabase, m_banner})
        label->setTextFormat(Qt::PlainText); // paths and messages, never markup
    statusBar()->addPermanentWidget(m_statusRunbook);
    statusBar()->addPermanentWidget(m_statusDatabase);
    updateDatabaseStatus();
    connect(m_injects, &InjectsPanel::revealRequested, this, [this](const QString &id) {
        if (engine())
            report(engine()->revealInject(id));
    });
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
    delete m_audience; // before the placement that watches it
}

AudienceWindow *MainWindow::audienceWindow()
{
    if (m_audience)
        return m_audience;
    // Built when first needed: until the drill starts or the facilitator opens it, the
    // projector window is neither shown nor worth building before the console's first frame.
    m_audience = new AudienceWindow(this);
    m_audience->setThemeVariant(m_projectorSettings->themeVariant());
    // A window manager gives the projector window the keyboard when it opens: the clicker's
    // keys, every drill shortcut, work there as on the console.
    for (QAction *action : std::as_const(m_shortcutActions))
        if (action->shortcutContext() == Qt::WindowShortcut)
            m_audience->addAction(action);
    m_placement = new ProjectorPlacement(m_audience, m_projectorSettings, this);
    connect(m_audience, &AudienceWindow::blankedChanged, this, [this](bool blanked) {
        statusBar()->showMessage(blanked ? tr("Projector blanked — B or . shows it again")
                                         : tr("Projector showing"),
                                 4000);
    });
    DrillEngine *e = engine();
    m_audience->setState(audienceState(e ? e->metrics() : DrillMetrics{}));
    return m_audience;
}

void MainWindow::showProjector()
{
    audienceWindow();
    m_placement->show();
}

const Runbook &MainWindow::runbook() const
{
    return m_runbook;
}

QAbstractItemModel *MainWindow::logModel() const
{
    return m_logView->model();
}

DrillEngine *MainWindow::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void MainWindow::createLayout()
{
    m_outline->setModel(m_model);
    // The Actual column counts up with the clocks, on their wake-up.
    connect(m_clocks->ticker(), &SecondTicker::tick, m_model, &RunbookModel::setSinceSnapshot);
    m_outline->setItemDelegate(m_outlineDelegate);
    m_outline->setUniformRowHeights(true);
    // Following the current step scrolls in jumps (see showStep), not a row per press: a
    // scrolled outline repaints every visible row.
    m_outline->setAutoScroll(false);
    m_outline->setAlternatingRowColors(true);
    m_outline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outline->setAccessibleName(tr("Runbook outline"));
    OutlineColumns::install(m_outline);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelectedStep);
    connect(m_outline, &QTreeView::activated, this, &MainWindow::startSelectedStep);

    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #B71C1C; color: white; padding: 8px; "
                            u"font-weight: bold; }"_s);
    m_banner->hide();

    m_observationEntry->setPlaceholderText(
        tr("Observation — N to type, Enter logs it. Prefixes: ! issue  ? question  + action "
           "item  ~ improvement  * automation candidate  @name who said it"));
    m_observationEntry->setAccessibleName(tr("Observation entry"));
    m_observationEntry->setMaxLength(QuickEntry::maxTextLength + 200); // parse says why
    connect(m_observationEntry, &QLineEdit::returnPressed, this, &MainWindow::submitObservation);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_clocks);
    centreLayout->addWidget(m_firstSteps);
    centreLayout->addWidget(m_stepView, 1);
    centreLayout->addWidget(m_observationEntry);
    centreLayout->addWidget(m_imageNote);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(centre);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 400}); // shares: the outline's titles need the room
    setCentralWidget(splitter);
    m_outline->setColumnHidden(RunbookModel::AutomationColumn, true);

    m_logFilter->setSourceModel(m_log);
    m_logView->setModel(m_logFilter);
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->header()->setStretchLastSection(true);
    m_logView->setAccessibleName(tr("Drill log"));
    connect(m_log, &QAbstractItemModel::rowsInserted, m_logView, &QTreeView::scrollToBottom);

    m_scenario->setAccessibleName(tr("Scenario (facilitator only)"));
    auto addDock = [this](QWidget *content, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };
    auto *logPanel = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_logCategory->addItem(tr("All events"), QString::fromLatin1(EventLogFilterModel::everything));
    m_logCategory->addItem(tr("Observations"),
                           QString::fromLatin1(EventLogFilterModel::observationsOnly));
    const QStringList categories = QuickEntry::categories();
    for (const QString &category : categories)
        m_logCategory->addItem(QString(QuickEntry::prefixOf(category) + category).trimmed(),
                               category);
    m_logCategory->setAccessibleName(tr("Filter the log by category"));
    m_logCategory->setObjectName(u"logCategory"_s);
    m_logAuthor->setAccessibleName(tr("Filter the log by who"));
    auto *onlyStep = new QCheckBox(tr("Selected step only"), logPanel);
    // The filters share the row and may shrink with a narrow log (a long category elided, whole
    // in the list): the log's width is the outline's loss on a small screen.
    for (QComboBox *filter : {m_logCategory, m_logAuthor}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(4);
    }
    filters->addWidget(m_logCategory, 3);
    filters->addWidget(m_logAuthor, 2);
    filters->addWidget(onlyStep);
    logLayout->addLayout(filters);
    logLayout->addWidget(m_logView);
    connect(m_logCategory, &QComboBox::currentIndexChanged, this,
            [this] { m_logFilter->setCategory(m_logCategory->currentData().toString()); });
    connect(m_logAuthor, &QComboBox::currentIndexChanged, this,
            [this] { m_logFilter->setAuthor(m_logAuthor->currentData().toString()); });
    connect(onlyStep, &QCheckBox::toggled, this, [this](bool on) {
        m_logStepOnly = on;
        m_logFilter->setStep(on ? m_focusStep : QString());
    });
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateAuthorFilter);
    connect(m_log, &QAbstractItemModel::modelReset, this, &MainWindow::updateAuthorFilter);
    updateAuthorFilter();
    FocusedControlKeys::install(logPanel);
    FocusedControlKeys::install(m_injects);
    QDockWidget *log = addDock(logPanel, tr("Log"), u"log"_s);
    QDockWidget *injects = addDock(m_injects, tr("Injects (facilitator only)"), u"injects"_s);
    QDockWidget *scenario = addDock(m_scenario, tr("Scenario (facilitator only)"), u"scenario"_s);
    tabifyDockWidget(injects, scenario);
    injects->raise();
    resizeDocks({log, injects}, {500, 400}, Qt::Vertical);
    m_logView->setColumnWidth(EventLogModel::TimeColumn,
                              m_logView->fontMetrics().horizontalAdvance(u"00:00  "_s));
    m_logView->setColumnWidth(EventLogModel::AuthorColumn,
                              m_logView->fontMetrics().horizontalAdvance(u"Firstname  "_s));
}

QAction *MainWindow::addDrillAction(QMenu *menu, const QString &text,
                                    const QList<QKeySequence> &keys, void (MainWindow::*slot)())
{
    QAction *action = menu->addAction(text, this, slot);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    m_shortcutActions.append(action);
    return action;
}

void MainWindow::createActions()
{
    using K = QKeySequence;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addDrillAction(file, tr("&Open Runbook…"), {K::Open}, &MainWindow::openRunbookDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_settings, &AppSettings::recentRunbooksChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    m_newDrill = addDrillAction(file, tr("&New Drill…"), {K::New}, &MainWindow::newDrillDialog);
    addDrillAction(file, tr("Open &Database…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                   &MainWindow::openDatabaseDialog);
    addDrillAction(file, tr("&Export Report…"), {K(Qt::CTRL | Qt::Key_E)},
                   &MainWindow::exportReport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(K(Qt::CTRL | Qt::Key_Q)); // K::Quit is empty on some platforms
    m_shortcutActions.append(quit);

    QMenu *drill = menuBar()->addMenu(tr("&Drill"));
    auto need = [this](QAction *a) {
        m_needDrill.append(a);
        return a;
    };
    need(addDrillAction(drill, tr("&Start or Resume Drill"),
                        {K(Qt::Key_F5), K(Qt::SHIFT | Qt::Key_F5)}, &MainWindow::startOrResume));
    need(addDrillAction(drill, tr("&Pause or Resume"), {K(Qt::Key_P)}, &MainWindow::togglePause));
    need(addDrillAction(drill, tr("Complete Step and Start &Next"),
                        {K(Qt::Key_PageDown), K(Qt::Key_Space), K(Qt::Key_Right)},
                        &MainWindow::advance));
    need(addDrillAction(drill, tr("&Reopen Previous Step (mis-click)"),
                        {K(Qt::Key_PageUp), K(Qt::Key_Left)}, &MainWindow::reopenPrevious));
    need(addDrillAction(drill, tr("S&kip Step…"), {K(Qt::Key_S)}, &MainWindow::skipCurrent));
    drill->addSeparator();
    need(addDrillAction(drill, tr("Start Selected Step in &Parallel"),
                        {K(Qt::Key_R), K(Qt::Key_Insert)}, &MainWindow::startSelectedStep));
    need(addDrillAction(drill, tr("&Complete Selected Step"), {K(Qt::Key_D)},
                        &MainWindow::completeSelectedStep));
    need(addDrillAction(drill, tr("&Block or Unblock Step"), {K(Qt::Key_K)},
                        &MainWindow::toggleBlockCurrent));
    need(addDrillAction(drill, tr("Reveal Next &Inject"), {K(Qt::CTRL | Qt::Key_I)},
                        &MainWindow::revealNextInject));
    need(addDrillAction(drill, tr("Restored &Data Is From…"), {K(Qt::CTRL | Qt::Key_D)},
                        &MainWindow::enterDataRestoredAt));
    need(addDrillAction(drill, tr("&Log Observation"), {K(Qt::Key_N)},
                        &MainWindow::focusObservationEntry));
    drill->addSeparator();
    need(addDrillAction(drill, tr("&Finish Drill"),
                        {K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter)},
                        &MainWindow::finishDrill));
    need(addDrillAction(drill, tr("&Abort Drill…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
                        &MainWindow::abortDrill));
    QAction *copy = drill->addAction(tr("&Copy Command"), m_stepView, &StepDetailView::copyCommand);
    copy->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_shortcutActions.append(copy);

    createRewriteActions();

    QMenu *projector = menuBar()->addMenu(tr("&Projector"));
    addDrillAction(projector, tr("&Show or Hide Projector Window"), {K(Qt::Key_F7)},
                   &MainWindow::toggleProjector);
    addDrillAction(projector, tr("&Blank Projector"), {K(Qt::Key_B), K(Qt::Key_Period)},
                   &MainWindow::toggleProjectorBlank);
    addDrillAction(projector, tr("Light or Dark &Theme"), {K(Qt::CTRL | Qt::Key_T)},
                   &MainWindow::toggleProjectorTheme);
    m_screenMenu = projector->addMenu(tr("Projector &Screen"));
    connect(m_screenMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildScreenMenu);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addDrillAction(view, tr("Light or Dark &Console"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                   &MainWindow::toggleConsoleTheme);
    addDrillAction(view, tr("&History…"), {K(Qt::CTRL | Qt::Key_H)}, &MainWindow::showHistory);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addDrillAction(help, tr("&Keyboard Shortcuts"), {K(Qt::Key_F1)}, &MainWindow::showCheatSheet);

    // Escape (a clicker key too) leaves the observation entry and unblanks the projector.
    auto *escape = new QAction(tr("Leave Entry or Unblank"), this);
    escape->setShortcut(K(Qt::Key_Escape));
    connect(escape, &QAction::triggered, this, [this] {
        if (m_observationEntry->hasFocus())
            m_outline->setFocus();
        else if (m_audience && m_audience->isBlanked())
            m_audience->setBlanked(false);
    });
    addAction(escape);
    m_shortcutActions.append(escape);
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

HistoryWindow *MainWindow::newHistoryWindow()
{
    if (!finishOpeningDatabase())
        return nullptr;
    const QString path = m_session->databasePath();
    auto *history = new HistoryWindow(path, DemoData::versionOf(path) > 0, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    if (history->runbookIds().contains(m_runbook.id))
        history->setRunbook(m_runbook.id); // the runbook in the console, when it has history
    return history;
}

void MainWindow::exportReport()
{
    if (!finishOpeningDatabase())
        return;
    const qint64 drillId = m_session->engine() ? m_session->engine()->drill().id : 0;
    auto *dialog = new ReportExportDialog(m_session->drills(), m_session->revisions(), drillId,
                                          DemoData::versionOf(m_session->databasePath()) > 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentRunbooks();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openRunbook(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_settings, &AppSettings::clearRecentRunbooks);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuildScreenMenu()
{
    m_screenMenu->clear();
    auto *group = new QActionGroup(m_screenMenu);
    const QString preferred = m_projectorSettings->screenName();
    QAction *automatic = m_screenMenu->addAction(tr("Automatic (the screen that is not this one)"));
    automatic->setCheckable(true);
    automatic->setChecked(preferred.isEmpty());
    group->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [this] { setProjectorScreen({}); });
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        const QString name = screen->name();
        QAction *a = m_screenMenu->addAction(
            tr("%1 (%2×%3)").arg(name).arg(screen->size().width()).arg(screen->size().height()));
        a->setCheckable(true);
        a->setChecked(name == preferred);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setProjectorScreen(name); });
    }
}

bool MainWindow::openRunbook(const QString &path)
{
    if (engine() && !Drill::isEnded(engine()->state())) {
        m_lastError =
            tr("A drill is in progress; finish or abort it before opening another runbook.");
        statusBar()->showMessage(m_lastError, 8000);
        return false;
    }
    return openRunbook(path, RunbookCache::loadFile(path));
}

bool MainWindow::openRunbook(const QString &path, const RunbookLoadResult &result)
{
    if (engine() && !Drill::isEnded(engine()->state())) {
        m_lastError =
            tr("A drill is in progress; finish or abort it before opening another runbook.");
        statusBar()->showMessage(m_lastError, 8000);
        return false;
    }
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        m_lastError = lines.join(u'\n');
        statusBar()->showMessage(
            tr("%1 has %n problem(s)", nullptr, int(lines.size())).arg(QFileInfo(path).fileName()));
        InvalidRunbookBox::open(path, result.diagnostics, this);
        return false;
    }
    statusBar()->clearMessage(); // the problems of a file opened before are gone
    if (m_session)
        m_session->closeDrill();
    m_lastError.clear();
    m_runbookPath = QFileInfo(path).absoluteFilePath();
    m_runbookSource = result.source;
    m_runbook = *result.runbook;
    m_settings->addRecentRunbook(m_runbookPath);
    attachEngine(nullptr);
    return true;
}

void MainWindow::openRunbookDialog()
{
    const QString dir =
        m_runbookPath.isEmpty() ? QDir::currentPath() : QFileInfo(m_runbookPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Runbook"), dir,
                                                      tr("Runbooks (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openRunbook(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString current = m_session                      ? m_session->databasePath()
                            : !m_pendingDatabase.isEmpty() ? m_pendingDatabase
                                                           : DatabasePath::defaultPath();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Open or Create a DrillDeck Database"), current,
                                     tr("DrillDeck databases (*.sqlite *.db);;All files (*)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (engine() && !Drill::isEnded(engine()->state())) {
        m_lastError = tr("A drill is in progress; finish or abort it before switching databases.");
        statusBar()->showMessage(m_lastError, 8000);
        return false;
    }
    // Another file chosen before the one being looked at was opened: that one is not opened,
    // and this one makes its own resume offer.
    dropPendingDatabase();
    m_startupOpenPending = false;
    auto opened = DrillSession::open(path);
    if (!opened) {
        m_lastError = opened.error().message;
        QMessageBox::warning(this, tr("Open database"), m_lastError);
        return false;
    }
    setSession(std::move(opened).value());
    DatabasePath::remember(m_session->databasePath());
    setStorageProblem({});
    offerResume();
    return true;
}

void MainWindow::dropPendingDatabase()
{
    m_pendingDatabase.clear();
    m_pendingInspection = {}; // waits for a look still running
}

void MainWindow::setSession(std::unique_ptr<DrillSession> session)
{
    dropPendingDatabase();
    const bool drillShown = engine() != nullptr;
    if (m_session)
        m_session->closeDrill();
    m_session = std::move(session);
    updateDatabaseStatus();
    if (m_session && !m_session->recoveryNote().isEmpty())
        statusBar()->showMessage(m_session->recoveryNote()); // until the next message
    if (drillShown) {
        attachEngine(nullptr);
    } else {
        // Nothing on screen came from the old database: the runbook shown stays as it is.
        connectSession();
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

void MainWindow::newDrillDialog()
{
    if (!finishOpeningDatabase()) {
        QMessageBox::warning(
            this, tr("New drill"),
            tr("No database is open, so a drill cannot be recorded.\n\n%1").arg(m_storageProblem));
        return;
    }
    if (m_runbookPath.isEmpty()) {
        openRunbookDialog();
        if (m_runbookPath.isEmpty())
            return;
    }
    StartDrillDialog dialog(m_runbook, this);
    if (auto open = m_session->actionItems().openItemsBefore(m_runbook.id))
        dialog.setCarriedOverItems(open.value(), [this](qint64 id) { return drillLabel(id); });
    if (auto earlier = m_session->drills().drills({m_runbook.id, {}})) {
        QStringList used;
        for (const Drill &d : earlier.value())
            used << d.environment;
        dialog.setUsedEnvironments(used);
    }
    if (dialog.exec() == QDialog::Accepted && createDrill(dialog.drill()))
        closeCarriedOverItems(dialog.closures());
}

bool MainWindow::createDrill(const Drill &drill)
{
    if (!finishOpeningDatabase() || m_runbookPath.isEmpty())
        return false;
    // The runbook as its text says (a previous drill may have rewritten the one on screen).
    if (const RunbookLoadResult fresh = RunbookLoader::loadText(m_runbookSource, m_runbookPath);
        fresh.ok())
        m_runbook = *fresh.runbook;
    auto created = m_session->createDrill(m_runbookSource, m_runbook, drill);
    if (!created) {
        QMessageBox::critical(this, tr("New drill"), created.error().message);
        return false;
    }
    attachEngine(created.value());
    statusBar()->showMessage(tr("Drill created — F5 starts the clock"), 8000);
    return true;
}

bool MainWindow::resumeDrill(qint64 drillId)
{
    if (!finishOpeningDatabase())
        return false;
    auto resumed = m_session->resumeDrill(drillId);
    if (!resumed) {
        QMessageBox::critical(this, tr("Resume drill"), resumed.error().message);
        return false;
    }
    m_runbook = resumed.value()->runbook();
    m_runbookPath.clear();
    m_runbookSource.clear();
    attachEngine(resumed.value());
    statusBar()->showMessage(tr("Drill resumed with its stored runbook revision"), 8000);
    if (resumed.value()->state() != Drill::State::Planned) // the room sees it again, as at F5
        showProjector();
    return true;
}

bool MainWindow::offerResume()
{
    if (!finishOpeningDatabase())
        return false;
    const auto unfinished = m_session->unfinishedDrills();
    if (!unfinished || unfinished->isEmpty())
        return false;
    const Drill &d = unfinished->constLast();
    const QString when =
        QDateTime::fromMSecsSinceEpoch(d.createdMs).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QMessageBox offer(
        QMessageBox::Question, tr("Resume drill"),
        tr("An unfinished drill was found: %1, %2, iteration %3, created %4.\n\nResume it? "
           "The stopwatch continues from the stored times.")
            .arg(d.runbookId, d.environment)
            .arg(d.iteration)
            .arg(when),
        QMessageBox::Yes | QMessageBox::No, this);
    // Declined, a drill is offered again at every start; one that will never go on (created by
    // mistake, or given up) is ended here, with a reason, instead of staying unfinished.
    offer.setInformativeText(tr("Not now keeps it for the next start. Abort it ends it for good "
                                "(the history keeps it, as aborted)."));
    offer.button(QMessageBox::Yes)->setText(tr("&Resume"));
    offer.button(QMessageBox::No)->setText(tr("&Not now"));
    QPushButton *abort = offer.addButton(tr("&Abort it…"), QMessageBox::DestructiveRole);
    offer.setDefaultButton(QMessageBox::Yes);
    offer.exec();
    if (offer.clickedButton() == abort) {
        if (resumeDrill(d.id))
            abortDrill();
        return false;
    }
    return offer.clickedButton() == offer.button(QMessageBox::Yes) && resumeDrill(d.id);
}

void MainWindow::setStorageProblem(const QString &message)
{
    m_storageProblem = message;
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
    updateActions();
}

void MainWindow::attachEngine(DrillEngine *e)
{
    m_model->setRunbook(m_runbook);
    m_log->setRunbook(m_runbook);
    m_log->setEvents(e ? e->committedEvents() + e->pendingEvents() : QList<DrillEvent>{});
    m_imageEntry->clearImage();
    connectSession();
    if (e) {
        if (auto images = m_session->drills().attachments(e->drill().id))
            m_log->setAttachments(images.value());
        else
            statusBar()->showMessage(images.error().message, 10000);
    }
    m_outline->expandAll();
    m_scenario->setRunbookMarkdown(m_runbook.scenario);
    m_focusStep.clear();
    if (e) {
        connect(e, &DrillEngine::eventAppended, this, &MainWindow::onEventAppended,
                Qt::UniqueConnection);
        connect(e, &DrillEngine::eventPending, this, &MainWindow::onEventAppended,
                Qt::UniqueConnection);
        connect(e, &DrillEngine::storageFailed, this, [this](const QString &message) {
            // The engine's message says what failed, that it retries and how to export.
            m_banner->setText(tr("%1 Do not close DrillDeck while this shows.").arg(message));
            m_banner->show();
        });
        connect(e, &DrillEngine::eventRejected, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        const QStringList running = e->currentSteps();
        m_focusStep = running.isEmpty() ? e->nextStep() : running.constFirst();
    }
    if (m_focusStep.isEmpty() && !m_runbook.phases.isEmpty() &&
        !m_runbook.phases.constFirst().steps.isEmpty())
        m_focusStep = m_runbook.phases.constFirst().steps.constFirst().id;
    m_rewrites->setEngine(e);
    if (e)
        m_model->setRewrittenSteps(e->replay().rewrittenSteps());
    refresh();
    updateTitle();
    updateActions();
}

void MainWindow::connectSession()
{
    if (!m_session)
        return;
    disconnect(m_session.get(), &DrillSession::actionItemFailed, this, nullptr);
    connect(m_session.get(), &DrillSession::actionItemFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        QApplication::beep();
    });
}

void MainWindow::onEventAppended(const DrillEvent &event)
{
    m_log->append(event);
    if (DrillEvent::isRewriteKind(event.kind))
        applyRewrittenProcedure();
    if (engine() && !engine()->hasPending() && m_storageProblem.isEmpty())
        m_banner->hide();
    if (m_batchDepth > 0) { // one key, several events: the action refreshes once at its end
        m_refreshDue = true;
        return;
    }
    refresh();
}

// Collects the refreshes of the events one action appends into one, when it ends.
class MainWindow::Batch
{
public:
    explicit Batch(MainWindow *w) : m_w(w) { ++m_w->m_batchDepth; }
    ~Batch()
    {
        if (--m_w->m_batchDepth == 0 && m_w->m_refreshDue)
            m_w->refresh();
    }
    Batch(const Batch &) = delete;
    Batch &operator=(const Batch &) = delete;

private:
    MainWindow *m_w;
};

bool MainWindow::report(const AppendResult &result)
{
    if (result.rejected()) {
        statusBar()->showMessage(result.message, 8000);
        QApplication::beep();
        return false;
    }
    return true;
}

void MainWindow::refresh()
{
    m_refreshDue = false;
    DrillEngine *e = engine();
    DrillMetrics metrics;
    if (e) {
        metrics = e->metrics(); // derived once per change, shared by every view
        m_model->setMetrics(metrics);
        m_model->setReadySteps(readySteps());
        m_clocks->setMetrics(m_runbook, metrics, e->currentSteps());
        m_injects->setInjects(m_runbook.injects, e->replay().revealedInjects());
    } else {
        m_model->clearMetrics();
        // No drill yet: the clocks give the runbook's objective, as the projector does.
        DrillMetrics objectives;
        objectives.rtoTargetMs = m_runbook.rtoSeconds * 1000;
        objectives.rpoTargetMs = m_runbook.rpoSeconds * 1000;
        m_clocks->setMetrics(m_runbook, objectives, {});
        m_injects->setInjects(m_runbook.injects, {});
    }
    QSet<QString> annotated;
    if (e)
        for (const AnnotationLedger::Annotation &a : e->annotations().annotations())
            annotated.insert(a.stepId);
    // Only the rows whose note came or went repaint: a whole outline per action (or per tick)
    // costs milliseconds a clicker press does not have.
    for (const QString &stepId : m_outlineDelegate->setAnnotatedSteps(annotated))
        m_outline->update(m_model->indexOfStep(stepId));
    showStep(m_focusStep);
    if (m_audience)
        m_audience->setState(audienceState(metrics));
}

AudienceState MainWindow::audienceState(const DrillMetrics &metrics) const
{
    AudienceState::Progress p;
    if (DrillEngine *e = engine()) {
        p.environment = e->drill().environment;
        p.iteration = e->drill().iteration;
        p.participants = e->drill().participants;
        QStringList running = e->currentSteps();
        // The step the facilitator looks at is the one shown large.
        if (running.removeOne(m_focusStep))
            running.prepend(m_focusStep);
        for (const QString &id : std::as_const(running))
            if (const StepMetrics *m = metrics.step(id))
                p.runningSteps.append({id, m->actualMs});
        for (const StepMetrics &m : metrics.steps)
            if (m.status == StepStatus::Done || m.status == StepStatus::Skipped)
                p.doneStepIds.insert(m.stepId);
        for (const StepMetrics &m : metrics.steps)
            if (m.status == StepStatus::Skipped)
                p.skippedStepIds.insert(m.stepId);
        p.revealedInjectIds = e->replay().revealedInjects();
        p.rewrittenStepIds = e->replay().rewrittenSteps();
        p.drillElapsedMs = metrics.activeMs;
        p.clockRunning = metrics.state == Drill::State::Running;
        p.paused = metrics.state == Drill::State::Paused;
        p.finished = Drill::isEnded(metrics.state);
        p.rto = RtoCountdown::fromMetrics(metrics);
        p.readyStepIds = readySteps();
        p.rtoStatus = metrics.rtoStatus();
        p.rpoMs = metrics.rpoMs;
        // Observations as they stand: edits applied, deleted ones gone from the room.
        const QList<ObservationLedger::Observation> current = m_log->ledger().current();
        for (const ObservationLedger::Observation &o : current)
            p.observations.append(
                {EventLogModel::clockTime(o.timeMs), QuickEntry::prefixOf(o.category) + o.text});
        // Only the notes the facilitator ticked for the projector.
        QStringList order;
        const QList<Step> steps = m_runbook.allSteps();
        for (const Step &step : steps)
            order.append(step.id);
        p.pinnedAnnotations = e->annotations().projectorTexts(order);
    }
    return AudienceState::fromRunbook(m_runbook, p);
}

QStringList MainWindow::readySteps() const
{
    DrillEngine *e = engine();
    const bool going =
        e && (e->state() == Drill::State::Running || e->state() == Drill::State::Paused);
    return going ? e->readySteps() : QStringList();
}

QString MainWindow::currentStep() const
{
    DrillEngine *e = engine();
    if (!e)
        return {};
    const QStringList running = e->currentSteps();
    if (running.contains(m_focusStep))
        return m_focusStep;
    return running.value(0);
}

void MainWindow::showStep(const QString &stepId)
{
    const Step *step = m_runbook.findStep(stepId);
    if (!step) {
        m_stepView->clear();
        return;
    }
    m_stepView->setStep(*step, m_runbook.phaseOfStep(stepId)->title);
    showAnnotation();
    const QModelIndex index = m_model->indexOfStep(stepId);
    if (m_outline->currentIndex() != index) {
        const QModelIndex previous = m_outline->currentIndex();
        {
            const QSignalBlocker block(m_outline->selectionModel());
            m_outline->setCurrentIndex(index);
        }
        // With the selection model's signals blocked the view does not repaint the highlight:
        // the row that had it and the row that gets it, and nothing else.
        for (const QModelIndex &changed : {previous, index}) {
            if (!changed.isValid())
                continue;
            const QRect cell = m_outline->visualRect(changed);
            m_outline->viewport()->update(
                QRect(0, cell.top(), m_outline->viewport()->width(), cell.height()));
        }
        const QRect row = m_outline->visualRect(index);
        if (!m_outline->viewport()->rect().contains(row))
            m_outline->scrollTo(index, QAbstractItemView::PositionAtCenter);
        prepareOutlineAhead();
    }
}

// Lays out the text of the rows just below the outline's view, three rows per step shown, up
// to a page ahead: the jump that brings them into view then paints them from the delegate's
// cache instead of shaping twenty rows of text at once, which made the slowest presses.
void MainWindow::prepareOutlineAhead()
{
    const QRect view = m_outline->viewport()->rect();
    QModelIndex row = m_outline->indexAt(QPoint(1, view.bottom()));
    if (!row.isValid())
        return; // the outline ends inside the view
    if (m_outlinePrepared.isValid() &&
        m_outline->visualRect(m_outlinePrepared).top() > m_outline->visualRect(row).top())
        row = m_outlinePrepared;
    const int ahead = view.bottom() + view.height();
    for (int n = 0; n < 3; ++n) {
        const QModelIndex next = m_outline->indexBelow(row);
        if (!next.isValid() || m_outline->visualRect(next).top() > ahead)
            break;
        for (int column = 0; column < RunbookModel::NUM_COLUMNS; ++column)
            if (!m_outline->isColumnHidden(column))
                m_outlineDelegate->prepare(m_outline, next.siblingAtColumn(column));
        row = next;
    }
    m_outlinePrepared = row;
}

void MainWindow::updateAuthorFilter()
{
    const QString selected = m_logAuthor->currentData().toString();
    const QStringList authors = m_log->authors();
    if (m_logAuthor->count() == authors.size() + 1)
        return; // nobody new
    const QSignalBlocker block(m_logAuthor);
    m_logAuthor->clear();
    m_logAuthor->addItem(tr("Anyone"), QString());
    for (const QString &a : authors)
        m_logAuthor->addItem(a, a);
    m_logAuthor->setCurrentIndex(std::max(0, m_logAuthor->findData(selected)));
}

void MainWindow::showSelectedStep()
{
    const QString id = m_outline->currentIndex().data(RunbookModel::StepIdRole).toString();
    if (id.isEmpty())
        return;
    m_focusStep = id;
    showStep(id);
    if (m_logStepOnly)
        m_logFilter->setStep(id);
    if (m_audience && engine() && engine()->currentSteps().contains(id))
        m_audience->setState(audienceState(engine()->metrics()));
}

void MainWindow::startOrResume()
{
    const Batch batch(this);
    DrillEngine *e = engine();
    if (!e) {
        newDrillDialog();
        return;
    }
    switch (e->state()) {
    case Drill::State::Planned:
        if (report(e->start())) {
            const QString first = e->nextStep();
            if (!first.isEmpty() && report(e->startStep(first))) {
                m_focusStep = first;
                refresh();
            }
            showProjector();
        }
        break;
    case Drill::State::Paused:
        if (report(e->resume()))
            showProjector();
        break;
    case Drill::State::Running:
        statusBar()->showMessage(tr("The drill is already running"), 4000);
        showProjector();
        break;
    case Drill::State::Finished:
    case Drill::State::Aborted:
        statusBar()->showMessage(tr("This drill has ended; Ctrl+N starts a new one"), 6000);
        break;
    }
}

void MainWindow::togglePause()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    if (e->state() == Drill::State::Paused)
        report(e->resume());
    else
        report(e->pause());
}

void MainWindow::advance()
{
    const Batch batch(this);
    DrillEngine *e = engine();
    if (!e)
        return;
    if (e->state() == Drill::State::Planned) {
        startOrResume();
        return;
    }
    if (e->state() == Drill::State::Paused) {
        statusBar()->showMessage(tr("The drill is paused — P resumes it"), 6000);
        QApplication::beep();
        return;
    }
    const QString current = currentStep();
    if (current.isEmpty() && e->nextStep().isEmpty()) {
        statusBar()->showMessage(tr("Every step is finished — Ctrl+Return finishes the drill"),
                                 8000);
        return;
    }
    // Completes the step and starts the next ready one, whatever else runs in parallel.
    QString started;
    if (!report(e->completeAndStartNext(current, &started)))
        return;
    m_focusStep = !started.isEmpty() ? started : e->currentSteps().value(0, m_focusStep);
    refresh();
}

void MainWindow::reopenPrevious()
{
    const Batch batch(this);
    DrillEngine *e = engine();
    if (!e)
        return;
    // The most recently finished step is the one a mis-click just completed; the step the
    // same press started goes back to not started, so the undo leaves no trace in the times.
    const QList<DrillEvent> events = e->committedEvents() + e->pendingEvents();
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const DrillEvent &finished = events[i];
        if (finished.kind != DrillEvent::Kind::StepDone &&
            finished.kind != DrillEvent::Kind::StepSkipped)
            continue;
        const StepStatus status = e->stepStatus(finished.stepId);
        if (status != StepStatus::Done && status != StepStatus::Skipped)
            continue;
        for (qsizetype k = i + 1; k < events.size(); ++k)
            if (const auto *started = e->replay().step(events[k].stepId);
                events[k].kind == DrillEvent::Kind::StepStarted && started &&
                started->base == StepStatus::Running && started->intervals.size() == 1)
                report(e->unstartStep(events[k].stepId, tr("mis-click")));
        if (report(e->reopenStep(finished.stepId, tr("mis-click"))))
            m_focusStep = finished.stepId;
        refresh();
        return;
    }
    statusBar()->showMessage(tr("No finished step to reopen"), 4000);
}

void MainWindow::skipCurrent()
{
    const QString step = currentStep().isEmpty() ? m_focusStep : currentStep();
    if (!engine() || step.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Skip step"), tr("Why is “%1” skipped?").arg(m_runbook.findStep(step)->title),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        skipCurrentWithReason(reason);
}

void MainWindow::skipCurrentWithReason(const QString &reason)
{
    const Batch batch(this);
    DrillEngine *e = engine();
    const QString step = currentStep().isEmpty() ? m_focusStep : currentStep();
    if (!e || step.isEmpty())
        return;
    if (reason.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("A skipped step needs a reason, for the report"), 6000);
        return;
    }
    if (!report(e->skipStep(step, reason.trimmed())))
        return;
    const QString next = e->nextStep();
    if (!next.isEmpty() && e->state() == Drill::State::Running && report(e->startStep(next)))
        m_focusStep = next;
    refresh();
}

void MainWindow::startSelectedStep()
{
    const Batch batch(this);
    DrillEngine *e = engine();
    const QString id = m_outline->currentIndex().data(RunbookModel::StepIdRole).toString();
    if (!e || id.isEmpty())
        return;
    if (e->state() == Drill::State::Planned && !report(e->start()))
        return;
    if (report(e->startStep(id))) {
        m_focusStep = id;
        refresh();
    }
}

void MainWindow::completeSelectedStep()
{
    DrillEngine *e = engine();
    const QString id = m_outline->currentIndex().data(RunbookModel::StepIdRole).toString();
    if (e && !id.isEmpty())
        report(e->completeStep(id));
}

void MainWindow::toggleBlockCurrent()
{
    DrillEngine *e = engine();
    const QString step = currentStep();
    if (!e || step.isEmpty())
        return;
    if (e->stepStatus(step) == StepStatus::Blocked) {
        report(e->unblockStep(step));
        return;
    }
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Block step"),
                              tr("What is “%1” waiting for?").arg(m_runbook.findStep(step)->title),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        report(e->blockStep(step, reason.trimmed()));
}

void MainWindow::revealNextInject()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    const QString id = m_injects->selectedInject().isEmpty() ||
                               e->replay().revealedInjects().contains(m_injects->selectedInject())
                           ? m_injects->nextUnrevealed()
                           : m_injects->selectedInject();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Every inject has been revealed"), 4000);
        return;
    }
    report(e->revealInject(id));
}

void MainWindow::enterDataRestoredAt()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Restored data"),
        tr("The restored data is from (local time, yyyy-MM-dd HH:mm) — sets the RPO:"),
        QLineEdit::Normal, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s), &ok);
    if (!ok)
        return;
    const QDateTime when = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm"_s);
    if (!when.isValid()) {
        QMessageBox::warning(this, tr("Restored data"),
                             tr("“%1” is not a time like 2026-11-23 09:30.").arg(text));
        return;
    }
    report(e->setDataRestoredAt(when.toMSecsSinceEpoch()));
}

void MainWindow::finishDrill()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    const QStringList running = e->currentSteps();
    if (!running.isEmpty() &&
        QMessageBox::question(this, tr("Finish drill"),
                              tr("%n step(s) still running. Finish the drill anyway?", nullptr,
                                 int(running.size()))) != QMessageBox::Yes)
        return;
    if (report(e->finish()) && !m_runbook.evaluation.isEmpty())
        showScorecard();
}

void MainWindow::abortDrill()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Abort drill"), tr("Why is the drill aborted?"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        report(e->abort(reason.trimmed()));
}

void MainWindow::focusObservationEntry()
{
    activateWindow(); // pressed while the projector window has the keyboard: typing goes here
    m_observationEntry->setFocus(Qt::ShortcutFocusReason);
    m_observationEntry->selectAll();
}

void MainWindow::submitObservation()
{
    DrillEngine *e = engine();
    if (m_observationEntry->text().trimmed().isEmpty()) {
        statusBar()->showMessage(
            m_imageEntry->hasImage()
                ? tr("Type what the image shows, then Enter: an image is logged with text")
                : QuickEntry::textProblem(m_observationEntry->text()),
            6000);
        return;
    }
    if (!e) {
        statusBar()->showMessage(tr("Start a drill first (Ctrl+N): observations belong to one"),
                                 6000);
        return;
    }
    const QuickEntry entry = QuickEntry::parse(m_observationEntry->text());
    if (!entry.ok()) { // the text stays in the entry to be corrected
        statusBar()->showMessage(entry.error, 10000);
        QApplication::beep();
        return;
    }
    // Cleared only once the event is committed or safely pending: nothing typed is lost.
    const EventAttachment image = m_imageEntry->image();
    const AppendResult result =
        e->observe(entry.text, entry.category, entry.author, currentStep(), image);
    if (!report(result))
        return;
    m_observationEntry->clear();
    // The keys drive the drill again; N brings the entry back.
    m_outline->setFocus(Qt::OtherFocusReason);
    if (!image.isEmpty()) {
        if (auto stored = m_session->drills().attachments(e->drill().id))
            for (const EventAttachment &a : stored.value())
                if (a.eventId == result.event.id)
                    m_log->addAttachment(a);
        m_imageEntry->clearImage();
    }
}

void MainWindow::toggleProjector()
{
    if (m_audience && m_audience->isVisible())
        m_audience->hide();
    else
        showProjector();
}

void MainWindow::setProjectorScreen(const QString &name)
{
    if (m_placement)
        m_placement->setPreferredScreen(name); // and moves the window there
    else
        m_projectorSettings->setScreenName(name);
}

void MainWindow::toggleProjectorBlank()
{
    audienceWindow()->toggleBlanked();
}

void MainWindow::toggleProjectorTheme()
{
    const auto next = m_projectorSettings->themeVariant() == ProjectorTheme::Variant::Dark
                          ? ProjectorTheme::Variant::Light
                          : ProjectorTheme::Variant::Dark;
    if (m_audience)
        m_audience->setThemeVariant(next);
    m_projectorSettings->setThemeVariant(next);
}

void MainWindow::toggleConsoleTheme()
{
    ConsoleTheme::apply(ConsoleTheme::current() == ConsoleTheme::Variant::Dark
                            ? ConsoleTheme::Variant::Light
                            : ConsoleTheme::Variant::Dark);
}

void MainWindow::showCheatSheet()
{
    auto *sheet = new ShortcutCheatSheet(m_shortcutActions, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

void MainWindow::updateTitle()
{
    QString runbookText;
    if (m_runbook.id.isEmpty()) {
        setWindowTitle(tr("DrillDeck"));
        runbookText = tr("No runbook open — Ctrl+O opens one");
    } else {
        QString title = m_runbook.title;
        if (DrillEngine *e = engine())
            title = tr("%1 · %2 #%3").arg(title, e->drill().environment).arg(e->drill().iteration);
        if (m_session && DemoData::versionOf(m_session->databasePath()) > 0)
            title = tr("%1 — example data").arg(title);
        setWindowTitle(tr("%1 — DrillDeck").arg(title));
        runbookText = m_runbookPath.isEmpty() ? tr("Runbook %1 (stored revision)").arg(m_runbook.id)
                                              : tr("Runbook %1").arg(ShownPath::of(m_runbookPath));
    }
    m_statusRunbook->setText(runbookText);
}

void MainWindow::updateActions()
{
    const bool haveDrill = engine() != nullptr;
    m_firstSteps->setVisible(!haveDrill); // until a drill opens: how to start one
    for (QAction *a : std::as_const(m_needDrill))
        a->setEnabled(haveDrill || a->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    m_newDrill->setEnabled(m_session != nullptr || !m_pendingDatabase.isEmpty());
}

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
            QFile f(path);
            if (path.isEmpty() || !f.open(QIODevice::WriteOnly) ||
                f.write(e->exportPending()) < 0) {
                event->ignore();
                return;
            }
        }
    }
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    if (m_audience)
        m_audience->close();
    event->accept();
}

// ---- The record: observations corrected, images, notes, action items, the scorecard ----

void MainWindow::createRecordActions()
{
    using K = QKeySequence;
    // Before Help, which stays last.
    auto *record = new QMenu(tr("&Record"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), record);
    // Edit and Delete act on the log's selected row; their keys work where the log has focus.
    QAction *edit =
        record->addAction(tr("&Edit Observation…"), this, &MainWindow::editSelectedObservation);
    edit->setShortcut(K(Qt::Key_F2));
    QAction *remove =
        record->addAction(tr("&Delete Observation…"), this, &MainWindow::deleteSelectedObservation);
    remove->setShortcut(K(K::Delete));
    QAction *image = record->addAction(tr("&View Image"), this, &MainWindow::viewSelectedImage);
    image->setShortcut(K(Qt::SHIFT | Qt::Key_Return));
    for (QAction *a : {edit, remove, image}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_logView->addAction(a);
        m_needDrill.append(a);
        m_shortcutActions.append(a);
    }
    m_logView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_logView->setItemDelegate(new EventLogDelegate(m_logView));
    connect(m_logView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(EventLogModel::AttachmentIdRole).toLongLong() > 0)
            viewSelectedImage();
        else if (index.data(EventLogModel::IsObservationRole).toBool())
            editSelectedObservation();
    });
    record->addSeparator();
    m_needDrill.append(addDrillAction(record, tr("&Annotate Step…"), {K(Qt::Key_A)},
                                      &MainWindow::annotateFocusedStep));
    m_needDrill.append(addDrillAction(record, tr("Action &Items…"),
                                      {K(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                                      &MainWindow::showActionItems));
    m_needDrill.append(addDrillAction(record, tr("&Scorecard…"),
                                      {K(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                                      &MainWindow::showScorecard));

    m_imageNote->hide();
    m_imageNote->setAccessibleName(tr("Image to attach"));
    connect(m_imageEntry, &ObservationEntry::imageChanged, this,
            [this](bool attached, const QString &description) {
                m_imageNote->setText(
                    tr("Image: %1 (Ctrl+Shift+Backspace removes it)").arg(description));
                m_imageNote->setVisible(attached);
            });
    connect(m_imageEntry, &ObservationEntry::imageRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        QApplication::beep();
    });
    auto *dropImage = new QAction(tr("Remove the Attached Image"), this);
    dropImage->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    connect(dropImage, &QAction::triggered, m_imageEntry, &ObservationEntry::clearImage);
    addAction(dropImage);
    m_shortcutActions.append(dropImage);
}

QString MainWindow::statusMessage() const
{
    return statusBar()->currentMessage();
}

qint64 MainWindow::selectedObservation() const
{
    const QModelIndex index = m_logView->currentIndex();
    if (!index.isValid() || !index.data(EventLogModel::IsObservationRole).toBool())
        return 0;
    return index.data(EventLogModel::EventIdRole).toLongLong();
}

QStringList MainWindow::drillNames() const
{
    QStringList names;
    if (DrillEngine *e = engine()) {
        names.append(e->drill().facilitator);
        for (const Participant &p : e->drill().participants)
            names.append(p.name);
    }
    names += m_log->authors();
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QString MainWindow::drillLabel(qint64 drillId) const
{
    if (m_session)
        if (auto d = m_session->drills().drill(drillId))
            return tr("%1 #%2, %3")
                .arg(d->environment)
                .arg(d->iteration)
                .arg(QDateTime::fromMSecsSinceEpoch(d->createdMs)
                         .toLocalTime()
                         .toString(u"yyyy-MM-dd"_s));
    return tr("drill %1").arg(drillId);
}

void MainWindow::showAnnotation()
{
    const AnnotationLedger::Annotation *a =
        engine() ? engine()->annotations().find(m_focusStep) : nullptr;
    m_stepView->setAnnotation(a ? a->text : QString(), a && a->onProjector);
}

bool MainWindow::editObservation(qint64 observationId, const QString &text, const QString &category,
                                 const QString &author, const QString &stepId)
{
    DrillEngine *e = engine();
    if (!e)
        return false;
    if (!report(e->editObservation(observationId, text, category, author, stepId)))
        return false;
    statusBar()->showMessage(tr("Observation changed — the original stays in the log"), 5000);
    refresh();
    return true;
}

bool MainWindow::deleteObservation(qint64 observationId, const QString &reason)
{
    DrillEngine *e = engine();
    if (!e)
        return false;
    if (!report(e->deleteObservation(observationId, reason)))
        return false;
    statusBar()->showMessage(tr("Observation deleted — it stays in the log, struck through"), 5000);
    refresh();
    return true;
}

bool MainWindow::annotateStep(const QString &stepId, const QString &text, bool onProjector)
{
    DrillEngine *e = engine();
    if (!e || !report(e->annotate(stepId, text, onProjector)))
        return false;
    refresh();
    return true;
}

bool MainWindow::removeAnnotation(const QString &stepId)
{
    DrillEngine *e = engine();
    if (!e || !report(e->removeAnnotation(stepId)))
        return false;
    refresh();
    return true;
}

bool MainWindow::recordScore(const QString &criterion, int score, const QString &comment)
{
    DrillEngine *e = engine();
    return e && report(e->recordScore(criterion, score, comment));
}

void MainWindow::editSelectedObservation()
{
    DrillEngine *e = engine();
    const qint64 id = selectedObservation();
    const ObservationLedger::Observation *o = e ? e->observations().find(id) : nullptr;
    if (!o) {
        statusBar()->showMessage(tr("Select a stored observation in the log first"), 5000);
        return;
    }
    if (o->deleted) {
        statusBar()->showMessage(tr("A deleted observation cannot change any more"), 5000);
        return;
    }
    ObservationEditDialog dialog(*o, m_runbook, drillNames(), this);
    if (dialog.exec() == QDialog::Accepted)
        editObservation(id, dialog.text(), dialog.category(), dialog.author(), dialog.stepId());
}

void MainWindow::deleteSelectedObservation()
{
    DrillEngine *e = engine();
    const qint64 id = selectedObservation();
    const ObservationLedger::Observation *o = e ? e->observations().find(id) : nullptr;
    if (!o || o->deleted) {
        statusBar()->showMessage(tr("Select an observation in the log to delete"), 5000);
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Delete observation"),
        tr("Delete “%1”?\nIt stays in the log, struck through. Why (optional):").arg(o->text),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        deleteObservation(id, reason);
}

void MainWindow::viewSelectedImage()
{
    const qint64 attachmentId =
        m_logView->currentIndex().data(EventLogModel::AttachmentIdRole).toLongLong();
    if (!m_session || attachmentId <= 0) {
        statusBar()->showMessage(tr("The selected row has no image"), 4000);
        return;
    }
    const auto image = m_session->drills().attachment(attachmentId);
    QPixmap pixmap;
    if (!image || !pixmap.loadFromData(image->data)) {
        statusBar()->showMessage(
            image ? tr("The stored image cannot be shown") : image.error().message, 8000);
        return;
    }
    auto *viewer = new QDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(
        tr("Image — %1, %2").arg(image->mimeType, EventAttachment::sizeText(image->size)));
    auto *label = new QLabel(viewer);
    label->setPixmap(pixmap);
    auto *scroll = new QScrollArea(viewer);
    scroll->setWidget(label);
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(scroll);
    viewer->resize(std::min(pixmap.width() + 40, 1400), std::min(pixmap.height() + 40, 900));
    viewer->open();
}

void MainWindow::annotateFocusedStep()
{
    DrillEngine *e = engine();
    const Step *step = m_runbook.findStep(m_focusStep);
    if (!e || !step)
        return;
    const AnnotationLedger::Annotation *a = e->annotations().find(step->id);
    AnnotationDialog dialog(step->title, a ? a->text : QString(), a && a->onProjector, a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.removeRequested())
        removeAnnotation(step->id);
    else
        annotateStep(step->id, dialog.text(), dialog.onProjector());
}

void MainWindow::showActionItems()
{
    DrillEngine *e = engine();
    if (!e || !m_session)
        return;
    ActionItemsDialog dialog(
        m_session->actionItems(), e->drill().id, e->drill().runbookId,
        [this](qint64 id) { return drillLabel(id); }, &DrillEngine::systemClock, this);
    dialog.exec();
}

void MainWindow::showScorecard()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    if (m_runbook.evaluation.isEmpty()) {
        statusBar()->showMessage(
            tr("This runbook has no evaluation criteria (add `evaluation:` to rate a drill)"),
            8000);
        return;
    }
    // Window-modal but not blocking: it opens by itself after Finish.
    auto *dialog = new ScorecardDialog(m_runbook.evaluation, e->scorecard(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Batch batch(this);
        const QList<ScorecardDialog::Rating> ratings = dialog->changedRatings();
        qsizetype stored = 0;
        for (const ScorecardDialog::Rating &r : ratings)
            stored += recordScore(r.criterion, r.score, r.comment) ? 1 : 0;
        if (stored == ratings.size())
            statusBar()->showMessage(tr("%n rating(s) recorded", nullptr, int(stored)), 5000);
    });
    dialog->open();
}

void MainWindow::closeCarriedOverItems(const QHash<qint64, ActionItem::Status> &closures)
{
    DrillEngine *e = engine();
    if (!e || closures.isEmpty())
        return;
    const StoreError error = m_session->closeActionItems(closures, e->drill().id);
    if (error)
        QMessageBox::warning(this, tr("Action items"),
                             tr("Not every action item could be closed: %1").arg(error.message));
    else
        statusBar()->showMessage(
            tr("%n action item(s) of earlier drills closed", nullptr, int(closures.size())), 6000);
}

// ---------------------------------------------------------------------------------------------
// Live rewrite of the procedure (issue 5): the Procedure menu, its undo stack and the review.

void MainWindow::createRewriteActions()
{
    using K = QKeySequence;
    QMenu *procedure = menuBar()->addMenu(tr("P&rocedure"));
    auto need = [this](QAction *a) {
        m_needDrill.append(a);
        return a;
    };
    need(addDrillAction(procedure, tr("&Edit Selected Step…"), {K(Qt::Key_E)},
                        &MainWindow::editSelectedStep));
    need(addDrillAction(procedure, tr("&Insert Step After Selected…"),
                        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                        &MainWindow::insertStepAfterSelected));
    need(addDrillAction(procedure, tr("&Remove Selected Step"),
                        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}, &MainWindow::removeSelectedStep));
    need(addDrillAction(procedure, tr("Move Step &Up"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)},
                        &MainWindow::moveSelectedStepUp));
    need(addDrillAction(procedure, tr("Move Step &Down"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)},
                        &MainWindow::moveSelectedStepDown));
    procedure->addSeparator();
    QAction *undo = need(addDrillAction(procedure, tr("&Undo Rewrite"), {K(Qt::CTRL | Qt::Key_Z)},
                                        &MainWindow::undoRewrite));
    QAction *redo = need(addDrillAction(
        procedure, tr("Re&do Rewrite"),
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)}, &MainWindow::redoRewrite));
    connect(m_rewrites, &RewriteUndoStack::changed, this, [this, undo, redo] {
        const QUndoStack *stack = m_rewrites->stack();
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                       : tr("&Undo Rewrite"));
        redo->setText(stack->canRedo() ? tr("Re&do %1").arg(stack->redoText())
                                       : tr("Re&do Rewrite"));
    });
    procedure->addSeparator();
    need(addDrillAction(procedure, tr("Re&view Rewrites and Save…"),
                        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, &MainWindow::reviewRewrites));
}

// The console and the projector show the rewritten procedure at once, rewritten steps marked.
void MainWindow::applyRewrittenProcedure()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    m_runbook = e->runbook();
    m_model->setRunbook(m_runbook);
    m_model->setRewrittenSteps(e->replay().rewrittenSteps());
    m_log->setRunbook(m_runbook);
    m_outline->expandAll();
    if (!m_runbook.findStep(m_focusStep)) {
        const QStringList running = e->currentSteps();
        m_focusStep = running.isEmpty() ? e->nextStep() : running.constFirst();
    }
}

bool MainWindow::reportRewrite(const QString &problem)
{
    if (problem.isEmpty())
        return true;
    statusBar()->showMessage(problem.section(u'\n', 0, 0), 10000);
    QApplication::beep();
    return false;
}

bool MainWindow::performRewrite(const StepRewrite &rewrite, const QString &focusAfter)
{
    const Batch batch(this);
    if (!reportRewrite(m_rewrites->perform(rewrite)))
        return false;
    if (!focusAfter.isEmpty())
        m_focusStep = focusAfter;
    m_refreshDue = true;
    return true;
}

namespace {
// The phase and position of a step in the procedure.
std::optional<std::pair<QString, int>> placeOf(const Runbook &runbook, const QString &stepId)
{
    for (const Phase &p : runbook.phases)
        for (int i = 0; i < p.steps.size(); ++i)
            if (p.steps[i].id == stepId)
                return std::make_pair(p.id, i);
    return std::nullopt;
}
} // namespace

void MainWindow::editSelectedStep()
{
    const auto place = placeOf(m_runbook, m_focusStep);
    if (!engine() || !place)
        return;
    const Step before = *m_runbook.findStep(m_focusStep);
    StepEditDialog dialog(StepEditDialog::Mode::Edit, before, m_runbook.roles, this);
    dialog.setChecker([this, place, before](const Step &after) {
        return m_rewrites->check(StepRewrite::edit(place->first, place->second, before, after));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.step() == before)
        return;
    if (performRewrite(StepRewrite::edit(place->first, place->second, before, dialog.step()),
                       before.id))
        statusBar()->showMessage(tr("Rewrote “%1” — Ctrl+Z undoes it").arg(dialog.step().title),
                                 6000);
}

void MainWindow::insertStepAfterSelected()
{
    const auto place = placeOf(m_runbook, m_focusStep);
    if (!engine() || !place)
        return;
    const Step *after = m_runbook.findStep(m_focusStep);
    Step proposed;
    proposed.role = after->role;
    proposed.dependsOn = {after->id};
    StepEditDialog dialog(StepEditDialog::Mode::Insert, proposed, m_runbook.roles, this);
    const QString phaseId = place->first;
    const int index = place->second + 1;
    dialog.setChecker([this, phaseId, index](const Step &step) {
        return m_rewrites->check(StepRewrite::insert(phaseId, index, step));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Step step = dialog.step();
    if (performRewrite(StepRewrite::insert(phaseId, index, step), step.id))
        statusBar()->showMessage(tr("Inserted “%1” — Ctrl+Z undoes it").arg(step.title), 6000);
}

void MainWindow::removeSelectedStep()
{
    const auto place = placeOf(m_runbook, m_focusStep);
    if (!engine() || !place)
        return;
    const Step step = *m_runbook.findStep(m_focusStep);
    if (performRewrite(StepRewrite::remove(place->first, place->second, step), {}))
        statusBar()->showMessage(tr("Removed “%1” — Ctrl+Z puts it back").arg(step.title), 6000);
}

void MainWindow::moveSelectedStep(int direction)
{
    const auto place = placeOf(m_runbook, m_focusStep);
    if (!engine() || !place)
        return;
    const Step step = *m_runbook.findStep(m_focusStep);
    qsizetype phase = 0;
    while (m_runbook.phases[phase].id != place->first)
        ++phase;
    const int size = int(m_runbook.phases[phase].steps.size());
    QString toPhase = place->first;
    int toIndex = place->second + direction;
    if (toIndex < 0 || toIndex >= size) { // across the phase boundary
        const qsizetype other = phase + direction;
        if (other < 0 || other >= m_runbook.phases.size()) {
            reportRewrite(direction < 0 ? tr("“%1” is already the first step").arg(step.title)
                                        : tr("“%1” is already the last step").arg(step.title));
            return;
        }
        toPhase = m_runbook.phases[other].id;
        toIndex = direction < 0 ? int(m_runbook.phases[other].steps.size()) : 0;
    }
    performRewrite(StepRewrite::move(place->first, place->second, step, toPhase, toIndex), step.id);
}

void MainWindow::moveSelectedStepUp()
{
    moveSelectedStep(-1);
}

void MainWindow::moveSelectedStepDown()
{
    moveSelectedStep(+1);
}

void MainWindow::undoRewrite()
{
    const Batch batch(this);
    const QString text = m_rewrites->stack()->undoText();
    if (reportRewrite(m_rewrites->undo()))
        statusBar()->showMessage(tr("Undone: %1").arg(text), 6000);
}

void MainWindow::redoRewrite()
{
    const Batch batch(this);
    const QString text = m_rewrites->stack()->redoText();
    if (reportRewrite(m_rewrites->redo()))
        statusBar()->showMessage(tr("Redone: %1").arg(text), 6000);
}

void MainWindow::reviewRewrites()
{
    DrillEngine *e = engine();
    if (!e || !m_session)
        return;
    auto *dialog = new ReviewRewritesDialog(e, &m_session->revisions(), m_runbookPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewRewritesDialog::saved, this, [this](const QString &path) {
        // A new drill of this runbook starts from what was saved.
        if (!path.isEmpty() && path == m_runbookPath) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                m_runbookSource = file.readAll();
        }
        statusBar()->showMessage(
            path.isEmpty()
                ? tr("Rewritten runbook stored as a new revision")
                : tr("Rewritten runbook saved to %1").arg(QDir::toNativeSeparators(path)),
            8000);
    });
    dialog->open();
}
