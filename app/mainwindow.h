// The facilitator's console window: assembles the console's parts (DrillConsole) and its action
// groups (file, drill, procedure, record, projector) into the window and its menus, holds the
// open database and runs the start-up sequence. Every drill action has a keyboard shortcut (F1
// lists them); the window drives the projector window.
#pragma once

#include "audiencewindow.h"
#include "consoleshortcuts.h"
#include "drill.h"
#include "drillsession.h"
#include "runbook.h"
#include "runbookloader.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class CommandActions;
class DrillClockPanel;
class DrillConsole;
class DrillControl;
class DrillEngine;
class FileActions;
class FirstFrameGate;
class HistoryWindow;
class ProcedureRewrites;
class ProjectorControl;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTreeView;
class RecordActions;
class StepDetailView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Without a session (no database could be opened) runbooks can be read but not drilled.
    explicit MainWindow(std::unique_ptr<DrillSession> session = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads and shows a runbook; on failure keeps the current one, tells the user every
    // diagnostic and returns false. Refused while a drill is running.
    bool openRunbook(const QString &path);
    // The same with the file already loaded (at start-up, in parallel with building the window).
    bool openRunbook(const QString &path, const RunbookLoadResult &result);
    QString runbookPath() const;
    QString lastError() const;
    const Runbook &runbook() const;

    // Creates a drill of the open runbook (what the start dialog does after OK).
    bool createDrill(const Drill &drill);
    bool resumeDrill(qint64 drillId);
    // Switches to another database file (created if missing) and remembers it for next time.
    bool openDatabase(const QString &path);
    // Takes over an open database (or none), closing the drill shown so far.
    void setSession(std::unique_ptr<DrillSession> session);
    // The database to open at start-up, without holding up the first frame: once the window
    // has painted, the database is read through on another core (Database::inspectInBackground)
    // and opened when that is done, then an unfinished drill is offered for resuming and
    // databaseReady() is emitted. Until then the status bar says the database is being checked;
    // whatever needs the database before that finishes the open itself.
    void openDatabaseAfterFirstFrame(const QString &path);
    // Finishes an open left pending by openDatabaseAfterFirstFrame, waiting for the look if it is
    // running; a database that cannot be opened is shown as the storage problem. True when a
    // database is open.
    bool finishOpeningDatabase();
    // Another database was chosen: the one openDatabaseAfterFirstFrame would open is not, and
    // makes no resume offer.
    void forgetDatabaseToOpen();
    // The open database's file, else the one being opened; empty when neither.
    QString databasePath() const;
    // Asks whether to resume an unfinished drill found in the database; true if resumed.
    bool offerResume();
    // Sets a problem with the database to show instead of drilling (locked, damaged...).
    void setStorageProblem(const QString &message);
    // Shows the runbook and its drill (or none) everywhere: the console, the undo stack of
    // rewrites, the title, the actions.
    void attachEngine(DrillEngine *engine);
    // Quits as Ctrl+Q does, but asks nothing (for SIGTERM and the like: nobody is there to
    // answer): open dialogs are dismissed, then closeWithoutAsking(); the database is closed when
    // the window is destroyed.
    void quitWithoutQuestions();
    // Closes the console without asking whether to quit a drill that runs (it stays
    // resumable): for a termination signal and scripts. Ctrl+Q and the window's close button
    // ask first while a drill runs or is paused.
    // True when it closed. Events the database could not take are saved to a file (see
    // saveWithoutAsking) instead of asking where.
    bool closeWithoutAsking();

    DrillEngine *engine() const;
    QString databaseStatus() const;
    QString storageProblem() const;
    DrillSession *session() const { return m_session.get(); }
    QString statusMessage() const;
    // The projector window, built on first use.
    AudienceWindow *audienceWindow();
    QTreeView *outline() const;
    StepDetailView *stepView() const;
    DrillClockPanel *clockPanel() const;
    // The console's parts and what they show (the ghost's reference among them).
    DrillConsole *console() const { return m_console; }
    QLineEdit *observationEntry() const;
    QTreeView *logView() const;
    QAbstractItemModel *logModel() const;
    QString focusedStep() const;
    QList<QAction *> drillActions() const { return m_shortcuts.actions(); }
    CommandActions *commands() const { return m_commands; }

    // The first screen of --demo: the history opened, the console (with how to start) on top.
    void showDemoStart();
    void newDrillDialog();
    void exportReport(); // File › Export Report: the current (or newest) drill's report
    void skipCurrentWithReason(const QString &reason);

    // What the Record menu's dialogs do once answered, for scripts and tests; false (and a
    // status message saying why) when refused.
    bool editObservation(qint64 observationId, const QString &text, const QString &category,
                         const QString &author, const QString &stepId);
    bool deleteObservation(qint64 observationId, const QString &reason);
    bool annotateStep(const QString &stepId, const QString &text, bool onProjector);
    bool removeAnnotation(const QString &stepId);
    bool recordScore(const QString &criterion, int score, const QString &comment);

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The database given to openDatabaseAfterFirstFrame is open (or said to be unusable) and
    // the resume offer made.
    void databaseReady();

private:
    void createMenus();
    void showHistory();                // View › History: charts of past drills
    HistoryWindow *newHistoryWindow(); // not shown yet; nullptr: no database
    void showProgramme();              // View › Programme: every runbook, due and confidence
    void toggleConsoleTheme();
    void showCheatSheet();
    void openInspectedDatabase();
    void dropPendingDatabase();
    void updateTitle();
    void updateDatabaseStatus();
    void updateActions();
    // Writes events (exportPending()) to drilldeck-unsaved-events-STAMP.json beside the
    // database, else in the home folder; returns the file, or empty when neither took it.
    QString saveWithoutAsking(const QByteArray &events) const;

    std::unique_ptr<DrillSession> m_session;
    // The database openDatabaseAfterFirstFrame will open; empty: none. Its look, once started.
    QString m_pendingDatabase;
    std::shared_future<Database::Inspection> m_pendingInspection;
    bool m_startupOpenPending = false; // its resume offer and databaseReady() still to come
    AppSettings *m_settings;
    DrillConsole *m_console;
    QLabel *m_statusDatabase;
    QLabel *m_statusRunbook;
    FirstFrameGate *m_firstFrame;
    ConsoleShortcuts m_shortcuts;
    ProjectorControl *m_projector;
    RecordActions *m_record;
    ProcedureRewrites *m_procedure;
    DrillControl *m_drill;
    CommandActions *m_commands;
    FileActions *m_file;
    bool m_closeWithoutAsking = false;
};
