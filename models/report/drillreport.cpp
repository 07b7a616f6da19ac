#include "drillreport.h"

#include "actionitemstore.h"
#include "database.h"
#include "drillanalysis.h"
#include "drillhistory.h"
#include "drillreplay.h"
#include "drillstore.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCoreApplication>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DrillReport", text);
}

} // namespace

DrillSummary DrillReport::summary() const
{
    DrillSummary s;
    s.drill = drill;
    s.revisionHash = revision.sha256;
    s.runbookTitle = revision.title;
    s.metrics = metrics;
    return s;
}

QString DrillReport::runbookTitle() const
{
    return runbook.title.isEmpty() ? runbook.id : runbook.title;
}

QList<DrillReport::Rewrite> DrillReport::rewritesOf(const QList<DrillEvent> &events)
{
    QList<Rewrite> out;
    const QList<RewriteHistory::Role> roles = RewriteHistory(events).roles();
    for (const DrillEvent &e : events) {
        if (!DrillEvent::isRewriteKind(e.kind))
            continue;
        const QJsonObject p = e.payloadObject();
        Rewrite r;
        r.timeMs = e.timeMs;
        r.author = e.author;
        r.kind = e.kind;
        r.stepId = e.stepId;
        r.before = p.value(u"before"_s).toObject();
        r.after = p.value(u"after"_s).toObject();
        if (r.after.isEmpty() && e.kind == DrillEvent::Kind::StepInserted)
            r.after = p.value(u"step"_s).toObject();
        r.phaseId = p.value(u"phase"_s).toString();
        r.index = p.value(u"index"_s).toInt(-1);
        r.toPhaseId = p.value(u"toPhase"_s).toString();
        r.toIndex = p.value(u"toIndex"_s).toInt(-1);
        r.role = roles.value(out.size(), RewriteHistory::Role::Change);
        if (e.kind == DrillEvent::Kind::StepMoved && r.after.isEmpty())
            r.after = r.before; // a move changes the place, not the step
        out.append(r);
    }
    return out;
}

QList<DrillReport::Score> DrillReport::scoresOf(const QList<DrillEvent> &events,
                                                const QStringList &criteria)
{
    QList<Score> out;
    for (const QString &c : criteria)
        out.append({c, 0, {}, {}});
    for (const DrillEvent &e : events) {
        if (e.kind != DrillEvent::Kind::ScoreRecorded)
            continue;
        const QJsonObject p = e.payloadObject();
        const QString criterion = p.value(u"criterion"_s).toString();
        if (criterion.isEmpty())
            continue;
        const QJsonValue value =
            p.contains(u"score"_s) ? p.value(u"score"_s) : p.value(u"rating"_s);
        Score s{criterion, value.toInt(), p.value(u"comment"_s).toString(), e.author};
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const Score &o) { return o.criterion == criterion; });
        if (it == out.end())
            out.append(s);
        else
            *it = s;
    }
    return out;
}

StoreResult<qint64> DrillReport::lastDrillId(const DrillStore &drills)
{
    const auto all = drills.drills();
    if (!all)
        return all.error();
    qint64 last = 0;
    for (const Drill &d : all.value())
        last = std::max(last, d.id);
    if (last == 0)
        return StoreError::make(StoreError::Code::NotFound,
                                tr("there are no drills in the database"));
    return last;
}

StoreResult<DrillReport> DrillReport::load(const DrillStore &drills,
                                           const RunbookRevisionStore &revisions, qint64 drillId,
                                           qint64 nowMs)
{
    DrillReport r;
    r.generatedMs = nowMs;
    const auto drill = drills.drill(drillId);
    if (!drill) {
        if (drill.error().code != StoreError::Code::NotFound)
            return drill.error();
        const auto all = drills.drills();
        qint64 first = 0;
        qint64 last = 0;
        for (const Drill &d : all ? all.value() : QList<Drill>()) {
            first = first == 0 ? d.id : std::min(first, d.id);
            last = std::max(last, d.id);
        }
        return StoreError::make(
            StoreError::Code::NotFound,
            last == 0 ? tr("no drill %1: there are no drills in the database").arg(drillId)
                      : tr("no drill %1 in the database; the drills are %2–%3")
                            .arg(drillId)
                            .arg(first)
                            .arg(last));
    }
    r.drill = drill.value();
    const auto revision = revisions.revision(r.drill.revisionId);
    if (!revision)
        return revision.error();
    r.revision = revision.value();
    const RunbookLoadResult loaded =
        RunbookLoader::loadText(r.revision.yaml.toUtf8(), r.revision.runbookId);
    if (!loaded.ok())
        return StoreError::make(StoreError::Code::Damaged,
                                tr("revision %1 of runbook %2 does not load: %3")
                                    .arg(r.revision.shortHash(), r.revision.runbookId,
                                         loaded.diagnostics.value(0).toString()));
    r.runbook = *loaded.runbook;
    const auto events = drills.events(drillId);
    if (!events)
        return events.error();
    r.events = events.value();
    DrillReplay replay(r.runbook); // one pass over the log for the metrics and the procedure
    replay.applyAll(r.events);
    r.metrics = DrillAnalysis::analyse(r.runbook, replay, r.drill.failureMs, nowMs);
    r.procedure = replay.runbook();
    const ObservationLedger ledger(r.events);
    r.observations = ledger.current();
    r.rewrites = rewritesOf(r.events);
    r.scores = scoresOf(r.events, r.runbook.evaluation);
    r.signOffs = SignOff::of(r.events);
    const auto items = ActionItemStore(drills.database()).items(drillId);
    if (!items)
        return items.error();
    for (const ::ActionItem &a : items.value()) {
        const ObservationLedger::Observation *source = ledger.find(a.observationEventId);
        r.actionItems.append({a.id, a.title, a.owner, a.dueDate, ::ActionItem::statusName(a.status),
                              source ? source->text : QString(), a.closingNote, a.closingLink,
                              a.isOpen() ? 0 : a.closedMs});
    }

    const auto history = DrillHistory::load(drills, revisions, {r.drill.runbookId, {}}, nowMs);
    if (!history)
        return history.error();
    for (const DrillSummary &s : history.value()) {
        if (!Drill::isEnded(s.metrics.state) || !s.problem.isEmpty())
            continue;
        r.history.append(s);
        if (s.drill.environment == r.drill.environment && s.drill.iteration < r.drill.iteration &&
            (!r.previous || s.drill.iteration > r.previous->drill.iteration))
            r.previous = s;
    }
    return r;
}
