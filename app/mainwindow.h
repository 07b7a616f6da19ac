// The facilitator's console: the runbook outline with status and planned against actual,
// the current step in full, the clocks, injects, the log and a one-line observation entry;
// it drives the projector window. Every drill action has a keyboard shortcut (F1 lists them).
#pragma once

#include "audiencewindow.h"
#include "drill.h"
#include "drillsession.h"
#include "runbook.h"
#include "runbookloader.h"

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include <memory>

class AppSettings;
class ObservationEntry;
class StepStatusDelegate;
class DrillClockPanel;
class FirstStepsHint;
class HistoryWindow;
class DrillEngine;
class EventLogFilterModel;
class EventLogModel;
class QAbstractItemModel;
class QComboBox;
class InjectsPanel;
class ProjectorPlacement;
class ProjectorSettings;
class QLabel;
class QLineEdit;
class QMenu;
class FirstFrameGate;
class QTreeView;
class RewriteUndoStack;
class RunbookTextBrowser;
class RunbookModel;
class StepDetailView;
struct AppendResult;
struct AudienceState;
struct DrillMetrics;
struct DrillEvent;
struct StepRewrite;

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
    QString runbookPath() const { return m_runbookPath; }
    QString lastError() const { return m_lastError; }
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
    // Asks whether to resume an unfinished drill found in the database; true if resumed.
    bool offerResume();
    // Sets a problem with the database to show instead of drilling (locked, damaged...).
    void setStorageProblem(const QString &message);
    // Quits as Ctrl+Q does, but asks nothing (for SIGTERM and the like: nobody is there to
    // answer): open dialogs are dismissed, then closeWithoutAsking(); the database is closed when
    // the window is destroyed.
    void quitWithoutQuestions();

    DrillEngine *engine() const;
    QString databaseStatus() const;
    QString storageProblem() const { return m_storageProblem; }
    DrillSession *session() const { return m_session.get(); }
    // The projector window, built on first use.
    AudienceWindow *audienceWindow();
    QTreeView *outline() const { return m_outline; }
    StepDetailView *stepView() const { return m_stepView; }
    DrillClockPanel *clockPanel() const { return m_clocks; }
    QLineEdit *observationEntry() const { return m_observationEntry; }
    QAbstractItemModel *logModel() const;
    QString focusedStep() const { return m_focusStep; }
    QList<QAction *> drillActions() const { return m_shortcutActions; }
    RewriteUndoStack *rewriteStack() const { return m_rewrites; }

public Q_SLOTS:
    void openRunbookDialog();
    void newDrillDialog();
    void openDatabaseDialog();
    void startOrResume();
    void togglePause();
    void advance();
    void reopenPrevious();
    void skipCurrent();
    void skipCurrentWithReason(const QString &reason);
    void startSelectedStep();
    void completeSelectedStep();
    void toggleBlockCurrent();
    void revealNextInject();
    void enterDataRestoredAt();
    void finishDrill();
    void abortDrill();
    void focusObservationEntry();
    void submitObservation();
    void toggleProjector();
    void toggleProjectorBlank();
    void toggleProjectorTheme();
    void toggleConsoleTheme();
    void showCheatSheet();
    // The first screen of --demo: the history opened, the console (with how to start) on top.
    void showDemoStart();
    void showHistory();  // View › History: charts of past drills
    void exportReport(); // File › Export Report: the current (or newest) drill's report

    // The drill's record (Record menu): corrections are new events, history never changes.
    void editSelectedObservation();
    void deleteSelectedObservation();
    void viewSelectedImage();
    void annotateFocusedStep();
    void showActionItems();
    void showScorecard();

public:
    // What the dialogs do once answered, for scripts and tests; false (and a status message
    // saying why) when refused.
    bool editObservation(qint64 observationId, const QString &text, const QString &category,
                         const QString &author, const QString &stepId);
    bool deleteObservation(qint64 observationId, const QString &reason);
    bool annotateStep(const QString &stepId, const QString &text, bool onProjector);
    bool removeAnnotation(const QString &stepId);
    bool recordScore(const QString &criterion, int score, const QString &comment);
    // Closes the console without asking whether to quit a drill that runs (it stays
    // resumable): for a termination signal and scripts. Ctrl+Q and the window's close button
    // ask first while a drill runs or is paused.
    // True when it closed. Events the database could not take are saved to a file (see
    // saveWithoutAsking) instead of asking where.
    bool closeWithoutAsking();
    QTreeView *logView() const { return m_logView; }
    QString statusMessage() const;

    // Procedure menu: the live rewrite of the runbook (mainwindow.cpp, "Live rewrite" section).
    void editSelectedStep();
    void insertStepAfterSelected();
    void removeSelectedStep();
    void moveSelectedStepUp();
    void moveSelectedStepDown();
    void undoRewrite();
    void redoRewrite();
    void reviewRewrites();

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The database given to openDatabaseAfterFirstFrame is open (or said to be unusable) and
    // the resume offer made.
    void databaseReady();

