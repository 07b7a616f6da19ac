#include "firstpaintprobe.h"

#include "firstframegate.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QWidget>

#include <cstdio>

namespace {
QPointer<FirstPaintProbe> g_probe;
bool g_readyEarly = false; // setReady() before the probe was installed

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

void FirstPaintProbe::installIfRequested(QWidget *window, Readiness readiness)
{
    if (qEnvironmentVariableIntValue("DRILLDECK_EXIT_AFTER_FIRST_PAINT") != 1)
        return;
    g_probe = new FirstPaintProbe(window);
    g_probe->m_ready = readiness == Readiness::AtFirstPaint || g_readyEarly;
    (new FirstFrameGate(window))->whenOpen([probe = g_probe] {
        std::printf("first-paint vmhwm-kib=%lld\n", static_cast<long long>(peakResidentKiB()));
        std::fflush(stdout);
        probe->m_painted = true;
        probe->quitWhenDone();
    });
}

void FirstPaintProbe::setReady()
{
    if (!g_probe) {
        g_readyEarly = true;
        return;
    }
    if (g_probe->m_ready)
        return;
    g_probe->m_ready = true;
    std::printf("ready\n");
    std::fflush(stdout);
    g_probe->quitWhenDone();
}

void FirstPaintProbe::quitWhenDone()
{
    if (m_painted && m_ready)
        QCoreApplication::quit();
}
