// Opening a window behind another: the demo's History window under the console, not over it.
#include "windowstacking.h"

#include <QWidget>
#include <QWindow>

void WindowStacking::showBehind(QWidget *window, QWidget *front)
{
    window->setWindowFlags((window->windowFlags() & ~Qt::WindowType_Mask) | Qt::Window);
    window->winId(); // the native window exists: its transient parent is cleared before it maps
    if (QWindow *handle = window->windowHandle())
        handle->setTransientParent(nullptr);
    window->show();
    window->lower();
    front->raise();
    front->activateWindow();
}
