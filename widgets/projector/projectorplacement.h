// Puts the projector window on the projector: full screen on the chosen or the second screen,
// a normal window when there is only one, and follows screens being plugged in and out.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class ProjectorSettings;
class QScreen;
class QWidget;

class ProjectorPlacement : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        int index = -1; // into the list of screens; -1: there is none
        bool fullScreen = false;
        bool operator==(const Choice &) const = default;
    };

    // Pure: the remembered screen if it is there, else the first screen that is not the
    // primary, full screen; with a single screen, that screen as a normal window.
    static Choice choose(const QStringList &screenNames, int primaryIndex,
                         const QString &preferredName);

    // The window is not owned; settings are read for the remembered screen and written on a
    // choice.
    ProjectorPlacement(QWidget *window, ProjectorSettings *settings, QObject *parent = nullptr);
    ~ProjectorPlacement() override;

    QString preferredScreen() const;
    // The facilitator's choice by QScreen::name(), remembered; empty: choose automatically.
    void setPreferredScreen(const QString &name);

    // Where the window would go now.
    QScreen *targetScreen() const;
    bool wouldBeFullScreen() const;

public Q_SLOTS:
    // Places and shows the window.
    void show();
    // Places the window again if it is shown (after a screen change or a new choice).
    void place();

Q_SIGNALS:
    void placed(QScreen *screen, bool fullScreen);

private:
    QList<QScreen *> availableScreens() const;
    Choice currentChoice(const QList<QScreen *> &screens) const;
    void placeOn(QScreen *screen, bool fullScreen);
    void schedulePlace();

    QPointer<QWidget> m_window;
    ProjectorSettings *m_settings;
    QScreen *m_removed = nullptr; // compared, never dereferenced: it is being destroyed
    bool m_placePending = false;
};
