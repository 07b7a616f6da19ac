// The File menu (see fileactions.h).
#include "fileactions.h"

#include "actionitemstore.h"
#include "appsettings.h"
#include "consoleshortcuts.h"
#include "databasepath.h"
#include "demodata.h"
#include "drillconsole.h"
#include "drillcontrol.h"
#include "drillengine.h"
#include "drillhistory.h"
#include "drillreport.h"
#include "drillsession.h"
#include "drillstore.h"
#include "driverhistory.h"
#include "evidencepackexporter.h"
#include "interfacedates.h"
#include "invalidrunbookbox.h"
#include "mainwindow.h"
#include "projectorcontrol.h"
#include "recordactions.h"
#include "regularfile.h"
#include "reportexportdialog.h"
#include "runbookcache.h"
#include "runbooklimits.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "shownpath.h"
#include "startdrilldialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

FileActions::FileActions(MainWindow *window, DrillConsole *console, AppSettings *settings,
                         ProjectorControl *projector, DrillControl *drill)
    : QObject(window), m_window(window), m_console(console), m_settings(settings),
      m_projector(projector), m_drill(drill)
{
    connect(m_drill, &DrillControl::newDrillRequested, this, &FileActions::newDrillDialog);
}

void FileActions::addTo(QMenu *file, ConsoleShortcuts &shortcuts)
{
    using K = QKeySequence;
    shortcuts.add(file, tr("&Open Runbook…"), {K::Open}, this, &FileActions::openRunbookDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_settings, &AppSettings::recentRunbooksChanged, this, &FileActions::rebuildRecentMenu);
    rebuildRecentMenu();
    m_newDrill =
        shortcuts.add(file, tr("&New Drill…"), {K::New}, this, &FileActions::newDrillDialog);
    shortcuts.add(file, tr("Open &Database…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, this,
                  &FileActions::openDatabaseDialog);
    shortcuts.add(file, tr("&Export Report…"), {K(Qt::CTRL | Qt::Key_E)}, this,
                  &FileActions::exportReport);
    shortcuts.add(file, tr("Export E&vidence…"), {}, this, &FileActions::exportEvidence);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(K(Qt::CTRL | Qt::Key_Q)); // K::Quit is empty on some platforms
    shortcuts.append(quit);
}

void FileActions::rebuildRecentMenu()
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

bool FileActions::refusedWhileDrilling(const QString &why)
{
    const DrillEngine *e = m_console->engine();
    if (!e || Drill::isEnded(e->state()))
        return false;
    m_lastError = why;
    m_console->showMessage(m_lastError, 8000);
    return true;
}

bool FileActions::openRunbook(const QString &path)
{
    if (refusedWhileDrilling(
            tr("A drill is in progress; finish or abort it before opening another runbook.")))
        return false;
    return openRunbook(path, RunbookCache::loadFile(path));
}

bool FileActions::openRunbook(const QString &path, const RunbookLoadResult &result)
{
    if (refusedWhileDrilling(
            tr("A drill is in progress; finish or abort it before opening another runbook.")))
        return false;
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        m_lastError = lines.join(u'\n');
        m_console->showMessage(
            tr("%1 has %n problem(s)", nullptr, int(lines.size())).arg(QFileInfo(path).fileName()));
        InvalidRunbookBox::open(path, result.diagnostics, m_window);
        return false;
    }
    m_window->statusBar()->clearMessage(); // the problems of a file opened before are gone
    if (DrillSession *session = m_console->session())
        session->closeDrill();
    m_lastError.clear();
    m_console->setRunbookFile(QFileInfo(path).absoluteFilePath(), result.source);
    m_console->setRunbook(*result.runbook);
    m_settings->addRecentRunbook(m_console->runbookPath());
    m_window->attachEngine(nullptr);
    return true;
}

