// Keeps a dock as wide as a share of its main window (within bounds) while the window is sized
// and shown, until someone drags a dock's edge.
#include "dockshare.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

void DockShare::install(QMainWindow *window, QDockWidget *dock, int percent, int minimum,
                        int maximum)
{
    new DockShare(window, dock, percent, minimum, maximum);
}

DockShare::DockShare(QMainWindow *window, QDockWidget *dock, int percent, int minimum, int maximum)
    : QObject(window), m_window(window), m_dock(dock), m_percent(percent), m_minimum(minimum),
      m_maximum(maximum)
{
    window->installEventFilter(this);
    fit();
}

bool DockShare::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        // A press on the window itself, not on a widget in it, grabs a dock's edge: from now
        // on the width is the user's.
        m_window->removeEventFilter(this);
        deleteLater();
    } else if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        fit();
    }
    return false;
}

void DockShare::fit()
{
    const int width = qBound(m_minimum, m_window->width() * m_percent / 100, m_maximum);
    m_window->resizeDocks({m_dock}, {width}, Qt::Horizontal);
}
