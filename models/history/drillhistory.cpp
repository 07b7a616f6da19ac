#include "drillhistory.h"

#include "actionitemstore.h"
#include "annotationledger.h"
#include "drillanalysis.h"
#include "observationledger.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "scorecard.h"
#include "signoff.h"

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
                                                    const DrillStore::Filter &filter, qint64 nowMs,
                                                    std::optional<Drill::RunKind> runKind)
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
        if (runKind && drill.runKind != *runKind)
            continue;
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
        s.events = events;
        if (it->runbook) {
            s.metrics = DrillAnalysis::analyse(*it->runbook, events, drill.failureMs, nowMs);
            s.injects = it->runbook->injects;
            for (const Phase &phase : it->runbook->phases)
                for (const Step &step : phase.steps)
                    if (!step.role.isEmpty())
                        s.stepRoles.insert(step.id, step.role);
        } else {
            s.metrics.state = Drill::stateFromEvents(events);
        }
        out.append(s);
    }
    return out;
}

StoreError DrillHistory::addRecords(QList<DrillSummary> &summaries, const DrillStore &drills,
                                    const ActionItemStore &actionItems)
{
    for (DrillSummary &s : summaries) {
        auto items = actionItems.items(s.drill.id);
        if (!items)
            return items.error();
        s.actionItems = items.value();
        auto attachments = drills.attachments(s.drill.id);
        if (!attachments)
            return attachments.error();
        s.attachments = attachments.value();
    }
    return {};
}

