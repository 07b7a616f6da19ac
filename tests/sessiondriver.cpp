// A helper the fault suite starts and kills: it runs a drill the way the console does, through
// DrillSession (the lock, stale-lock takeover, the stored revision) and DrillEngine.
//
//   sessiondriver DB RUNBOOK   open DB; resume its unfinished drill or start one from the
//                              RUNBOOK file; print `runbook STEP-IDS` (the steps the drill runs),
//                              `started DRILL TIME` for a new drill, then drive steps, pauses
//                              and observations forever, printing `committed EVENT-ID` after
//                              every commit, flushed. `refused: MESSAGE` when DB cannot be opened.
#include "drillengine.h"
#include "drillsession.h"
#include "runbookloader.h"
#include "stepstatus.h"

#include <QCoreApplication>

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
    std::fprintf(stderr, "sessiondriver: %s\n", qPrintable(message));
    return 2;
}

int drive(const QString &databasePath, const QString &runbookPath)
{
    auto opened = DrillSession::open(databasePath);
    if (!opened) {
        say("refused: " + opened.error().message.toUtf8());
        return 3;
    }
    const std::unique_ptr<DrillSession> session = std::move(opened).value();
    const auto unfinished = session->unfinishedDrills();
    if (!unfinished)
        return fail(unfinished.error().message);
    DrillEngine *engine = nullptr;
    if (!unfinished->isEmpty()) {
        const auto resumed = session->resumeDrill(unfinished->constFirst().id);
        if (!resumed)
            return fail(resumed.error().message);
        engine = resumed.value();
    } else {
        const RunbookLoadResult loaded = RunbookLoader::loadFile(runbookPath);
        if (!loaded.ok())
            return fail(loaded.diagnostics.value(0).toString());
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"sessiondriver"_s;
        const auto created = session->createDrill(loaded.source, *loaded.runbook, drill);
        if (!created)
            return fail(created.error().message);
        engine = created.value();
    }
    QStringList stepIds;
    for (const Step &s : engine->runbook().allSteps())
        stepIds << s.id;
    say("runbook " + stepIds.join(u',').toUtf8());
    if (engine->state() == Drill::State::Planned) {
        const AppendResult r = engine->start();
        if (!r.committed())
            return fail(r.message);
        say("started " + QByteArray::number(engine->drill().id) + ' ' +
            QByteArray::number(r.event.timeMs));
        say("committed " + QByteArray::number(r.event.id));
    }
    for (qint64 n = 0;; ++n) {
        QString next;
        for (const QString &id : std::as_const(stepIds))
            if (const StepStatus s = engine->stepStatus(id);
                s != StepStatus::Done && s != StepStatus::Skipped) {
                next = id;
                break;
            }
        AppendResult r;
        if (n % 25 == 24)
            r = engine->state() == Drill::State::Paused ? engine->resume() : engine->pause();
        else if (engine->state() == Drill::State::Running && n % 7 == 3 && !next.isEmpty())
            r = engine->stepStatus(next) == StepStatus::NotStarted ? engine->startStep(next, true)
                                                                   : engine->completeStep(next);
        else
            r = engine->observe(u"tick %1"_s.arg(n));
        if (!r.committed())
            return fail(r.message);
        say("committed " + QByteArray::number(r.event.id));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(u"usage: sessiondriver DB RUNBOOK"_s);
    return drive(args[1], args[2]);
}
