#include "coldstartbench.h"

#include "benchtable.h"
#include "database.h"
#include "drillevent.h"
#include "drillstore.h"
#include "runbookloadbench.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "storebatch.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'700'000'000'000;

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "drilldeck_bench: cold start: " << what << '\n';
    std::exit(1);
}

// A database of finished drills (none to offer for resuming), each with a full step log.
void fillDatabase(const QString &path, int drills)
{
    auto opened = Database::open(path);
    if (!opened)
        die(opened.error().message);
    const std::unique_ptr<Database> db = std::move(opened).value();
    {
        DrillStore store(*db);
        RunbookRevisionStore revisions(*db);
        const QByteArray yaml = RunbookLoadBench::generateRunbook(40);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"history.yaml"_s);
        if (!loaded.ok())
            die(loaded.diagnostics.value(0).toString());
        const auto revision =
            revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
        if (!revision)
            die(revision.error().message);
        const QList<Step> steps = loaded.runbook->allSteps();
        QList<Drill> created;
        for (int d = 0; d < drills; ++d) {
            Drill drill;
            drill.revisionId = revision->id;
            drill.runbookId = loaded.runbook->id;
            drill.environment = d % 2 ? u"test"_s : u"production"_s;
            const auto stored = store.createDrill(drill, T0 + qint64(d) * 86'400'000);
            if (!stored)
                die(stored.error().message);
            created.append(stored.value());
        }
        // The logs go in one transaction: filling the fixture is not what is measured.
        StoreBatch batch(*db);
        if (const StoreError error = batch.error())
            die(error.message);
        for (int d = 0; d < drills; ++d) {
            qint64 time = T0 + qint64(d) * 86'400'000;
            auto add = [&](DrillEvent::Kind kind, const QString &step, qint64 advance) {
                time += advance;
                DrillEvent e;
                e.drillId = created[d].id;
                e.timeMs = time;
                e.author = u"facilitator"_s;
                e.kind = kind;
                e.stepId = step;
                if (!store.appendEvent(e))
                    die(u"cannot fill the database"_s);
            };
            add(DrillEvent::Kind::Started, {}, 0);
            for (const Step &s : steps) {
                add(DrillEvent::Kind::StepStarted, s.id, 1000);
                add(DrillEvent::Kind::StepDone, s.id, 60'000 + (d * 7919) % 60'000);
            }
            add(DrillEvent::Kind::Finished, {}, 1000);
        }
        if (const StoreError error = batch.commit())
            die(error.message);
    }
}

struct Start
{
    double ms = 0;      // to the first painted frame
    double readyMs = 0; // to `ready` (drilldeck: its database open), when waited for
    double peakMiB = 0;
};

