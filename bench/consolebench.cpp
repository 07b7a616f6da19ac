#include "consolebench.h"

#include "audiencewindow.h"
#include "benchtable.h"
#include "drillengine.h"
#include "drillsession.h"
#include "mainwindow.h"
#include "runbookloadbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    explicit Fixture(int steps)
    {
        const QString runbook = dir.filePath(u"runbook.yaml"_s);
        QFile f(runbook);
        if (!f.open(QIODevice::WriteOnly) || f.write(RunbookLoadBench::generateRunbook(steps)) < 0)
            qFatal("cannot write the runbook");
        f.close();
        auto session = DrillSession::open(dir.filePath(u"bench.sqlite"_s));
        if (!session)
            qFatal("%s", qPrintable(session.error().message));
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1920, 1080);
        window->show();
        window->audienceWindow()->resize(1920, 1080);
        window->audienceWindow()->show();
        window->activateWindow(); // clicker keys go to the active window, as in the room
        if (!QTest::qWaitForWindowActive(window.get()) || !window->openRunbook(runbook))
            qFatal("console did not open the runbook");
        newDrill();
    }

    void newDrill()
    {
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Bench"_s;
        if (!window->createDrill(drill))
            qFatal("cannot create a drill");
        QTest::keyClick(window.get(), Qt::Key_F5);
        QCoreApplication::processEvents();
    }
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

void ConsoleBench::runAdvanceLatency(BenchTable &table, int steps, int advances)
{
    Fixture fixture(steps);
    QList<double> samples;
    samples.reserve(advances);
    int inDrill = 0;
    for (int i = 0; i < advances; ++i) {
        if (++inDrill >= steps) { // the last step: finish it and the drill, start a fresh one
            QTest::keyClick(fixture.window.get(), Qt::Key_PageDown);
            QTest::keyClick(fixture.window.get(), Qt::Key_Return, Qt::ControlModifier);
            if (fixture.window->engine()->state() != Drill::State::Finished)
                qFatal("the drill did not finish");
            fixture.newDrill();
            inDrill = 1;
        }
        QElapsedTimer t;
        t.start();
        QTest::keyClick(fixture.window.get(), Qt::Key_PageDown);
        // Both windows repaint what changed before the measurement stops.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        samples.append(double(t.nsecsElapsed()) / 1e6);
        const StepStatus status =
            fixture.window->engine()->stepStatus(u"step-%1"_s.arg(inDrill - 1));
        if (status != StepStatus::Done) // a benchmark of keys that do nothing measures nothing
            qFatal("advance %d did not complete step-%d", i, inDrill - 1);
    }
    QList<double> copy = samples;
    table.add({u"advance key to repainted console+projector, median (%1 steps)"_s.arg(steps),
               u"ms"_s, BenchTable::median(copy), std::nullopt, u"-"_s});
    table.add({u"advance key to repainted console+projector, p99 (%1 advances)"_s.arg(advances),
               u"ms"_s, BenchTable::percentile(samples, 99), std::nullopt, u"p99 < 16.7 ms"_s});
}

void ConsoleBench::runIdleCpu(BenchTable &table, int seconds)
{
    Fixture fixture(40);
    QTest::keyClick(fixture.window.get(), Qt::Key_PageDown); // a step is running and ticking
    QTest::qWait(1500);
    const double before = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    // A plain event loop, as the app runs: QTest::qWait wakes every 10 ms to poll, which was
    // measured as a third of the "idle" CPU and is the harness's, not the app's.
    QEventLoop idle;
    QTimer::singleShot(seconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double used = cpuSeconds() - before;
    table.add({u"CPU of a running drill, %1 s idle (console + projector)"_s.arg(seconds),
               u"% of a core"_s, 100.0 * used / (double(wall.elapsed()) / 1000.0), std::nullopt,
               u"<= 1 %"_s});
}
