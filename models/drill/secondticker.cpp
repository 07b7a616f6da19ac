#include "secondticker.h"

SecondTicker::SecondTicker(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SecondTicker::fire);
    m_clock.start();
}

SecondTicker::~SecondTicker() = default;

void SecondTicker::snapshot(qint64 elapsedAtSnapshot, bool running)
{
    m_base = elapsedAtSnapshot;
    m_running = running;
    m_clock.restart();
    m_timer.stop();
    fire();
}

qint64 SecondTicker::sinceSnapshot() const
{
    return m_running ? m_clock.elapsed() : 0;
}

void SecondTicker::fire()
{
    const qint64 since = sinceSnapshot();
    Q_EMIT tick(since);
    if (m_running) // wake just past the next whole second of the main clock
        m_timer.start(int(1000 - (m_base + since) % 1000) + 1);
}
