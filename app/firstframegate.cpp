#include "firstframegate.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstFrameGate::FirstFrameGate(QWidget *window) : QObject(window)
{
    window->installEventFilter(this);
}

void FirstFrameGate::whenOpen(std::function<void()> work)
{
    if (m_open)
        work();
    else
        m_waiting.append(std::move(work));
}

bool FirstFrameGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // Queued: the window's children paint the rest of the frame before this runs.
        QTimer::singleShot(0, this, &FirstFrameGate::open);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameGate::open()
{
    m_open = true;
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto &work : waiting)
        work();
}
