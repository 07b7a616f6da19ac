// A helper the crash and lock tests start and kill: it writes drill events as fast as the
// store commits them, or holds the database lock.
//
//   crashwriter write DB      lock DB, resume its unfinished drill (or start one), append
//                             events forever; prints `started DRILL TIME` once and
//                             `committed EVENT-ID` after every commit, flushed
//   crashwriter hold-lock DB  take the lock, print `locked` (or `refused: MESSAGE`), wait
#include "database.h"
#include "databaselock.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "crashwriter: %s\n", qPrintable(message));
    return 2;
}

int write(const QString &path)
{
    DatabaseLock lock(path);
    if (const StoreError e = lock.lock())
        return fail(e.message);
    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error().message);
    std::unique_ptr<Database> db = std::move(opened).value();
    DrillStore store(*db);
    RunbookRevisionStore revisions(*db);

    const QByteArray yaml = DrillTestSupport::runbookYaml();
    const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"crash.yaml"_s);
    if (!loaded.ok())
        return fail(loaded.diagnostics.value(0).toString());
    const auto revision = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title,
                                                DrillEngine::systemClock());
    if (!revision)
        return fail(revision.error().message);

    const auto unfinished = store.unfinishedDrills();
    if (!unfinished)
        return fail(unfinished.error().message);
    Drill drill;
    if (!unfinished->isEmpty()) {
        drill = unfinished->constFirst();
    } else {
        // A drill created by a run killed before it started is planned, not unfinished: reuse it.
        const auto all = store.drills();
        if (!all)
            return fail(all.error().message);
        if (!all->isEmpty() && Drill::stateFromEvents(store.events(all->constLast().id).value()) ==
                                   Drill::State::Planned) {
            drill = all->constLast();
        } else {
            Drill d;
            d.revisionId = revision->id;
            d.runbookId = loaded.runbook->id;
            d.environment = u"test"_s;
            const auto created = store.createDrill(d, DrillEngine::systemClock());
            if (!created)
                return fail(created.error().message);
            drill = created.value();
        }
    }
    const auto events = store.events(drill.id);
    if (!events)
        return fail(events.error().message);
    DrillEngine engine(&store, *loaded.runbook, drill, events.value());
    engine.setAuthor(u"crashwriter"_s);
    auto report = [](const AppendResult &r) {
        if (!r.committed())
            return false;
        say("committed " + QByteArray::number(r.event.id));
        return true;
    };
    if (engine.state() == Drill::State::Planned) {
        const AppendResult r = engine.start();
        if (!r.committed())
            return fail(r.message);
        say("started " + QByteArray::number(drill.id) + ' ' + QByteArray::number(r.event.timeMs));
        report(r);
    }
    for (qint64 n = 0;; ++n) {
        AppendResult r;
        if (n % 25 == 24)
            r = engine.state() == Drill::State::Paused ? engine.resume() : engine.pause();
        else
            r = engine.observe(u"tick %1"_s.arg(n));
        if (!report(r))
            return fail(r.message);
    }
}

int holdLock(const QString &path)
{
    DatabaseLock lock(path);
    if (const StoreError e = lock.lock()) {
        say("refused: " + e.message.toUtf8());
        return 3;
    }
    say("locked");
    for (;;)
        QThread::sleep(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(u"usage: crashwriter write|hold-lock DB"_s);
    if (args[1] == u"write")
        return write(args[2]);
    if (args[1] == u"hold-lock")
        return holdLock(args[2]);
    return fail(u"unknown mode "_s + args[1]);
}
