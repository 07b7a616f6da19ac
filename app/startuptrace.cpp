#include "startuptrace.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStartup, "drilldeck.startup", QtWarningMsg)

namespace {
QElapsedTimer &timer()
{
    static QElapsedTimer t;
    return t;
}
} // namespace

void StartupTrace::begin()
{
    timer().start();
}

void StartupTrace::mark(const char *milestone)
{
    if (lcStartup().isDebugEnabled() && timer().isValid())
        qCDebug(lcStartup, "%7.2f ms  %s", double(timer().nsecsElapsed()) / 1e6, milestone);
}
