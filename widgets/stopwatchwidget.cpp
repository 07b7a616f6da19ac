#include "stopwatchwidget.h"

#include "duration.h"

#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

StopwatchWidget::StopwatchWidget(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_time(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_caption->setText(tr("Elapsed"));
    QFont timeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    timeFont.setPointSizeF(timeFont.pointSizeF() * 2.6);
    timeFont.setBold(true);
    m_time->setFont(timeFont);
    m_time->setAccessibleName(tr("Stopwatch"));
    layout->addWidget(m_caption);
    layout->addWidget(m_time);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StopwatchWidget::tick);
    tick();
}

StopwatchWidget::~StopwatchWidget() = default;

void StopwatchWidget::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StopwatchWidget::setElapsed(qint64 milliseconds)
{
    m_base = milliseconds;
    if (m_running)
        m_clock.start();
    tick();
}

qint64 StopwatchWidget::elapsed() const
{
    return m_base + (m_running ? m_clock.elapsed() : 0);
}

QString StopwatchWidget::text() const
{
    return m_time->text();
}

void StopwatchWidget::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    tick();
    Q_EMIT runningChanged(true);
}

void StopwatchWidget::stop()
{
    if (!m_running)
        return;
    m_base += m_clock.elapsed();
    m_running = false;
    m_timer.stop();
    tick();
    Q_EMIT runningChanged(false);
}

void StopwatchWidget::reset()
{
    stop();
    setElapsed(0);
}

void StopwatchWidget::tick()
{
    const QString text = Duration::formatClock(elapsed());
    if (m_time->text() != text)
        m_time->setText(text);
    if (m_running)
        scheduleNextTick();
}

// Wake at the next whole second of elapsed time, not on a fixed period: one repaint a second.
void StopwatchWidget::scheduleNextTick()
{
    const qint64 ms = elapsed();
    m_timer.start(int(1000 - ms % 1000) + 1);
}
