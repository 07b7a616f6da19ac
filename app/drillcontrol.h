// The Drill menu: the stopwatch and the steps driven from the keyboard (start, pause, Page Down
// to complete and start the next, reopen, skip, block, injects, restored data, finish, abort)
// and the one-line observation entry.
#pragma once

#include <QObject>

class AppSettings;
class ConsoleShortcuts;
class DrillConsole;
class ProjectorControl;
class QMenu;
class QWidget;
class RecordActions;

class DrillControl : public QObject
{
    Q_OBJECT
public:
    DrillControl(DrillConsole *console, ProjectorControl *projector, RecordActions *record,
                 AppSettings *settings, QObject *parent);

    // Fills the Drill menu.
    void addTo(QMenu *drill, ConsoleShortcuts &shortcuts);

    void startOrResume();
    void togglePause();
    void advance();
    void reopenPrevious();
    void skipCurrent();
    void skipCurrentWithReason(const QString &reason);
    void startSelectedStep();
    void completeSelectedStep();
    void toggleBlockCurrent();
    // W: "now we only wait" on a machine in the focused running step, or back to hands-on.
    void toggleWaitingCurrent();
    // The Drill menu's checkable option, remembered: ready steps start by themselves.
    void setAutoStartReady(bool on);
    void revealNextInject();
    void enterDataRestoredAt();
    void finishDrill();
    void abortDrill();
    void focusObservationEntry();
    void submitObservation();
    // Keys 1-9: answers the running decision step (the focused one, else the first) with option.
    void decide(int option);

Q_SIGNALS:
    // Start was pressed with no drill open: the New Drill dialog is wanted.
    void newDrillRequested();

private:
    QWidget *window() const;
    // Says on the status bar which steps the option started, after a step finished.
    void sayAutoStarted();

    DrillConsole *m_console;
    ProjectorControl *m_projector;
    RecordActions *m_record;
    AppSettings *m_settings;
};
