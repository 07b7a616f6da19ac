#include "decisionbranches.h"

#include <algorithm>

DecisionBranches::DecisionBranches(const Phase &phase, qsizetype decisionIndex)
{
    if (decisionIndex < 0 || decisionIndex >= phase.steps.size())
        return;
    const Step &decision = phase.steps[decisionIndex];
    const qsizetype count = phase.steps.size();
    auto indexOf = [&phase](const QString &id) -> qsizetype {
        for (qsizetype i = 0; i < phase.steps.size(); ++i)
            if (phase.steps[i].id == id)
                return i;
        return -1;
    };
    // Where each option's branch starts (-1: nowhere).
    QList<qsizetype> starts;
    for (const DecisionOption &option : decision.decision.options) {
        qsizetype start = -1;
        if (option.abort)
            start = -1;
        else if (option.gotoStep.isEmpty())
            start = decisionIndex + 1 < count ? decisionIndex + 1 : -1;
        else if (const qsizetype at = indexOf(option.gotoStep); at > decisionIndex)
            start = at;
        starts.append(start);
    }
    QList<qsizetype> sorted;
    for (qsizetype s : std::as_const(starts))
        if (s >= 0 && !sorted.contains(s))
            sorted.append(s);
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype s : std::as_const(starts)) {
        QStringList ids;
        if (s >= 0) {
            const auto next = std::upper_bound(sorted.cbegin(), sorted.cend(), s);
            const qsizetype end = next == sorted.cend() ? count : *next;
            for (qsizetype i = s; i < end; ++i)
                ids << phase.steps[i].id;
        }
        m_branches.append(ids);
    }
    if (!sorted.isEmpty()) {
        for (qsizetype i = decisionIndex + 1; i < sorted.constFirst(); ++i)
            m_unreachable << phase.steps[i].id;
        for (qsizetype i = sorted.constFirst(); i < count; ++i)
            m_all << phase.steps[i].id;
    }
}

std::optional<DecisionBranches> DecisionBranches::of(const Runbook &runbook, const QString &stepId)
{
    for (const Phase &phase : runbook.phases)
        for (qsizetype i = 0; i < phase.steps.size(); ++i)
            if (phase.steps[i].id == stepId) {
                if (!phase.steps[i].isDecision())
                    return std::nullopt;
                return DecisionBranches(phase, i);
            }
    return std::nullopt;
}

QStringList DecisionBranches::branch(qsizetype option) const
{
    return option >= 0 && option < m_branches.size() ? m_branches[option] : QStringList();
}

QStringList DecisionBranches::notTaken(qsizetype chosen) const
{
    const QStringList taken = branch(chosen);
    QStringList ids;
    for (const QString &id : m_all)
        if (!taken.contains(id))
            ids << id;
    return ids;
}

QStringList DecisionBranches::allBranchSteps() const
{
    return m_all;
}
