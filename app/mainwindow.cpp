#include "mainwindow.h"

#include "appsettings.h"
#include "runbookloader.h"
#include "runbookmodel.h"
#include "stepdetailview.h"
#include "stopwatchwidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(new AppSettings(this)), m_model(new RunbookModel(this)),
      m_outline(new QTreeView(this)), m_stepView(new StepDetailView(this)),
      m_stopwatch(new StopwatchWidget(this)), m_statusRunbook(new QLabel(this))
{
    m_outline->setModel(m_model);
    m_outline->setUniformRowHeights(true);
    m_outline->setAlternatingRowColors(true);
    m_outline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_outline->header()->setSectionResizeMode(RunbookModel::TitleColumn, QHeaderView::Stretch);
    m_outline->setAccessibleName(tr("Runbook outline"));
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentStep);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_stopwatch);
    rightLayout->addWidget(m_stepView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    statusBar()->addPermanentWidget(m_statusRunbook);
    createActions();
    updateTitle();
    resize(1280, 800);
    restoreGeometry(m_settings->mainWindowGeometry());
}

MainWindow::~MainWindow() = default;

const Runbook &MainWindow::runbook() const
{
    return m_model->runbook();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Runbook…"),
                                    this, &MainWindow::openRunbookDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_settings, &AppSettings::recentRunbooksChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *drill = menuBar()->addMenu(tr("&Drill"));
    QAction *start =
        drill->addAction(tr("&Start or Pause Stopwatch"), this, &MainWindow::toggleStopwatch);
    start->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_P)});
    QAction *next = drill->addAction(tr("&Next Step"), this, &MainWindow::selectNextStep);
    next->setShortcuts({QKeySequence(Qt::Key_PageDown)});
    QAction *previous =
        drill->addAction(tr("&Previous Step"), this, &MainWindow::selectPreviousStep);
    previous->setShortcuts({QKeySequence(Qt::Key_PageUp)});
    QAction *copy = drill->addAction(tr("&Copy Command"), m_stepView, &StepDetailView::copyCommand);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
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

bool MainWindow::openRunbook(const QString &path)
{
    const RunbookLoadResult result = RunbookLoader::loadFile(path);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        m_lastError = lines.join(u'\n');
        statusBar()->showMessage(
            tr("%1 has %n problem(s)", nullptr, int(lines.size())).arg(QFileInfo(path).fileName()));
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Cannot open runbook"),
                            tr("%1 is not a valid runbook.").arg(path), QMessageBox::Close, this);
        box->setDetailedText(m_lastError);
        box->setInformativeText(lines.value(0));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_lastError.clear();
    m_runbookPath = QFileInfo(path).absoluteFilePath();
    m_model->setRunbook(*result.runbook);
    m_outline->expandAll();
    m_outline->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    m_stopwatch->reset();
    m_settings->addRecentRunbook(m_runbookPath);
    updateTitle();
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

// Reading order across phases: the step after the current one, wherever it lives.
void MainWindow::selectNextStep()
{
    const QString current = m_outline->currentIndex().data(RunbookModel::StepIdRole).toString();
    const QList<Step> steps = runbook().allSteps();
    const int at = runbook().stepIndex(current);
    if (at + 1 < steps.size())
        m_outline->setCurrentIndex(m_model->indexOfStep(steps[at + 1].id));
}

void MainWindow::selectPreviousStep()
{
    const QString current = m_outline->currentIndex().data(RunbookModel::StepIdRole).toString();
    const QList<Step> steps = runbook().allSteps();
    const int at = runbook().stepIndex(current);
    if (at > 0)
        m_outline->setCurrentIndex(m_model->indexOfStep(steps[at - 1].id));
}

void MainWindow::toggleStopwatch()
{
    if (m_stopwatch->isRunning())
        m_stopwatch->stop();
    else
        m_stopwatch->start();
}

void MainWindow::showCurrentStep()
{
    const QModelIndex index = m_outline->currentIndex();
    const QString stepId = index.data(RunbookModel::StepIdRole).toString();
    if (const Step *step = runbook().findStep(stepId))
        m_stepView->setStep(*step, runbook().phaseOfStep(stepId)->title);
    else
        m_stepView->clear();
}

void MainWindow::updateTitle()
{
    if (m_runbookPath.isEmpty()) {
        setWindowTitle(tr("DrillDeck"));
        m_statusRunbook->setText(tr("No runbook open — File › Open Runbook (Ctrl+O)"));
        return;
    }
    setWindowTitle(tr("%1 — DrillDeck").arg(runbook().title));
    m_statusRunbook->setText(tr("%1 · %n step(s)", nullptr, runbook().stepCount())
                                 .arg(QDir::toNativeSeparators(m_runbookPath)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setMainWindowGeometry(saveGeometry());
    event->accept();
}
