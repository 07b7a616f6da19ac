#include "referencerun.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QList<DrillReplay::Interval> ReferenceRun::pausesOf(const QList<DrillEvent> &events)
{
    QList<DrillReplay::Interval> pauses;
    for (const DrillEvent &e : events) {
        if (e.kind == DrillEvent::Kind::Paused && (pauses.isEmpty() || pauses.last().endMs >= 0))
            pauses.append({e.timeMs, -1});
        else if (e.kind == DrillEvent::Kind::Resumed && !pauses.isEmpty() &&
                 pauses.last().endMs < 0)
            pauses.last().endMs = e.timeMs;
    }
    return pauses;
}

qint64 ReferenceRun::activeOffset(qint64 startedMs, const QList<DrillReplay::Interval> &pauses,
                                  qint64 atMs)
{
    if (startedMs < 0 || atMs <= startedMs)
        return 0;
    qint64 active = atMs - startedMs;
    for (const DrillReplay::Interval &p : pauses) {
        const qint64 from = std::max(p.startMs, startedMs);
        const qint64 to = std::min(p.endMs < 0 ? atMs : p.endMs, atMs);
        if (to > from)
            active -= to - from;
    }
    return std::max<qint64>(0, active);
}

ReferenceRun ReferenceRun::fromSummary(const DrillSummary &summary, Choice choice)
{
    ReferenceRun r;
    r.choice = choice;
    r.drillId = summary.drill.id;
    r.iteration = summary.drill.iteration;
    r.environment = summary.drill.environment;
    r.activeMs = summary.metrics.activeMs;
    r.rtoMs = summary.metrics.rtoMs;
    const QList<DrillReplay::Interval> pauses = pausesOf(summary.events);
    for (const StepMetrics &s : summary.metrics.steps) {
        if (s.status != StepStatus::Done || s.endMs < 0)
            continue;
        r.stepEndMs.insert(s.stepId, activeOffset(summary.metrics.startedMs, pauses, s.endMs));
        r.stepActualMs.insert(s.stepId, s.actualMs);
        r.stepTitles.insert(s.stepId, s.title);
    }
    return r;
}

std::optional<ReferenceRun> ReferenceRun::choose(const QList<DrillSummary> &summaries,
                                                 Choice choice, const QString &runbookId,
                                                 const QString &environment, qint64 excludedDrillId)
{
    const DrillSummary *chosen = nullptr;
    // Best: the shortest achieved RTO; only when no candidate achieved one, the shortest
    // active time. Ties go to the later drill. Last: the latest start.
    const auto better = [choice](const DrillSummary &x, const DrillSummary &y) {
        if (choice == Choice::Last)
            return x.metrics.startedMs >= y.metrics.startedMs;
        if (x.metrics.rtoMs.has_value() != y.metrics.rtoMs.has_value())
            return x.metrics.rtoMs.has_value();
        const qint64 a = x.metrics.rtoMs.value_or(x.metrics.activeMs);
        const qint64 b = y.metrics.rtoMs.value_or(y.metrics.activeMs);
        return a != b ? a < b : x.metrics.startedMs >= y.metrics.startedMs;
    };
    for (const DrillSummary &s : summaries) {
        if (s.drill.id == excludedDrillId || s.drill.runbookId != runbookId ||
            s.drill.environment != environment || s.drill.runKind != Drill::RunKind::Hand ||
            s.metrics.state != Drill::State::Finished || !s.problem.isEmpty())
            continue;
        if (!chosen || better(s, *chosen))
            chosen = &s;
    }
    if (!chosen)
        return std::nullopt;
    return fromSummary(*chosen, choice);
}

QString ReferenceRun::choiceName(Choice choice)
{
    return choice == Choice::Last ? u"last"_s : u"best"_s;
}

ReferenceRun::Choice ReferenceRun::choiceFromName(const QString &name)
{
    return name == u"last"_s ? Choice::Last : Choice::Best;
}
