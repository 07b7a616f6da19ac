// The history of drills: reads drills, logs and revisions from the store in a few queries and
// derives each drill's metrics; exports them as the JSON other tools read
// (docs/history-json.md).
#pragma once

#include "drillstore.h"
#include "drillsummary.h"
#include "storeresult.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class ActionItemStore;
class RunbookRevisionStore;

class DrillHistory
{
public:
    static constexpr int jsonFormatVersion = 1;

    // Ordered by runbook id, environment, iteration. Unfinished drills are measured at nowMs.
    // runKind: only hand-run drills or only automated runs (drilldeck run); empty: both.
    static StoreResult<QList<DrillSummary>> load(const DrillStore &drills,
                                                 const RunbookRevisionStore &revisions,
                                                 const DrillStore::Filter &filter, qint64 nowMs,
                                                 std::optional<Drill::RunKind> runKind = {});

    // Adds each drill's action items and the descriptions of its images (no bytes).
    static StoreError addRecords(QList<DrillSummary> &summaries, const DrillStore &drills,
                                 const ActionItemStore &actionItems);

    static QJsonObject toJson(const DrillSummary &summary);
    // {"format": "drilldeck-history", "version": 1, "generated": ISO, "drills": [...]}
    static QJsonObject toJson(const QList<DrillSummary> &summaries, qint64 generatedMs);

    static QString isoTime(qint64 ms); // "2023-11-14T22:13:20Z", empty for -1
    static qint64 seconds(qint64 ms);  // rounded to the nearest second
    static constexpr int hashPrefixLength = 12;
};
