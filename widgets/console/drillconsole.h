// The facilitator's console inside the main window: its parts (outline, step view, clocks,
// injects, scenario, log, observation entry, banner) laid out, and what they show: the open
// database's drill, the runbook, the step in focus. One refresh per change updates them all and
// the projector; the action groups act on the drill through it.
#pragma once

#include "ghostpace.h"
#include "referencerun.h"
#include "referencerunloader.h"
#include "runbook.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class AudienceWindow;
class ConsoleLogPanel;
class ConsoleOutline;
class DrillClockPanel;
class DrillEngine;
class DrillSession;
class EventLogModel;
class FirstStepsHint;
class InjectsPanel;
class ObservationEntry;
class QLabel;
class QMainWindow;
class QVBoxLayout;
class RunbookModel;
class RunbookTextBrowser;
class StepDetailView;
struct AppendResult;
struct AudienceState;
struct DrillEvent;
struct DrillMetrics;

class DrillConsole : public QObject
{
    Q_OBJECT
public:
    // Builds the parts into window: the outline beside the current step, the docks on the right.
    explicit DrillConsole(QMainWindow *window);

    // Collects the refreshes of the events one action appends into one, when it ends.
    class Batch
    {
    public:
        explicit Batch(DrillConsole *console) : m_console(console) { ++m_console->m_batchDepth; }
        ~Batch()
        {
            if (--m_console->m_batchDepth == 0 && m_console->m_refreshDue)
                m_console->refresh();
        }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        DrillConsole *m_console;
    };

    QMainWindow *window() const { return m_window; }
    // The open database (the window owns it), or none; its drill's engine, or none.
    DrillSession *session() const;
    void setSession(DrillSession *session);
    DrillEngine *engine() const;
    // Its action-item problems are said on the status bar.
    void connectSession();

    // The runbook shown, and the file and text it was read from (empty: a stored revision).
    const Runbook &runbook() const { return m_runbook; }
    void setRunbook(const Runbook &runbook) { m_runbook = runbook; }
    QString runbookPath() const { return m_runbookPath; }
    QByteArray runbookSource() const { return m_runbookSource; }
    void setRunbookFile(const QString &path, const QByteArray &source);

    // The step the console shows in full (and the projector large, when it runs).
    QString focusedStep() const { return m_focusStep; }
    void setFocusedStep(const QString &stepId) { m_focusStep = stepId; }
    // The running step in focus, else the first running one; empty when none runs.
    QString currentStep() const;
    // Steps ready to start while the drill goes on (running or paused); none before or after.
    QStringList readySteps() const;
    // The Drill menu's option: steps start by themselves once the steps they depend on finish.
    void setAutoStartReady(bool on);
    bool autoStartReady() const { return m_autoStartReady; }

    // Shows the runbook and the drill of engine (none: the runbook alone), follows its events.
    void showDrill(DrillEngine *engine);
    // Derives the metrics once and gives them to every part and the projector.
    void refresh();
    // Inside a Batch: refresh when it ends, even if no event came.
    void refreshWhenBatchEnds() { m_refreshDue = true; }
    // False when the engine refused the event: the status bar says why, and the console beeps.
    bool report(const AppendResult &result);
    void showMessage(const QString &message, int timeoutMs = 0);

    // A problem with the database, shown on the banner instead of drilling; empty: none.
    QString storageProblem() const { return m_storageProblem; }
    void setStorageProblem(const QString &message);
    // Until a drill opens, how to start one.
    void setFirstStepsShown(bool shown);
    // The projector window once built: refresh() gives it its state.
    void setProjector(AudienceWindow *projector);
    AudienceState audienceState(const DrillMetrics &metrics) const;

    // The ghost: which previous drill the drill races (remembered by the caller), the reference
    // runs found for the drill shown (loaded off the console's thread once per drill), and the
    // pace the last refresh derived.
    void setReferenceChoice(ReferenceRun::Choice choice);
    ReferenceRun::Choice referenceChoice() const { return m_referenceChoice; }
    bool isLoadingReference() const { return m_referenceLoader->isLoading(); }
    // Before the database closes: a load still reading it ends first.
    void waitForReference();
    const GhostPace &ghost() const { return m_ghost; }
    ReferenceRunLoader *referenceLoader() const { return m_referenceLoader; }

    RunbookModel *runbookModel() const { return m_model; }
    EventLogModel *log() const { return m_log; }
    ConsoleOutline *outline() const { return m_outline; }
    StepDetailView *stepView() const { return m_stepView; }
    DrillClockPanel *clocks() const { return m_clocks; }
    InjectsPanel *injects() const { return m_injects; }
    ConsoleLogPanel *logPanel() const { return m_logPanel; }
    ObservationEntry *observationEntry() const { return m_observationEntry; }
    // A part shown below the step in full (a command's output), sharing its height.
    void addBelowStep(QWidget *part);

Q_SIGNALS:
    // The step shown in full changed, or was shown again after a change.
    void stepShown(const QString &stepId);

private:
    void createLayout();
    void onEventAppended(const DrillEvent &event);
    // The console and the projector show the rewritten procedure at once, rewritten steps marked.
    void applyRewrittenProcedure();
    void showStep(const QString &stepId);
    void showSelectedStep();
    void showAnnotation();
    void loadReference(DrillEngine *engine);
    void derivePace(const DrillMetrics &metrics);

    QMainWindow *m_window;
    QPointer<DrillSession> m_session;
    RunbookModel *m_model;
    EventLogModel *m_log;
    ConsoleOutline *m_outline;
    StepDetailView *m_stepView;
    DrillClockPanel *m_clocks;
    InjectsPanel *m_injects;
    RunbookTextBrowser *m_scenario;
    ConsoleLogPanel *m_logPanel;
    ObservationEntry *m_observationEntry;
    QLabel *m_imageNote;
    FirstStepsHint *m_firstSteps;
    QLabel *m_banner;
    QVBoxLayout *m_centreLayout = nullptr;
    QPointer<AudienceWindow> m_projector;
    int m_batchDepth = 0;
    bool m_refreshDue = false;
    Runbook m_runbook;
    QByteArray m_runbookSource;
    QString m_runbookPath;
    QString m_focusStep;
    QString m_storageProblem;
    bool m_autoStartReady = false;
    QSet<QString> m_cuedInjects; // said on the status bar once each
    ReferenceRunLoader *m_referenceLoader;
    ReferenceRun::Choice m_referenceChoice = ReferenceRun::Choice::Best;
    ReferenceRunLoader::Result m_references;
    qint64 m_referencesFor = 0; // the drill they were loaded for
    GhostPace m_ghost;
};
