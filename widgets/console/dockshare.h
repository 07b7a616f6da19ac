// Keeps a dock as wide as a share of its main window (within bounds) while the window is sized
// and shown, until someone drags a dock's edge: a fixed width took a third of a 1280 px
// console and left the outline a few characters of each title.
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

class DockShare : public QObject
{
    Q_OBJECT
public:
    // percent of the window's width, never below minimum nor above maximum pixels.
    static void install(QMainWindow *window, QDockWidget *dock, int percent, int minimum,
                        int maximum);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DockShare(QMainWindow *window, QDockWidget *dock, int percent, int minimum, int maximum);
    void fit();

    QMainWindow *m_window;
    QDockWidget *m_dock;
    int m_percent;
    int m_minimum;
    int m_maximum;
};
