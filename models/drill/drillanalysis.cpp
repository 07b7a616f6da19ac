#include "drillanalysis.h"

#include "drillhistory.h"
#include "drillreplay.h"
#include "runbook.h"

#include <algorithm>

namespace {
using Interval = DrillReplay::Interval;

qint64 overlap(qint64 a0, qint64 a1, qint64 b0, qint64 b1)
{
    return std::max<qint64>(0, std::min(a1, b1) - std::max(a0, b0));
}

// The length of [from, to) minus the paused spans inside it.
qint64 activeLength(qint64 from, qint64 to, const QList<Interval> &pauses, qint64 openEnd)
{
    qint64 length = std::max<qint64>(0, to - from);
    for (const Interval &p : pauses)
        length -= overlap(from, to, p.startMs, p.endMs < 0 ? openEnd : p.endMs);
    return std::max<qint64>(0, length);
}

// The spans of the drill when every running step only waits on a machine: a step's waiting
// spans are all its running spans when it is `wait: true`, else its W spans.
qint64 allWaitingLength(const QList<DrillReplay::StepState> &steps, qint64 openEnd,
                        const QList<Interval> &pauses)
{
    // +1 running / +1 waiting at a span's start, -1 at its end; sweep in time order.
    struct Edge
    {
        qint64 atMs;
        int running;
        int waiting;
    };
    QList<Edge> edges;
    auto add = [&edges, openEnd](const Interval &iv, bool waiting) {
        const qint64 end = iv.endMs < 0 ? openEnd : iv.endMs;
        if (end <= iv.startMs)
            return;
        edges.append({iv.startMs, waiting ? 0 : 1, waiting ? 1 : 0});
        edges.append({end, waiting ? 0 : -1, waiting ? -1 : 0});
    };
    for (const DrillReplay::StepState &s : steps) {
        for (const Interval &iv : s.intervals) {
            add(iv, false);
            if (s.step.waitsOnMachine)
                add(iv, true);
        }
        if (!s.step.waitsOnMachine)
            for (const Interval &iv : s.waits)
                add(iv, true);
    }
    std::sort(edges.begin(), edges.end(),
              [](const Edge &a, const Edge &b) { return a.atMs < b.atMs; });
    qint64 total = 0;
    int running = 0;
    int waiting = 0;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        running += edges[i].running;
        waiting += edges[i].waiting;
        if (i + 1 < edges.size() && edges[i + 1].atMs > edges[i].atMs && running > 0 &&
            waiting >= running)
            total += activeLength(edges[i].atMs, edges[i + 1].atMs, pauses, openEnd);
    }
    return total;
}

// Predecessors per step index: depends_on, else the previous step in reading order.
QList<QList<qsizetype>> predecessors(const QList<DrillReplay::StepState> &steps)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < steps.size(); ++i)
        index.insert(steps[i].step.id, i);
    QList<QList<qsizetype>> preds(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        for (const QString &dep : steps[i].step.dependsOn) {
            const auto it = index.constFind(dep);
            if (it != index.constEnd() && *it != i)
                preds[i].append(*it);
        }
        if (steps[i].step.dependsOn.isEmpty() && i > 0)
            preds[i].append(i - 1);
    }
    return preds;
}

// Kahn's order; a cycle (the validator refuses them) falls back to reading order.
QList<qsizetype> topologicalOrder(const QList<QList<qsizetype>> &preds)
{
    const qsizetype n = preds.size();
    QList<int> remaining(n, 0);
    QList<QList<qsizetype>> succs(n);
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype p : preds[i]) {
            ++remaining[i];
            succs[p].append(i);
        }
    QList<qsizetype> order;
    QList<bool> placed(n, false);
    order.reserve(n);
    QList<qsizetype> ready;
    for (qsizetype i = n - 1; i >= 0; --i)
        if (remaining[i] == 0)
            ready.append(i);
    while (order.size() < n) {
        if (ready.isEmpty()) {
            for (qsizetype i = 0; i < n; ++i)
                if (!placed[i]) {
                    ready.append(i);
                    break;
                }
        }
        const qsizetype i = ready.takeLast();
        if (placed[i])
            continue;
        placed[i] = true;
        order.append(i);
        for (qsizetype s : succs[i])
            if (--remaining[s] == 0 && !placed[s])
                ready.append(s);
    }
    return order;
}
} // namespace

