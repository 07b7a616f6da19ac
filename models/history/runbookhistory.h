// The finished drills of one runbook with the runbook they ran (its newest revision): what the
// history charts and tables show.
#pragma once

#include "drillstore.h"
#include "drillsummary.h"
#include "runbook.h"
#include "storeresult.h"

#include <QList>
#include <QStringList>

class RunbookRevisionStore;

struct RunbookHistory
{
    Runbook runbook;            // the newest revision of the runbook
    QList<DrillSummary> drills; // finished only; by environment, then iteration
    QStringList environments;   // in the order the drills name them

    // environment empty: every environment; runKind empty: hand-run and automated drills.
    // NotFound lists the known runbook ids.
    static StoreResult<RunbookHistory>
    load(const DrillStore &drills, const RunbookRevisionStore &revisions, const QString &runbookId,
         const QString &environment, qint64 nowMs, std::optional<Drill::RunKind> runKind = {});
    // The ids of every runbook with at least one drill, sorted.
    static StoreResult<QStringList> runbookIds(const DrillStore &drills);
};
