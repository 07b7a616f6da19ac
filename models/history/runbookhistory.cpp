#include "runbookhistory.h"

#include "drillhistory.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RunbookHistory", text);
}
} // namespace

StoreResult<QStringList> RunbookHistory::runbookIds(const DrillStore &drills)
{
    auto all = drills.drills();
    if (!all)
        return all.error();
    QStringList ids;
    for (const Drill &d : all.value())
        if (!ids.contains(d.runbookId))
            ids.append(d.runbookId);
    ids.sort();
    return ids;
}

StoreResult<RunbookHistory> RunbookHistory::load(const DrillStore &drills,
                                                 const RunbookRevisionStore &revisions,
                                                 const QString &runbookId,
                                                 const QString &environment, qint64 nowMs,
                                                 std::optional<Drill::RunKind> runKind)
{
    auto ids = runbookIds(drills);
    if (!ids)
        return ids.error();
    if (!ids->contains(runbookId))
        return StoreError::make(
            StoreError::Code::NotFound,
            ids->isEmpty()
                ? tr("no drills of runbook `%1`; the database has no drills").arg(runbookId)
                : tr("no drills of runbook `%1`; known runbooks: %2")
                      .arg(runbookId, ids->join(u", "_s)));
    auto summaries =
        DrillHistory::load(drills, revisions, {runbookId, environment}, nowMs, runKind);
    if (!summaries)
        return summaries.error();
    RunbookHistory history;
    for (const DrillSummary &s : summaries.value()) {
        if (s.metrics.state != Drill::State::Finished || !s.problem.isEmpty())
            continue;
        history.drills.append(s);
        if (!history.environments.contains(s.drill.environment))
            history.environments.append(s.drill.environment);
    }
    auto revs = revisions.revisions(runbookId);
    if (!revs)
        return revs.error();
    for (const RunbookRevision &r : revs.value()) {
        const RunbookLoadResult loaded = RunbookLoader::loadText(r.yaml.toUtf8(), r.runbookId);
        if (loaded.ok()) {
            history.runbook = *loaded.runbook;
            break;
        }
    }
    if (history.runbook.id.isEmpty())
        history.runbook.id = runbookId;
    return history;
}
