// The Drill menu: the stopwatch and the steps driven from the keyboard (start, pause, Page Down
// to complete and start the next, reopen, skip, block, injects, restored data, finish, abort)
// and the one-line observation entry.
#pragma once

#include <QObject>

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
                 QObject *parent);

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

    DrillConsole *m_console;
    ProjectorControl *m_projector;
    RecordActions *m_record;
};
