#include "ghostpace.h"

#include "duration.h"

#include <algorithm>

GhostPace::GhostPace(const ReferenceRun &reference, const DrillMetrics &live,
                     const QList<DrillReplay::Interval> &livePauses,
                     const QStringList &runningSteps)
    : m_reference(reference)
{
    if (!reference.isValid())
        return;
    m_started = live.startedMs >= 0;
    m_stepsTotal = int(live.steps.size());
    m_refEnds.reserve(live.steps.size());
    qint64 anchorEnd = -1;
    for (const StepMetrics &s : live.steps) {
        const auto refEnd = reference.stepEndMs.constFind(s.stepId);
        if (refEnd == reference.stepEndMs.constEnd()) {
            ++m_unmatched;
            continue;
        }
        m_refEnds.append(*refEnd);
        if (s.status == StepStatus::Done && s.endMs >= 0) {
            if (s.endMs > anchorEnd) {
                anchorEnd = s.endMs;
                m_anchorDeltaMs =
                    ReferenceRun::activeOffset(live.startedMs, livePauses, s.endMs) - *refEnd;
            }
            const qint64 slower = s.actualMs - reference.stepActualMs.value(s.stepId);
            if (slower > m_fastestByMs) {
                m_fastestByMs = slower;
                m_fastestStepId = s.stepId;
                m_fastestTitle = s.title;
            }
        }
    }
    std::sort(m_refEnds.begin(), m_refEnds.end());
    for (const QString &id : runningSteps) {
        const auto refEnd = reference.stepEndMs.constFind(id);
        if (refEnd != reference.stepEndMs.constEnd())
            m_runningRefEnds.append(*refEnd);
        else if (id == runningSteps.constFirst())
            m_currentMatched = false;
    }
}

GhostPace::Reading GhostPace::at(qint64 elapsedMs) const
{
    Reading r;
    r.stepsTotal = m_stepsTotal;
    if (!isValid() || !m_started)
        return r;
    r.ghostSteps =
        int(std::upper_bound(m_refEnds.cbegin(), m_refEnds.cend(), elapsedMs) - m_refEnds.cbegin());
    qint64 delta = m_anchorDeltaMs;
    for (qint64 refEnd : m_runningRefEnds)
        delta = std::max(delta, elapsedMs - refEnd);
    r.deltaMs = delta;
    return r;
}

QString GhostPace::paceText(qint64 elapsedMs) const
{
    const Reading r = at(elapsedMs);
    if (!r.deltaMs)
        return {};
    const bool best = m_reference.choice == ReferenceRun::Choice::Best;
    const qint64 d = *r.deltaMs;
    // To the second, as the clocks show it.
    if (d > -1000 && d < 1000)
        return best ? tr("level with the best run") : tr("level with the last run");
    const QString by = Duration::formatClock(d < 0 ? -d : d);
    if (d < 0)
        return best ? tr("%1 ahead of the best run").arg(by)
                    : tr("%1 ahead of the last run").arg(by);
    return best ? tr("behind the best run by %1").arg(by) : tr("behind the last run by %1").arg(by);
}

QString GhostPace::currentStepText() const
{
    return isValid() && !m_currentMatched ? tr("new step — no reference") : QString();
}

QString GhostPace::fastestText() const
{
    if (!isValid() || m_fastestStepId.isEmpty())
        return {};
    const QString by = Duration::formatClock(m_fastestByMs);
    return m_reference.choice == ReferenceRun::Choice::Best
               ? tr("The best run was faster at “%1” by %2").arg(m_fastestTitle, by)
               : tr("The last run was faster at “%1” by %2").arg(m_fastestTitle, by);
}

QString GhostPace::referenceText() const
{
    if (!isValid())
        return {};
    const bool best = m_reference.choice == ReferenceRun::Choice::Best;
    const QString rto = m_reference.rtoMs ? Duration::formatClock(*m_reference.rtoMs) : QString();
    if (best)
        return rto.isEmpty() ? tr("Best run: drill %1, %2 active")
                                   .arg(m_reference.iteration)
                                   .arg(Duration::formatClock(m_reference.activeMs))
                             : tr("Best run: drill %1, RTO %2").arg(m_reference.iteration).arg(rto);
    return rto.isEmpty() ? tr("Last run: drill %1, %2 active")
                               .arg(m_reference.iteration)
                               .arg(Duration::formatClock(m_reference.activeMs))
                         : tr("Last run: drill %1, RTO %2").arg(m_reference.iteration).arg(rto);
}
