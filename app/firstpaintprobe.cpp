#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {
// The peak resident set so far, from /proc/self/status (VmHWM, KiB); -1 when unknown.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
} // namespace

void FirstPaintProbe::installIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIntValue("DRILLDECK_EXIT_AFTER_FIRST_PAINT") != 1)
        return;
    window->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Queued: the window and its children finish painting the frame before this runs.
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint vmhwm-kib=%lld\n", static_cast<long long>(peakResidentKiB()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