// Starts program and waits for its first-paint line (and its ready line, if waitForReady): wall
// time from start() to each line.
Start startOnce(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment, bool waitForReady = false)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    double ms = -1;
    double readyMs = waitForReady ? -1 : 0;
    while ((ms < 0 || readyMs < 0) && process.waitForReadyRead(30'000)) {
        out += process.readAllStandardOutput();
        const double now = double(timer.nsecsElapsed()) / 1e6;
        if (ms < 0 && out.contains("first-paint"))
            ms = now;
        if (readyMs < 0 && out.contains("ready"))
            readyMs = now;
    }
    if (!process.waitForFinished(30'000) || process.exitCode() != 0 || ms < 0 || readyMs < 0)
        die(u"%1 did not paint and exit: %2"_s.arg(
            program, QString::fromLocal8Bit(out + process.readAllStandardError())));
    out += process.readAllStandardOutput();
    const qsizetype at = out.indexOf("vmhwm-kib=");
    const double kib = at >= 0 ? out.mid(at + 10).split('\n').value(0).toDouble() : 0;
    return {ms, readyMs, kib / 1024.0};
}
} // namespace

void ColdStartBench::run(BenchTable &table, int runs, int steps, int drills)
{
    QTemporaryDir dir;
    const QString runbook = dir.filePath(u"cold-start.yaml"_s);
    {
        QFile f(runbook);
        if (!f.open(QIODevice::WriteOnly) || f.write(RunbookLoadBench::generateRunbook(steps)) < 0)
            die(u"cannot write "_s + runbook);
    }
    const QString database = dir.filePath(u"drilldeck.sqlite"_s);
    fillDatabase(database, drills);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"DRILLDECK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    // Default settings and data: nothing of the user's changes what is measured.
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    const QString cache = dir.filePath(u"cache"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, cache);
    const QString appCache = cache + u"/DrillDeck"_s; // the organization's folder, as in main()

    const QString app = QStringLiteral(DRILLDECK_BINARY);
    const QString floor = QStringLiteral(MINIMAL_WINDOW_BINARY);
    const QString replica = QStringLiteral(CONSOLE_REPLICA_BINARY);
    const QStringList appArguments{u"--db"_s, database, runbook};
    // One unmeasured start each fills the page cache: this is a new process, not a cold disk.
    // It also fills drilldeck's parse cache, as the runbook's first opening does: the usual start
    // opens a runbook opened before (a team drills the same runbook again and again).
    startOnce(app, appArguments, environment);
    if (!QDirIterator(appCache, {u"*.bin"_s}, QDir::Files, QDirIterator::Subdirectories).hasNext())
        die(u"the first start left no parsed runbook in "_s + appCache);
    startOnce(floor, {}, environment);
    startOnce(replica, {}, environment);
    QList<double> appMs, appReadyMs, uncachedMs, floorMs, replicaMs, appMiB, floorMiB;
    for (int r = 0; r < runs; ++r) {
        // Rotate which goes first, so none always follows the same one's exit.
        for (int side = 0; side < 4; ++side) {
            const int which = (r + side) % 4;
            if (which == 0) {
                const Start s = startOnce(app, appArguments, environment, true);
                appMs.append(s.ms);
                appReadyMs.append(s.readyMs);
                appMiB.append(s.peakMiB);
            } else if (which == 1) {
                // A runbook never opened before: parsed, then stored for the next start. Only
                // drilldeck's own cache goes (fontconfig may keep one beside it).
                if (!QDir(appCache).removeRecursively())
                    die(u"cannot remove "_s + appCache);
                uncachedMs.append(startOnce(app, appArguments, environment).ms);
            } else if (which == 2) {
                const Start s = startOnce(floor, {}, environment);
                floorMs.append(s.ms);
                floorMiB.append(s.peakMiB);
            } else {
                replicaMs.append(startOnce(replica, {}, environment).ms);
            }
        }
    }
    // The goal is set against the stock-Qt replica of the console's first screen
    // (bench/consolereplica.cpp: the same widgets, fonts and texts, no DrillDeck code), the floor
    // for this design; the minimal window stays as a reference row without a goal.
    const double replicaMedian = BenchTable::median(replicaMs);
    table.add({u"cold start to first paint: %1-step runbook, %2-drill database (median of %3)"_s
                   .arg(steps)
                   .arg(drills)
                   .arg(runs),
               u"ms"_s, BenchTable::median(appMs), replicaMedian,
               u"ratio ≤ 1.2, moonshot 1.1 (floor: the stock-Qt replica of the same screen)"_s});
    table.add({u"cold start to first paint, runbook never opened before (no parse cache)"
               u" (median of %1)"_s.arg(runs),
               u"ms"_s, BenchTable::median(uncachedMs), replicaMedian,
               u"ratio ≤ 1.5 (floor: the same replica)"_s});
    table.add({u"cold start until the database is checked and open (ready to drill), same start"_s,
               u"ms"_s, BenchTable::median(appReadyMs), replicaMedian,
               u"none set; ratio tracked (floor: the same replica)"_s});
    table.add({u"peak memory (VmHWM) at first paint, same start (median of %1)"_s.arg(runs),
               u"MiB"_s, BenchTable::median(appMiB), BenchTable::median(floorMiB),
               u"none set; ratio tracked (floor: a minimal Qt Widgets window)"_s});
    // Reference rows: what stock Qt charges for this screen against a window with one label, and
    // DrillDeck's first paint against that same minimal window.
    table.add({u"reference: the console's first screen in stock Qt alone (same widgets, fonts,"
               u" texts; no DrillDeck code) (median of %1)"_s.arg(runs),
               u"ms"_s, replicaMedian, BenchTable::median(floorMs),
               u"none; what Qt Widgets charges for the screen (floor: a minimal window)"_s});
    table.add({u"reference: cold start to first paint against a minimal Qt Widgets window"_s,
               u"ms"_s, BenchTable::median(appMs), BenchTable::median(floorMs),
               u"none; reference (floor: a minimal Qt Widgets window, same platform)"_s});
}