void FileActions::openRunbookDialog()
{
    const QString current = m_console->runbookPath();
    const QString dir = current.isEmpty() ? QDir::currentPath() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Runbook"), dir,
                                                      tr("Runbooks (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openRunbook(path);
}

void FileActions::openDatabaseDialog()
{
    QString current = m_window->databasePath();
    if (current.isEmpty())
        current = DatabasePath::defaultPath();
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Open or Create a DrillDeck Database"), current,
                                     tr("DrillDeck databases (*.sqlite *.db);;All files (*)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

bool FileActions::openDatabase(const QString &path)
{
    if (refusedWhileDrilling(
            tr("A drill is in progress; finish or abort it before switching databases.")))
        return false;
    // Another file chosen before the one being looked at was opened: that one is not opened,
    // and this one makes its own resume offer.
    m_window->forgetDatabaseToOpen();
    auto opened = DrillSession::open(path);
    if (!opened) {
        m_lastError = opened.error().message;
        QMessageBox::warning(m_window, tr("Open database"), m_lastError);
        return false;
    }
    m_window->setSession(std::move(opened).value());
    DatabasePath::remember(m_console->session()->databasePath());
    m_window->setStorageProblem({});
    offerResume();
    return true;
}

void FileActions::newDrillDialog()
{
    if (!m_window->finishOpeningDatabase()) {
        QMessageBox::warning(m_window, tr("New drill"),
                             tr("No database is open, so a drill cannot be recorded.\n\n%1")
                                 .arg(m_console->storageProblem()));
        return;
    }
    if (m_console->runbookPath().isEmpty()) {
        openRunbookDialog();
        if (m_console->runbookPath().isEmpty())
            return;
    }
    DrillSession *session = m_console->session();
    const Runbook &runbook = m_console->runbook();
    StartDrillDialog dialog(runbook, m_window);
    if (auto open = session->actionItems().openItemsBefore(runbook.id))
        dialog.setCarriedOverItems(
            open.value(), [session](qint64 id) { return RecordActions::drillLabel(session, id); });
    if (auto earlier = session->drills().drills({runbook.id, {}})) {
        QStringList used;
        for (const Drill &d : earlier.value())
            used << d.environment;
        dialog.setUsedEnvironments(used);
    }
    // Who should drive: the person seen driving who has driven this runbook least.
    if (auto all = DrillHistory::load(session->drills(), session->revisions(), {},
                                      QDateTime::currentMSecsSinceEpoch()))
        dialog.setDriverSuggestion(DriverHistory::of(all.value()).suggestDriver(runbook.id));
    if (dialog.exec() == QDialog::Accepted && createDrill(dialog.drill()))
        closeCarriedOverItems(dialog.closures());
}

bool FileActions::createDrill(const Drill &drill)
{
    if (!m_window->finishOpeningDatabase() || m_console->runbookPath().isEmpty())
        return false;
    // The runbook as its text says (a previous drill may have rewritten the one on screen).
    if (const RunbookLoadResult fresh =
            RunbookLoader::loadText(m_console->runbookSource(), m_console->runbookPath());
        fresh.ok())
        m_console->setRunbook(*fresh.runbook);
    auto created =
        m_console->session()->createDrill(m_console->runbookSource(), m_console->runbook(), drill);
    if (!created) {
        QMessageBox::critical(m_window, tr("New drill"), created.error().message);
        return false;
    }
    m_window->attachEngine(created.value());
    m_console->showMessage(tr("Drill created — F5 starts the clock"), 8000);
    return true;
}

void FileActions::closeCarriedOverItems(const QHash<qint64, ActionItem::Status> &closures)
{
    DrillEngine *e = m_console->engine();
    if (!e || closures.isEmpty())
        return;
    const StoreError error = m_console->session()->closeActionItems(closures, e->drill().id);
    if (error)
        QMessageBox::warning(m_window, tr("Action items"),
                             tr("Not every action item could be closed: %1").arg(error.message));
    else
        m_console->showMessage(
            tr("%n action item(s) of earlier drills closed", nullptr, int(closures.size())), 6000);
}

bool FileActions::resumeDrill(qint64 drillId)
{
    if (!m_window->finishOpeningDatabase())
        return false;
    auto resumed = m_console->session()->resumeDrill(drillId);
    if (!resumed) {
        QMessageBox::critical(m_window, tr("Resume drill"), resumed.error().message);
        return false;
    }
    m_console->setRunbook(resumed.value()->runbook());
    // The file the drill started from, when a recent runbook still holds exactly that revision:
    // its folder is where the steps' commands run, and running them needs its trusted bytes.
    m_console->setRunbookFile({}, {});
    if (const auto revision =
            m_console->session()->revisions().revision(resumed.value()->drill().revisionId)) {
        const QStringList recent = m_settings->recentRunbooks();
        for (const QString &path : recent) {
            const RegularFile::Content file = RegularFile::read(path, RunbookLimits::fileBytes);
            if (file.problem == RegularFile::Problem::None &&
                RunbookRevisionStore::sha256Of(file.bytes) == revision->sha256) {
                m_console->setRunbookFile(path, file.bytes);
                break;
            }
        }
    }
    m_window->attachEngine(resumed.value());
    m_console->showMessage(tr("Drill resumed with its stored runbook revision"), 8000);
    if (resumed.value()->state() != Drill::State::Planned) // the room sees it again, as at F5
        m_projector->showProjector();
    return true;
}

bool FileActions::offerResume()
{
    if (!m_window->finishOpeningDatabase())
        return false;
    const auto unfinished = m_console->session()->unfinishedDrills();
    if (!unfinished || unfinished->isEmpty())
        return false;
    const Drill &d = unfinished->constLast();
    const QString when =
        InterfaceDates::dateTime(QDateTime::fromMSecsSinceEpoch(d.createdMs).toLocalTime());
    QMessageBox offer(
        QMessageBox::Question, tr("Resume drill"),
        tr("An unfinished drill was found: %1, %2, iteration %3, created %4.\n\nResume it? "
           "The stopwatch continues from the stored times.")
            .arg(d.runbookId, d.environment)
            .arg(d.iteration)
            .arg(when),
        QMessageBox::Yes | QMessageBox::No, m_window);
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
            m_drill->abortDrill();
        return false;
    }
    return offer.clickedButton() == offer.button(QMessageBox::Yes) && resumeDrill(d.id);
}

void FileActions::exportReport()
{
    if (!m_window->finishOpeningDatabase())
        return;
    DrillSession *session = m_console->session();
    const qint64 drillId = session->engine() ? session->engine()->drill().id : 0;
    auto *dialog =
        new ReportExportDialog(session->drills(), session->revisions(), drillId,
                               DemoData::versionOf(session->databasePath()) > 0, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FileActions::exportEvidence()
{
    if (!m_window->finishOpeningDatabase())
        return;
    DrillSession *session = m_console->session();
    qint64 drillId = session->engine() ? session->engine()->drill().id : 0;
    if (drillId <= 0) {
        const StoreResult<qint64> last = DrillReport::lastDrillId(session->drills());
        if (!last) {
            QMessageBox::information(m_window, tr("Export Evidence"),
                                     tr("There is no drill in this database yet: the evidence "
                                        "pack is written for a drill that was run."));
            return;
        }
        drillId = last.value();
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the Evidence Pack of Drill %1").arg(drillId),
        QDir::home().filePath(EvidencePackExporter::suggestedFileName(drillId)),
        tr("Evidence pack (*.zip)"));
    if (!path.isEmpty())
        exportEvidenceTo(drillId,
                         path.endsWith(u".zip"_s, Qt::CaseInsensitive) ? path : path + u".zip"_s);
}

bool FileActions::exportEvidenceTo(qint64 drillId, const QString &path)
{
    DrillSession *session = m_console->session();
    QProgressDialog progress(tr("Exporting the evidence pack…"), tr("Cancel"), 0, 5, m_window);
    progress.setWindowTitle(tr("Export Evidence"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    EvidencePackExporter::Options options;
    options.exampleData = DemoData::versionOf(session->databasePath()) > 0;
    QString error;
    const auto result = EvidencePackExporter::write(
        session->drills().database(), drillId, path, options,
        [&progress](int done, int total, const QString &stage) {
            progress.setMaximum(total);
            progress.setValue(done);
            progress.setLabelText(stage);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (result == EvidencePackExporter::Result::Written) {
        m_console->showMessage(
            tr("Wrote the evidence pack of drill %1 to %2").arg(drillId).arg(ShownPath::of(path)),
            8000);
        return true;
    }
    if (result == EvidencePackExporter::Result::Failed)
        QMessageBox::warning(m_window, tr("Export Evidence"),
                             tr("The evidence pack was not written: %1").arg(error));
    return false;
}
