// Holds work back until a window has painted its first frame: what the window shows comes
// first, what can wait (opening the checked database, the resume offer) comes right after.
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QWidget;

class FirstFrameGate : public QObject
{
    Q_OBJECT
public:
    // Install before the window is shown.
    explicit FirstFrameGate(QWidget *window);

    // Runs work now if the window has painted its first frame, else on the event loop's turn
    // right after that frame, in the order given.
    void whenOpen(std::function<void()> work);
    bool isOpen() const { return m_open; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open();

    bool m_open = false;
    bool m_painted = false;
    QList<std::function<void()>> m_waiting;
};
