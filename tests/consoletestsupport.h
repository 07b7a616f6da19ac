// The real console as the console tests start it: a database of its own, the window shown and
// exposed, a runbook open, and (when asked) a drill created as the start dialog would.
#pragma once

#include "drillsession.h"
#include "mainwindow.h"

#include <QTest>

#include <memory>

namespace ConsoleTestSupport {

// The console on the database at databasePath with runbookPath open; the test stops (qFatal)
// when either cannot be had, since nothing after it could mean anything.
inline std::unique_ptr<MainWindow> openConsole(const QString &databasePath,
                                               const QString &runbookPath)
{
    auto session = DrillSession::open(databasePath);
    if (!session)
        qFatal("cannot open the database: %s", qPrintable(session.error().message));
    auto w = std::make_unique<MainWindow>(std::move(session).value());
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openRunbook(runbookPath))
        qFatal("console or runbook not ready");
    return w;
}

// A planned drill of the open runbook, in the test environment, led by Fran.
inline void createDrill(MainWindow &w)
{
    Drill drill;
    drill.environment = QStringLiteral("test");
    drill.facilitator = QStringLiteral("Fran");
    if (!w.createDrill(drill))
        qFatal("cannot create a drill");
}

} // namespace ConsoleTestSupport