private:
    void createLayout();
    void createActions();
    HistoryWindow *newHistoryWindow(); // not shown yet; nullptr: no database

    QAction *addDrillAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                            void (MainWindow::*slot)());
    void rebuildRecentMenu();
    void rebuildScreenMenu();
    void attachEngine(DrillEngine *engine);
    void onEventAppended(const DrillEvent &event);
    bool report(const AppendResult &result);
    void refresh();
    void showStep(const QString &stepId);
    void prepareOutlineAhead();
    void showSelectedStep();
    QString currentStep() const;
    // Steps ready to start while the drill goes on (running or paused); none before or after.
    QStringList readySteps() const;
    AudienceState audienceState(const DrillMetrics &metrics) const;
    void updateTitle();
    void updateDatabaseStatus();
    void updateActions();
    void updateAuthorFilter();
    // The record (observations edited, images, notes, action items, scores).
    void createRecordActions();
    qint64 selectedObservation() const;
    QStringList drillNames() const;
    QString drillLabel(qint64 drillId) const;
    void showAnnotation();
    void connectSession();
    void showProjector();
    void setProjectorScreen(const QString &name);
    void openInspectedDatabase();
    void dropPendingDatabase();
    void closeCarriedOverItems(const QHash<qint64, ActionItem::Status> &closures);
    // Writes events (exportPending()) to drilldeck-unsaved-events-STAMP.json beside the
    // database, else in the home folder; returns the file, or empty when neither took it.
    QString saveWithoutAsking(const QByteArray &events) const;
    // Live rewrite.
    void createRewriteActions();
    void applyRewrittenProcedure();
    bool performRewrite(const StepRewrite &rewrite, const QString &focusAfter);
    bool reportRewrite(const QString &problem);
    void moveSelectedStep(int direction);

    class Batch;
    int m_batchDepth = 0;
    bool m_refreshDue = false;
    std::unique_ptr<DrillSession> m_session;
    // The database openDatabaseAfterFirstFrame will open; empty: none. Its look, once started.
    QString m_pendingDatabase;
    std::shared_future<Database::Inspection> m_pendingInspection;
    bool m_startupOpenPending = false; // its resume offer and databaseReady() still to come
    AppSettings *m_settings;
    ProjectorSettings *m_projectorSettings;
    RunbookModel *m_model;
    EventLogModel *m_log;
    QTreeView *m_outline;
    StepDetailView *m_stepView;
    DrillClockPanel *m_clocks;
    InjectsPanel *m_injects;
    RunbookTextBrowser *m_scenario;
    EventLogFilterModel *m_logFilter;
    QTreeView *m_logView;
    QComboBox *m_logCategory;
    QComboBox *m_logAuthor;
    bool m_logStepOnly = false;
    QLineEdit *m_observationEntry;
    ObservationEntry *m_imageEntry; // the same widget, with its image
    QLabel *m_imageNote;
    FirstStepsHint *m_firstSteps;
    StepStatusDelegate *m_outlineDelegate;
    QPersistentModelIndex m_outlinePrepared; // the last row prepareOutlineAhead laid out
    QLabel *m_banner;
    QPointer<AudienceWindow> m_audience;
    ProjectorPlacement *m_placement = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_screenMenu = nullptr;
    QLabel *m_statusDatabase;
    QLabel *m_statusRunbook;
    FirstFrameGate *m_firstFrame;
    QList<QAction *> m_shortcutActions;
    QList<QAction *> m_needDrill;
    QAction *m_newDrill = nullptr;
    Runbook m_runbook;
    QByteArray m_runbookSource;
    QString m_runbookPath;
    QString m_lastError;
    QString m_storageProblem;
    QString m_focusStep;
    RewriteUndoStack *m_rewrites = nullptr;
    bool m_closeWithoutAsking = false;
};