const StepMetrics *DrillMetrics::step(const QString &stepId) const
{
    for (const StepMetrics &s : steps)
        if (s.stepId == stepId)
            return &s;
    return nullptr;
}

RtoStatus DrillMetrics::rtoStatus() const
{
    if (rtoMs) {
        if (rtoTargetMs <= 0)
            return RtoStatus::NoTarget;
        return DrillHistory::seconds(*rtoMs) * 1000 <= rtoTargetMs ? RtoStatus::Met
                                                                   : RtoStatus::Missed;
    }
    if (Drill::isEnded(state))
        return RtoStatus::NotRestored;
    return state == Drill::State::Planned ? RtoStatus::NotStarted : RtoStatus::Running;
}

qint64 DrillMetrics::forecastFinishAfter(qint64 sinceMs) const
{
    if (forecastFinishMs <= 0 || state != Drill::State::Paused)
        return forecastFinishMs;
    return forecastFinishMs + sinceMs;
}

std::optional<qint64> DrillMetrics::forecastRtoAfter(qint64 sinceMs) const
{
    if (!forecastRtoMs || rtoMs || state != Drill::State::Paused)
        return forecastRtoMs;
    return *forecastRtoMs + sinceMs;
}

DrillMetrics DrillAnalysis::analyse(const Runbook &runbook, const QList<DrillEvent> &events,
                                    std::optional<qint64> failureMs, qint64 nowMs)
{
    DrillReplay replay(runbook);
    replay.applyAll(events);
    return analyse(runbook, replay, failureMs, nowMs);
}

