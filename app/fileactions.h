// The File menu: a runbook opened (or one of the recent ones), a new drill created from it, an
// unfinished drill resumed, another database chosen, the report and the evidence pack exported,
// quit.
#pragma once

#include <QHash>
#include <QObject>

#include "actionitem.h"

class AppSettings;
class ConsoleShortcuts;
class DrillConsole;
class DrillControl;
class MainWindow;
class ProjectorControl;
class QAction;
class QMenu;
struct Drill;
struct RunbookLoadResult;

class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(MainWindow *window, DrillConsole *console, AppSettings *settings,
                ProjectorControl *projector, DrillControl *drill);

    // Fills the File menu.
    void addTo(QMenu *file, ConsoleShortcuts &shortcuts);
    // New Drill: enabled while a database is open or being opened.
    QAction *newDrillAction() const { return m_newDrill; }

    // Loads and shows a runbook; on failure keeps the current one, tells the user every
    // diagnostic and returns false. Refused while a drill is running.
    bool openRunbook(const QString &path);
    // The same with the file already loaded (at start-up, in parallel with building the window).
    bool openRunbook(const QString &path, const RunbookLoadResult &result);
    // Why the last runbook (or database) was refused.
    QString lastError() const { return m_lastError; }

    // Switches to another database file (created if missing) and remembers it for next time.
    bool openDatabase(const QString &path);

    // Creates a drill of the open runbook (what the start dialog does after OK).
    bool createDrill(const Drill &drill);
    bool resumeDrill(qint64 drillId);
    // Asks whether to resume an unfinished drill found in the database; true if resumed.
    bool offerResume();

    void openRunbookDialog();
    void newDrillDialog();
    void openDatabaseDialog();
    void exportReport(); // the current (or newest) drill's report
    // The current (or newest) drill's evidence pack: asks for the zip, then exportEvidenceTo().
    void exportEvidence();
    // Writes the evidence pack of drillId to path with a progress dialog; false (and told) on
    // failure or cancel.
    bool exportEvidenceTo(qint64 drillId, const QString &path);

private:
    // True while a drill runs or is paused: why is then the last error and the status message.
    bool refusedWhileDrilling(const QString &why);
    void rebuildRecentMenu();
    void closeCarriedOverItems(const QHash<qint64, ActionItem::Status> &closures);

    MainWindow *m_window;
    DrillConsole *m_console;
    AppSettings *m_settings;
    ProjectorControl *m_projector;
    DrillControl *m_drill;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newDrill = nullptr;
    QString m_lastError;
};