namespace {
QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(DrillHistory::isoTime(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

// Who ran the drill, and the injects of its runbook with when each was revealed (null: never).
void addPeopleAndInjectsTo(QJsonObject &o, const DrillSummary &s)
{
    QJsonArray participants;
    for (const Participant &p : s.drill.participants)
        participants.append(QJsonObject{{u"name"_s, p.name}, {u"role"_s, textOrNull(p.role)}});
    QHash<QString, qint64> revealed;
    for (const DrillEvent &e : s.events)
        if (e.kind == DrillEvent::Kind::InjectRevealed && !revealed.contains(e.injectId()))
            revealed.insert(e.injectId(), e.timeMs);
    QJsonArray injects;
    for (const Inject &i : s.injects)
        injects.append(QJsonObject{
            {u"id"_s, i.id},
            {u"title"_s, i.title},
            {u"revealed"_s, revealed.contains(i.id)
                                ? QJsonValue(DrillHistory::isoTime(revealed[i.id]))
                                : QJsonValue(QJsonValue::Null)},
        });
    o[u"facilitator"_s] = textOrNull(s.drill.facilitator);
    o[u"participants"_s] = participants;
    o[u"injects"_s] = injects;
}

// The record of the drill: observations as they stand, notes, rewrites, action items, scores.
void addRecordsTo(QJsonObject &o, const DrillSummary &s)
{
    QJsonArray observations;
    const ObservationLedger ledger(s.events);
    for (const ObservationLedger::Observation &ob : ledger.observations()) {
        QJsonArray attachments;
        for (const EventAttachment &a : s.attachments)
            if (a.eventId == ob.eventId)
                attachments.append(QJsonObject{{u"mimeType"_s, a.mimeType}, {u"bytes"_s, a.size}});
        QJsonObject j{
            {u"id"_s, ob.eventId},
            {u"time"_s, DrillHistory::isoTime(ob.timeMs)},
            {u"author"_s, ob.author},
            {u"category"_s, ob.category},
            {u"text"_s, ob.text},
            {u"stepId"_s, ob.stepId.isEmpty() ? QJsonValue(QJsonValue::Null) : ob.stepId},
            {u"edits"_s, ob.edits},
            {u"changed"_s, timeOrNull(ob.changedMs)},
            {u"deleted"_s, ob.deleted},
            {u"attachments"_s, attachments},
        };
        if (ob.deleted)
            j[u"deleteReason"_s] = ob.deleteReason;
        observations.append(j);
    }
    QJsonArray annotations;
    for (const AnnotationLedger::Annotation &a : AnnotationLedger(s.events).annotations())
        annotations.append(QJsonObject{{u"stepId"_s, a.stepId},
                                       {u"text"_s, a.text},
                                       {u"projector"_s, a.onProjector},
                                       {u"author"_s, a.author},
                                       {u"time"_s, DrillHistory::isoTime(a.timeMs)}});
    QJsonArray rewrites;
    for (const DrillEvent &e : s.events)
        if (DrillEvent::isRewriteKind(e.kind) || e.kind == DrillEvent::Kind::RunbookSaved)
            rewrites.append(QJsonObject{{u"kind"_s, DrillEvent::kindName(e.kind)},
                                        {u"time"_s, DrillHistory::isoTime(e.timeMs)},
                                        {u"author"_s, e.author},
                                        {u"stepId"_s, e.stepId},
                                        {u"payload"_s, e.payloadObject()}});
    QJsonArray actionItems;
    for (const ActionItem &a : s.actionItems)
        actionItems.append(QJsonObject{
            {u"id"_s, a.id},
            {u"title"_s, a.title},
            {u"owner"_s, a.owner},
            {u"due"_s, a.dueDate.isEmpty() ? QJsonValue(QJsonValue::Null) : a.dueDate},
            {u"status"_s, ActionItem::statusName(a.status)},
            {u"observation"_s, idOrNull(a.observationEventId)},
            {u"closedInDrill"_s, idOrNull(a.closedInDrillId)},
            {u"created"_s, DrillHistory::isoTime(a.createdMs)},
            {u"updated"_s, DrillHistory::isoTime(a.updatedMs)},
            // Added within version 1: how it was closed (schema 5).
            {u"closed"_s, !a.isOpen() && a.closedMs > 0
                              ? QJsonValue(DrillHistory::isoTime(a.closedMs))
                              : QJsonValue(QJsonValue::Null)},
            {u"closingNote"_s, textOrNull(a.closingNote)},
            {u"closingLink"_s, textOrNull(a.closingLink)},
        });
    // Added within version 1: who vouched for the record, and how much changed after.
    QJsonArray signOffs;
    for (const SignOff &so : SignOff::of(s.events))
        signOffs.append(QJsonObject{{u"id"_s, so.eventId},
                                    {u"name"_s, so.name},
                                    {u"role"_s, so.role},
                                    {u"time"_s, DrillHistory::isoTime(so.timeMs)},
                                    {u"statement"_s, textOrNull(so.statement)},
                                    {u"reservations"_s, textOrNull(so.reservations)},
                                    {u"changesAfter"_s, so.changesAfter}});
    QJsonArray scores;
    const QList<Scorecard::Score> rated = Scorecard(s.events).scores();
    for (const Scorecard::Score &sc : rated)
        scores.append(QJsonObject{{u"criterion"_s, sc.criterion},
                                  {u"score"_s, sc.score},
                                  {u"comment"_s, sc.comment},
                                  {u"author"_s, sc.author},
                                  {u"time"_s, DrillHistory::isoTime(sc.timeMs)},
                                  {u"ratings"_s, sc.ratings}});
    o[u"observations"_s] = observations;
    o[u"annotations"_s] = annotations;
    o[u"rewrites"_s] = rewrites;
    o[u"actionItems"_s] = actionItems;
    o[u"scores"_s] = scores;
    o[u"signOffs"_s] = signOffs;
}
} // namespace

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
            // Added within version 1: actualSeconds split into hands-on and waiting.
            {u"handsOnSeconds"_s, seconds(step.actualMs - step.waitingMs)},
            {u"waitingSeconds"_s, seconds(step.waitingMs)},
            {u"status"_s, stepStatusName(step.status)},
            {u"role"_s, textOrNull(s.stepRoles.value(step.stepId))},
        });
    }
    QJsonObject o{
        {u"id"_s, s.drill.id},
        {u"runbookId"_s, s.drill.runbookId},
        {u"revision"_s, s.revisionHash.left(hashPrefixLength)},
        {u"environment"_s, s.drill.environment},
        {u"iteration"_s, s.drill.iteration},
        // Added within version 1: "hand" (run by people) or "automated" (by drilldeck run).
        {u"runKind"_s, Drill::runKindName(s.drill.runKind)},
        {u"state"_s, Drill::stateName(m.state)},
        {u"started"_s, time(m.startedMs)},
        {u"finished"_s, time(m.endedMs)},
        {u"wallSeconds"_s, seconds(m.wallMs)},
        {u"activeSeconds"_s, seconds(m.activeMs)},
        // Added within version 1: activeSeconds split into hands-on and waiting on machines.
        {u"handsOnSeconds"_s, seconds(m.activeMs - m.waitingMs)},
        {u"waitingSeconds"_s, seconds(m.waitingMs)},
        {u"rtoSeconds"_s, optionalSeconds(m.rtoMs)},
        {u"rtoTargetSeconds"_s, target(m.rtoTargetMs)},
        // Added within version 1: says why rtoSeconds is null, and whether the target was met.
        {u"rtoStatus"_s, s.problem.isEmpty() ? QJsonValue(rtoStatusName(m.rtoStatus()))
                                             : QJsonValue(QJsonValue::Null)},
        {u"rpoSeconds"_s, optionalSeconds(m.rpoMs)},
        {u"rpoTargetSeconds"_s, target(m.rpoTargetMs)},
        {u"stepsDone"_s, m.doneSteps},
        {u"stepsSkipped"_s, m.skippedSteps},
        {u"steps"_s, steps},
    };
    if (!s.problem.isEmpty())
        o[u"problem"_s] = s.problem;
    addPeopleAndInjectsTo(o, s);
    addRecordsTo(o, s);
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
