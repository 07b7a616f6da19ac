// The Projector menu (see projectorcontrol.h).
#include "projectorcontrol.h"

#include "audiencestate.h"
#include "audiencewindow.h"
#include "consoleshortcuts.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "projectorplacement.h"
#include "projectorsettings.h"

#include <QActionGroup>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>

ProjectorControl::ProjectorControl(DrillConsole *console, const ConsoleShortcuts &shortcuts,
                                   QObject *parent)
    : QObject(parent), m_console(console), m_shortcuts(shortcuts),
      m_settings(new ProjectorSettings(this))
{}

ProjectorControl::~ProjectorControl()
{
    delete m_audience;
}

void ProjectorControl::addTo(QMenu *projector, ConsoleShortcuts &shortcuts)
{
    using K = QKeySequence;
    shortcuts.add(projector, tr("&Show or Hide Projector Window"), {K(Qt::Key_F7)}, this,
                  &ProjectorControl::toggleProjector);
    shortcuts.add(projector, tr("&Blank Projector"), {K(Qt::Key_B), K(Qt::Key_Period)}, this,
                  &ProjectorControl::toggleBlank);
    shortcuts.add(projector, tr("Light or Dark &Theme"), {K(Qt::CTRL | Qt::Key_T)}, this,
                  &ProjectorControl::toggleTheme);
    m_screenMenu = projector->addMenu(tr("Projector &Screen"));
    connect(m_screenMenu, &QMenu::aboutToShow, this, &ProjectorControl::rebuildScreenMenu);
}

AudienceWindow *ProjectorControl::audienceWindow()
{
    if (m_audience)
        return m_audience;
    // Built when first needed: until the drill starts or the facilitator opens it, the
    // projector window is neither shown nor worth building before the console's first frame.
    m_audience = new AudienceWindow(m_console->window());
    m_audience->setThemeVariant(m_settings->themeVariant());
    // A window manager gives the projector window the keyboard when it opens: the clicker's
    // keys, every drill shortcut, work there as on the console.
    const QList<QAction *> actions = m_shortcuts.actions();
    for (QAction *action : actions)
        if (action->shortcutContext() == Qt::WindowShortcut)
            m_audience->addAction(action);
    m_placement = new ProjectorPlacement(m_audience, m_settings, this);
    connect(m_audience, &AudienceWindow::blankedChanged, this, [this](bool blanked) {
        m_console->showMessage(blanked ? tr("Projector blanked — B or . shows it again")
                                       : tr("Projector showing"),
                               4000);
    });
    m_console->setProjector(m_audience);
    DrillEngine *e = m_console->engine();
    m_audience->setState(m_console->audienceState(e ? e->metrics() : DrillMetrics{}));
    return m_audience;
}

void ProjectorControl::showProjector()
{
    audienceWindow();
    m_placement->show();
}

void ProjectorControl::toggleProjector()
{
    if (m_audience && m_audience->isVisible())
        m_audience->hide();
    else
        showProjector();
}

void ProjectorControl::toggleBlank()
{
    audienceWindow()->toggleBlanked();
}

void ProjectorControl::toggleTheme()
{
    const auto next = m_settings->themeVariant() == ProjectorTheme::Variant::Dark
                          ? ProjectorTheme::Variant::Light
                          : ProjectorTheme::Variant::Dark;
    if (m_audience)
        m_audience->setThemeVariant(next);
    m_settings->setThemeVariant(next);
}

void ProjectorControl::unblank()
{
    if (m_audience && m_audience->isBlanked())
        m_audience->setBlanked(false);
}

void ProjectorControl::close()
{
    if (m_audience)
        m_audience->close();
}

void ProjectorControl::rebuildScreenMenu()
{
    m_screenMenu->clear();
    auto *group = new QActionGroup(m_screenMenu);
    const QString preferred = m_settings->screenName();
    QAction *automatic = m_screenMenu->addAction(tr("Automatic (the screen that is not this one)"));
    automatic->setCheckable(true);
    automatic->setChecked(preferred.isEmpty());
    group->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [this] { setScreen({}); });
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        const QString name = screen->name();
        QAction *a = m_screenMenu->addAction(
            tr("%1 (%2×%3)").arg(name).arg(screen->size().width()).arg(screen->size().height()));
        a->setCheckable(true);
        a->setChecked(name == preferred);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setScreen(name); });
    }
}

void ProjectorControl::setScreen(const QString &name)
{
    if (m_placement)
        m_placement->setPreferredScreen(name); // and moves the window there
    else
        m_settings->setScreenName(name);
}
