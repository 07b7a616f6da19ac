#include "projectorplacement.h"

#include "projectorsettings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>

ProjectorPlacement::Choice ProjectorPlacement::choose(const QStringList &screenNames,
                                                      int primaryIndex,
                                                      const QString &preferredName)
{
    if (screenNames.isEmpty())
        return {};
    if (primaryIndex < 0 || primaryIndex >= screenNames.size())
        primaryIndex = 0;
    if (screenNames.size() == 1)
        return {0, false};
    if (!preferredName.isEmpty()) {
        const int preferred = int(screenNames.indexOf(preferredName));
        if (preferred >= 0)
            return {preferred, true};
    }
    for (int i = 0; i < screenNames.size(); ++i) {
        if (i != primaryIndex)
            return {i, true};
    }
    return {primaryIndex, false};
}

ProjectorPlacement::ProjectorPlacement(QWidget *window, ProjectorSettings *settings,
                                       QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, [this](QScreen *) { schedulePlace(); });
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, [this](QScreen *screen) {
        m_removed = screen;
        schedulePlace();
    });
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this,
            [this](QScreen *) { schedulePlace(); });
}

ProjectorPlacement::~ProjectorPlacement() = default;

QString ProjectorPlacement::preferredScreen() const
{
    return m_settings ? m_settings->screenName() : QString();
}

void ProjectorPlacement::setPreferredScreen(const QString &name)
{
    if (m_settings)
        m_settings->setScreenName(name);
    place();
}

QList<QScreen *> ProjectorPlacement::availableScreens() const
{
    QList<QScreen *> screens = QGuiApplication::screens();
    if (m_removed)
        screens.removeAll(m_removed);
    return screens;
}

ProjectorPlacement::Choice ProjectorPlacement::currentChoice(const QList<QScreen *> &screens) const
{
    QStringList names;
    int primary = 0;
    for (QScreen *screen : screens) {
        if (screen == QGuiApplication::primaryScreen())
            primary = int(names.size());
        names.append(screen->name());
    }
    return choose(names, primary, preferredScreen());
}

QScreen *ProjectorPlacement::targetScreen() const
{
    const QList<QScreen *> screens = availableScreens();
    const Choice choice = currentChoice(screens);
    return choice.index >= 0 ? screens.at(choice.index) : nullptr;
}

bool ProjectorPlacement::wouldBeFullScreen() const
{
    return currentChoice(availableScreens()).fullScreen;
}

void ProjectorPlacement::show()
{
    const QList<QScreen *> screens = availableScreens();
    const Choice choice = currentChoice(screens);
    if (m_window && choice.index >= 0)
        placeOn(screens.at(choice.index), choice.fullScreen);
    else if (m_window)
        m_window->show();
}

void ProjectorPlacement::place()
{
    if (m_window && m_window->isVisible())
        show();
}

// Screens come and go in bursts (a dock, a mirrored display): place once they have settled.
void ProjectorPlacement::schedulePlace()
{
    if (m_placePending)
        return;
    m_placePending = true;
    QTimer::singleShot(0, this, [this] {
        m_placePending = false;
        place();
        m_removed = nullptr;
    });
}

void ProjectorPlacement::placeOn(QScreen *screen, bool fullScreen)
{
    QWidget *window = m_window;
    if (fullScreen) {
        // Window managers move a full-screen window between monitors only via a normal state.
        if (window->isFullScreen() && window->screen() != screen)
            window->showNormal();
        window->setScreen(screen);
        window->setGeometry(screen->geometry());
        window->showFullScreen();
    } else {
        if (window->isFullScreen())
            window->showNormal();
        window->setScreen(screen);
        // A 16:9 window at two thirds of the screen, centred: the console stays usable beside it.
        const QRect available = screen->availableGeometry();
        QSize size(available.width() * 2 / 3, available.width() * 2 / 3 * 9 / 16);
        if (size.height() > available.height() * 5 / 6)
            size = QSize(available.height() * 5 / 6 * 16 / 9, available.height() * 5 / 6);
        QRect frame(QPoint(), size);
        frame.moveCenter(available.center());
        window->setGeometry(frame);
        window->show();
    }
    Q_EMIT placed(screen, fullScreen);
}
