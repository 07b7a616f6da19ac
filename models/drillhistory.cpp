#include "drillhistory.h"

#include "drillanalysis.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString DrillHistory::isoTime(qint64 ms)
{
    if (ms < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

qint64 DrillHistory::seconds(qint64 ms)
{
    return (ms + (ms >= 0 ? 500 : -500)) / 1000;
}

StoreResult<QList<DrillSummary>> DrillHistory::load(const DrillStore &drills,
                                                    const RunbookRevisionStore &revisions,
                                                    const DrillStore::Filter &filter, qint64 nowMs)
{
    const auto list = drills.drills(filter);
    if (!list)
        return list.error();
    const auto logs = drills.eventsOfDrills(filter);
    if (!logs)
        return logs.error();

    struct Parsed
    {
        QString hash;
        QString title;
        std::optional<Runbook> runbook;
        QString problem;
    };
    QHash<qint64, Parsed> parsed; // by revision id: each revision is parsed once
    QList<DrillSummary> out;
    out.reserve(list->size());
    for (const Drill &drill : list.value()) {
        auto it = parsed.find(drill.revisionId);
        if (it == parsed.end()) {
            Parsed p;
            const auto revision = revisions.revision(drill.revisionId);
            if (!revision) {
                p.problem = revision.error().message;
            } else {
                p.hash = revision->sha256;
                p.title = revision->title;
                const RunbookLoadResult loaded =
                    RunbookLoader::loadText(revision->yaml.toUtf8(), revision->runbookId);
                if (loaded.ok())
                    p.runbook = loaded.runbook;
                else
                    p.problem = QCoreApplication::translate(
                                    "DrillHistory", "revision %1 of runbook %2 does not load: %3")
                                    .arg(revision->shortHash(), revision->runbookId,
                                         loaded.diagnostics.value(0).toString());
            }
            it = parsed.insert(drill.revisionId, p);
        }
        DrillSummary s;
        s.drill = drill;
        s.revisionHash = it->hash;
        s.runbookTitle = it->title;
        s.problem = it->problem;
        const QList<DrillEvent> events = logs->value(drill.id);
        if (it->runbook) {
            s.metrics = DrillAnalysis::analyse(*it->runbook, events, drill.failureMs, nowMs);
        } else {
            s.metrics.state = Drill::stateFromEvents(events);
        }
        out.append(s);
    }
    return out;
}

QJsonObject DrillHistory::toJson(const DrillSummary &s)
{
    const DrillMetrics &m = s.metrics;
    auto optionalSeconds = [](std::optional<qint64> ms) {
        return ms ? QJsonValue(seconds(*ms)) : QJsonValue(QJsonValue::Null);
    };
    auto target = [](qint64 ms) {
        return ms > 0 ? QJsonValue(seconds(ms)) : QJsonValue(QJsonValue::Null);
    };
    auto time = [](qint64 ms) {
        return ms >= 0 ? QJsonValue(isoTime(ms)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray steps;
    for (const StepMetrics &step : m.steps) {
        steps.append(QJsonObject{
            {u"id"_s, step.stepId},
            {u"title"_s, step.title},
            {u"expectedSeconds"_s, step.expectedMs > 0 ? QJsonValue(seconds(step.expectedMs))
                                                       : QJsonValue(QJsonValue::Null)},
            {u"actualSeconds"_s, seconds(step.actualMs)},
            {u"status"_s, stepStatusName(step.status)},
        });
    }
    QJsonObject o{
        {u"id"_s, s.drill.id},
        {u"runbookId"_s, s.drill.runbookId},
        {u"revision"_s, s.revisionHash.left(hashPrefixLength)},
        {u"environment"_s, s.drill.environment},
        {u"iteration"_s, s.drill.iteration},
        {u"state"_s, Drill::stateName(m.state)},
        {u"started"_s, time(m.startedMs)},
        {u"finished"_s, time(m.endedMs)},
        {u"wallSeconds"_s, seconds(m.wallMs)},
        {u"activeSeconds"_s, seconds(m.activeMs)},
        {u"rtoSeconds"_s, optionalSeconds(m.rtoMs)},
        {u"rtoTargetSeconds"_s, target(m.rtoTargetMs)},
        {u"rpoSeconds"_s, optionalSeconds(m.rpoMs)},
        {u"rpoTargetSeconds"_s, target(m.rpoTargetMs)},
        {u"steps"_s, steps},
    };
    if (!s.problem.isEmpty())
        o[u"problem"_s] = s.problem;
    return o;
}

QJsonObject DrillHistory::toJson(const QList<DrillSummary> &summaries, qint64 generatedMs)
{
    QJsonArray drills;
    for (const DrillSummary &s : summaries)
        drills.append(toJson(s));
    return QJsonObject{
        {u"format"_s, u"drilldeck-history"_s},
        {u"version"_s, jsonFormatVersion},
        {u"generated"_s, isoTime(generatedMs)},
        {u"drills"_s, drills},
    };
}