DrillMetrics DrillAnalysis::analyse(const Runbook &runbook, const DrillReplay &replay,
                                    std::optional<qint64> failureMs, qint64 nowMs)
{
    DrillMetrics m;
    m.state = replay.state();
    m.nowMs = nowMs;
    m.startedMs = replay.startedMs();
    m.endedMs = replay.endedMs();
    m.rtoTargetMs = runbook.rtoSeconds * 1000;
    m.rpoTargetMs = runbook.rpoSeconds * 1000;
    const bool ended = m.endedMs >= 0;
    // Where open spans end: the end of the drill, else now (never before the last event).
    const qint64 openEnd = ended ? m.endedMs : std::max(nowMs, replay.lastTimeMs());

    if (m.startedMs >= 0) {
        m.wallMs = std::max<qint64>(0, openEnd - m.startedMs);
        m.activeMs = activeLength(m.startedMs, openEnd, replay.pauses(), openEnd);
        m.pausedMs = m.wallMs - m.activeMs;
    }
    m.failureMs = failureMs ? *failureMs : m.startedMs;

    const QList<DrillReplay::StepState> &states = replay.steps();
    m.steps.reserve(states.size());
    qint64 milestoneEnd = -1;
    qsizetype milestoneIndex = -1;
    for (qsizetype i = 0; i < states.size(); ++i) {
        const DrillReplay::StepState &s = states[i];
        StepMetrics sm;
        sm.stepId = s.step.id;
        sm.title = s.step.title;
        sm.status = s.status();
        sm.expectedMs = s.step.expectedSeconds * 1000;
        sm.intervals = int(s.intervals.size());
        sm.firstStartMs = s.intervals.isEmpty() ? -1 : s.intervals.constFirst().startMs;
        sm.endMs = s.endMs;
        for (const Interval &iv : s.intervals)
            sm.actualMs += activeLength(iv.startMs, iv.endMs < 0 ? openEnd : iv.endMs,
                                        replay.pauses(), openEnd);
        if (s.step.waitsOnMachine)
            sm.waitingMs = sm.actualMs;
        else
            for (const Interval &iv : s.waits)
                sm.waitingMs += activeLength(iv.startMs, iv.endMs < 0 ? openEnd : iv.endMs,
                                             replay.pauses(), openEnd);
        sm.waitingMs = std::min(sm.waitingMs, sm.actualMs);
        if (sm.expectedMs > 0 && sm.status != StepStatus::NotStarted &&
            sm.status != StepStatus::NotTaken)
            sm.latenessMs = sm.actualMs - sm.expectedMs;
        if (s.base == StepStatus::Done)
            ++m.doneSteps;
        else if (s.base == StepStatus::Skipped)
            ++m.skippedSteps;
        else if (s.base == StepStatus::NotTaken)
            ++m.notTakenSteps;
        // A decision step's running time is the time the decision took, reported apart.
        if (s.step.isDecision() && replay.decision(s.step.id)) {
            sm.decisionMs = sm.actualMs;
            m.decisionMs += sm.decisionMs;
        }
        if (s.step.isServiceRestored() && milestoneIndex < 0) {
            milestoneIndex = i;
            if (s.base == StepStatus::Done)
                milestoneEnd = s.endMs;
        }
        m.steps.append(sm);
    }
    if (m.startedMs >= 0)
        m.waitingMs = std::min(m.activeMs, allWaitingLength(states, openEnd, replay.pauses()));
    if (milestoneIndex >= 0)
        m.rtoMilestoneStepId = states[milestoneIndex].step.id;

    // RTO and RPO.
    if (m.failureMs >= 0) {
        // A drill that ended before its service-restored step was done (finished anyway,
        // the step skipped, aborted) never restored the service: it has no achieved RTO.
        if (milestoneEnd >= 0) {
            m.rtoMs = std::max<qint64>(0, milestoneEnd - m.failureMs);
            m.rtoFromMilestone = true;
        } else if (milestoneIndex < 0 && m.state == Drill::State::Finished) {
            m.rtoMs = std::max<qint64>(0, m.endedMs - m.failureMs);
        }
        m.rtoElapsedMs = m.rtoMs ? *m.rtoMs : std::max<qint64>(0, openEnd - m.failureMs);
        if (const auto data = replay.dataRestoredMs())
            m.rpoMs = std::max<qint64>(0, m.failureMs - *data);
    }

    // Critical path and forecast over the precedence graph.
    const QList<QList<qsizetype>> preds = predecessors(states);
    const QList<qsizetype> order = topologicalOrder(preds);
    const qsizetype n = states.size();
    QList<qint64> longest(n, 0);
    QList<qsizetype> via(n, -1);
    QList<qint64> end(n, 0);
    const qint64 base = std::max(nowMs, replay.lastTimeMs());
    for (qsizetype i : order) {
        const StepMetrics &sm = m.steps[i];
        const DrillReplay::StepState &s = states[i];
        qint64 weight = sm.expectedMs;
        if (s.isFinished())
            weight = sm.actualMs;
        else if (s.base == StepStatus::Running)
            weight = std::max(sm.actualMs, sm.expectedMs);
        qint64 best = 0;
        qint64 predEnd = base;
        for (qsizetype p : preds[i]) {
            if (longest[p] > best || (via[i] < 0 && longest[p] == best)) {
                best = longest[p];
                via[i] = p;
            }
            predEnd = std::max(predEnd, end[p]);
        }
        longest[i] = best + weight;

        if (s.isFinished()) {
            end[i] = s.endMs;
        } else if (s.base == StepStatus::Running) {
            end[i] = base + std::max<qint64>(0, sm.expectedMs - sm.actualMs);
            if (sm.expectedMs > 0)
                m.driftMs = std::max(m.driftMs, sm.actualMs - sm.expectedMs);
        } else {
            end[i] = predEnd + sm.expectedMs;
        }
        m.steps[i].forecastEndMs = end[i];
    }
    if (n > 0) {
        qsizetype last = 0;
        for (qsizetype i = 1; i < n; ++i)
            if (longest[i] > longest[last])
                last = i;
        m.criticalPathMs = longest[last];
        QStringList path;
        for (qsizetype i = last; i >= 0; i = via[i]) {
            path.prepend(states[i].step.id);
            m.steps[i].critical = true;
        }
        m.criticalPath = path;
    }

    if (ended) {
        m.forecastFinishMs = m.endedMs;
        m.forecastRtoMs = m.rtoMs;
    } else if (m.startedMs >= 0) {
        qint64 finish = base;
        for (qint64 e : std::as_const(end))
            finish = std::max(finish, e);
        m.forecastFinishMs = finish;
        // A skipped service-restored step restores nothing: no RTO to forecast until it is
        // reopened.
        const bool milestoneSkipped =
            milestoneIndex >= 0 && states[milestoneIndex].base == StepStatus::Skipped;
        if (m.rtoMs)
            m.forecastRtoMs = m.rtoMs;
        else if (m.failureMs >= 0 && !milestoneSkipped)
            m.forecastRtoMs =
                (milestoneIndex >= 0 ? std::max(base, end[milestoneIndex]) : finish) - m.failureMs;
    }
    return m;
}
