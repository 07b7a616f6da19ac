// The Projector menu: the window the room watches, built on first use and placed on the
// projector's screen, shown, blanked, themed; the screen it goes to.
#pragma once

#include <QObject>
#include <QPointer>

class AudienceWindow;
class ConsoleShortcuts;
class DrillConsole;
class ProjectorPlacement;
class ProjectorSettings;
class QMenu;

class ProjectorControl : public QObject
{
    Q_OBJECT
public:
    ProjectorControl(DrillConsole *console, const ConsoleShortcuts &shortcuts, QObject *parent);
    ~ProjectorControl() override; // the window first, before the placement that watches it

    // Fills the Projector menu.
    void addTo(QMenu *projector, ConsoleShortcuts &shortcuts);

    // The projector window, built on first use.
    AudienceWindow *audienceWindow();
    void showProjector();
    void toggleProjector();
    void toggleBlank();
    void toggleTheme();
    // Shows the projector again if it is blanked.
    void unblank();
    // Closes the window with the console.
    void close();

private:
    void rebuildScreenMenu();
    void setScreen(const QString &name);

    DrillConsole *m_console;
    const ConsoleShortcuts &m_shortcuts;
    ProjectorSettings *m_settings;
    QPointer<AudienceWindow> m_audience;
    ProjectorPlacement *m_placement = nullptr;
    QMenu *m_screenMenu = nullptr;
};
