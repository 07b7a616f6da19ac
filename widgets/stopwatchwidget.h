// A large stopwatch that ticks once a second from a monotonic clock and repaints only itself.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

class StopwatchWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StopwatchWidget(QWidget *parent = nullptr);
    ~StopwatchWidget() override;

    // Milliseconds already elapsed before now: a resumed drill continues from there.
    void setElapsed(qint64 milliseconds);
    qint64 elapsed() const;
    bool isRunning() const { return m_running; }
    void setCaption(const QString &caption);
    QString text() const;

public Q_SLOTS:
    void start();
    void stop();
    void reset();

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void tick();
    void scheduleNextTick();

    QLabel *m_caption;
    QLabel *m_time;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_base = 0;
    bool m_running = false;
};
