// One wake-up a second, on the whole second of a running clock, for every view that shows it.
// The views keep a snapshot (elapsed at a moment) and add sinceSnapshot() on each tick.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class SecondTicker : public QObject
{
    Q_OBJECT
public:
    explicit SecondTicker(QObject *parent = nullptr);
    ~SecondTicker() override;

    // Restarts the monotonic clock: elapsedAtSnapshot is the main clock's reading now.
    void snapshot(qint64 elapsedAtSnapshot, bool running);
    qint64 sinceSnapshot() const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void tick(qint64 sinceSnapshotMs);

private:
    void fire();

    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_base = 0;
    bool m_running = false;
};
