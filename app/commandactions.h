// Running a step's command from the console: X on an automated or scripted step with a `command`
// starts the step and runs the command (once the facilitator has trusted the runbook file's exact
// content), Shift+X cancels it. Several steps may run their commands at once, one run per step;
// each run's output shows below the step while that step is in view, never on the projector. A
// run that passes completes the step; one that fails leaves it running, its failure shown.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class CommandOutputView;
class CommandRun;
class ConsoleShortcuts;
class DrillConsole;
class DrillEngine;
class QMenu;
class QStackedWidget;
struct CommandEvidence;
struct CommandSpec;

class CommandActions : public QObject
{
    Q_OBJECT
public:
    // Puts the output panel below the console's step view.
    CommandActions(DrillConsole *console, QObject *parent);
    ~CommandActions() override; // runs still going are killed, their process groups with them

    // Adds Run Step's Command (X) and Cancel Step's Command (Shift+X) to the Drill menu.
    void addTo(QMenu *drill, ConsoleShortcuts &shortcuts);

    void runFocusedStepCommand();
    void cancelFocusedStepCommand();

    bool isRunning(const QString &stepId) const { return m_runs.contains(stepId); }
    // The panel of the step's last run (running or ended), or none.
    CommandOutputView *outputView(const QString &stepId) const { return m_views.value(stepId); }

private:
    // The spec of the step's command as the trusted file has it, or a message saying why not.
    bool trustedSpec(const QString &stepId, CommandSpec *spec, QString *why);
    void start(const QString &stepId, const CommandSpec &spec);
    void finished(const QString &stepId, const QPointer<DrillEngine> &engine,
                  const CommandEvidence &evidence);
    void showRunOf(const QString &stepId);
    CommandOutputView *viewFor(const QString &stepId);

    DrillConsole *m_console;
    QStackedWidget *m_outputs;
    QPointer<DrillEngine> m_engine; // the drill the panels belong to
    QHash<QString, CommandRun *> m_runs;
    QHash<QString, CommandOutputView *> m_views;
};
