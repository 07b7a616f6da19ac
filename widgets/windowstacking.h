// Opening a window behind another: the demo's History window under the console, not over it.
#pragma once

class QWidget;

namespace WindowStacking {
// Shows window (a Qt::Window child of front) as a window of its own, not transient for front
// (a window manager keeps a transient window above its parent, whatever front->raise() asks),
// lowered, with front raised and active over it.
void showBehind(QWidget *window, QWidget *front);
} // namespace WindowStacking
