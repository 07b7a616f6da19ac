#include "consolebench.h"

#include "audiencewindow.h"
#include "benchtable.h"
#include "database.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "drillreplay.h"
#include "drillsession.h"
#include "drillstore.h"
#include "ghostpace.h"
#include "mainwindow.h"
#include "runbookloadbench.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "storebatch.h"

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
// Finished drills of the generated runbook in "test": every step started and done in turn, each
// taking 60-119 s, in one transaction.
void addPreviousDrills(const QString &path, int steps, int previous)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    std::unique_ptr<Database> db = std::move(opened).value();
    {
        DrillStore store(*db);
        RunbookRevisionStore revisions(*db);
        const QByteArray yaml = RunbookLoadBench::generateRunbook(steps);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"runbook.yaml"_s);
        if (!loaded.ok())
            qFatal("the generated runbook does not load");
        const auto rev = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title,
                                               1'700'000'000'000);
        if (!rev)
            qFatal("cannot store the revision");
        // The drills first (each in a transaction of its own), then every event in one.
        QList<qint64> ids;
        qint64 now = 1'700'000'000'000;
        for (int d = 0; d < previous; ++d) {
            Drill drill;
            drill.revisionId = rev->id;
            drill.runbookId = loaded.runbook->id;
            drill.environment = u"test"_s;
            drill.facilitator = u"Bench"_s;
            const auto created = store.createDrill(drill, now);
            if (!created)
                qFatal("%s", qPrintable(created.error().message));
            ids.append(created->id);
        }
        StoreBatch batch(*db);
        if (batch.error())
            qFatal("%s", qPrintable(batch.error().message));
        for (int d = 0; d < previous; ++d) {
            const auto append = [&](DrillEvent::Kind kind, const QString &stepId) {
                DrillEvent e;
                e.drillId = ids[d];
                e.kind = kind;
                e.timeMs = now;
                e.author = u"Bench"_s;
                e.stepId = stepId;
                if (!store.appendEvent(e))
                    qFatal("cannot append an event");
            };
            append(DrillEvent::Kind::Started, {});
            for (int s = 0; s < steps; ++s) {
                const QString id = u"step-%1"_s.arg(s);
                append(DrillEvent::Kind::StepStarted, id);
                now += 60'000 + ((d * 7 + s * 13) % 60) * 1000;
                append(DrillEvent::Kind::StepDone, id);
            }
            append(DrillEvent::Kind::Finished, {});
            now += 3'600'000;
        }
        if (const StoreError error = batch.commit())
            qFatal("%s", qPrintable(error.message));
    }
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    // previous: finished drills of the runbook in the drill's environment, there before the
    // console opens (the ghost's reference is found among them).
    explicit Fixture(int steps, int previous = 0)
    {
        const QString runbook = dir.filePath(u"runbook.yaml"_s);
        QFile f(runbook);
        if (!f.open(QIODevice::WriteOnly) || f.write(RunbookLoadBench::generateRunbook(steps)) < 0)
            qFatal("cannot write the runbook");
        f.close();
        if (previous > 0)
            addPreviousDrills(dir.filePath(u"bench.sqlite"_s), steps, previous);
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

void ConsoleBench::runGhost(BenchTable &table, int steps, int previous, int advances,
                            int idleSeconds)
{
    Fixture fixture(steps, previous);
    // The reference is looked for as the drill opens, off the console's thread; its load time
    // is the loader's own measurement.
    DrillConsole *console = fixture.window->console();
    QElapsedTimer waited;
    waited.start();
    while (console->isLoadingReference() && waited.elapsed() < 600'000)
        QTest::qWait(50);
    if (!console->ghost().isValid())
        qFatal("the ghost has no reference after %lld ms", waited.elapsed());
    table.add({u"ghost: best and last run found among %1 previous drills of %2 steps "
               u"(off the console's thread)"_s.arg(previous)
                   .arg(steps),
               u"ms"_s, double(std::max<qint64>(1, waited.elapsed())), std::nullopt, u"-"_s});

    // What the ghost adds to every refresh: its pace derived from the drill's metrics (the once-a-
    // second tick only reads it).
    {
        const DrillEngine *engine = fixture.window->engine();
        const DrillMetrics metrics = engine->metrics();
        const QList<DrillReplay::Interval> pauses = engine->replay().pauses();
        const QStringList running = engine->currentSteps();
        const ReferenceRun reference = console->ghost().reference();
        QList<double> derive;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            const GhostPace pace(reference, metrics, pauses, running);
            const QString text = pace.paceText(metrics.activeMs);
            derive.append(double(t.nsecsElapsed()) / 1e3);
            if (text.isEmpty())
                qFatal("the ghost has nothing to say");
        }
        table.add({u"ghost: pace derived on a refresh (%1 steps), median of 200"_s.arg(steps),
                   u"µs"_s, BenchTable::median(derive), std::nullopt, u"-"_s});
    }

    QList<double> samples;
    advances = std::min(advances, steps - 1); // one drill: a new one would look again
    samples.reserve(advances);
    for (int i = 0; i < advances; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(fixture.window.get(), Qt::Key_PageDown);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        samples.append(double(t.nsecsElapsed()) / 1e6);
        if (fixture.window->engine()->stepStatus(u"step-%1"_s.arg(i)) != StepStatus::Done)
            qFatal("advance %d did not complete step-%d", i, i);
    }
    if (!console->ghost().isValid() || console->ghost().at(0).stepsTotal != steps)
        qFatal("the ghost went away while advancing");
    table.add({u"advance key to repainted console+projector with the ghost, p99 (%1 steps, %2 "
               u"previous drills)"_s.arg(steps)
                   .arg(previous),
               u"ms"_s, BenchTable::percentile(samples, 99), std::nullopt, u"p99 < 16.7 ms"_s});

    QTest::qWait(1500);
    const double before = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop idle;
    QTimer::singleShot(idleSeconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double used = cpuSeconds() - before;
    table.add({u"CPU of a running drill with the ghost, %1 s idle (%2 steps, %3 previous drills)"_s
                   .arg(idleSeconds)
                   .arg(steps)
                   .arg(previous),
               u"% of a core"_s, 100.0 * used / (double(wall.elapsed()) / 1000.0), std::nullopt,
               u"<= 1 %"_s});
}
