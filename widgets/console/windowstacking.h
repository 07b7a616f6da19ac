// Opening a window behind another: the demo's History window under the console, not over it.
#pragma once

class QWidget;

namespace WindowStacking {
// Shows window (a child of front: a dialog, or a Qt::Window) as a normal window of its own,
// lowered, with front raised and active over it. A window manager keeps a dialog, and any
// window transient for front (or for the application's group, as X11 marks a dialog without
// one), above front whatever front->raise() asks.
void showBehind(QWidget *window, QWidget *front);
} // namespace WindowStacking
