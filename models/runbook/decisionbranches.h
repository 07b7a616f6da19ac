// The branches of a decision step: which steps each option leads to. A branch runs from its
// option's target (`goto`) to the next target of the same decision in reading order, the last
// one to the end of the decision's phase; an option without `goto` goes on with the next step.
// Steps between the decision and its first target belong to no branch: they are unreachable.
#pragma once

#include "phase.h"
#include "runbook.h"

#include <QList>
#include <QStringList>

#include <optional>

class DecisionBranches
{
public:
    // The decision at phase.steps[decisionIndex] (no branches when it is not a decision).
    DecisionBranches(const Phase &phase, qsizetype decisionIndex);
    // The decision step stepId of the runbook; nothing when it is not one of its decision steps.
    static std::optional<DecisionBranches> of(const Runbook &runbook, const QString &stepId);

    // The steps option (0-based) leads to, in reading order; empty for an abort, for a target
    // that is not a later step of the phase, and for an option the decision does not have.
    QStringList branch(qsizetype option) const;
    // The steps of every branch but the chosen option's (an abort: of every branch).
    QStringList notTaken(qsizetype chosen) const;
    // The steps of all branches, in reading order.
    QStringList allBranchSteps() const;
    // The steps after the decision that no option leads to.
    QStringList unreachable() const { return m_unreachable; }

private:
    QList<QStringList> m_branches; // per option
    QStringList m_unreachable;
    QStringList m_all;
};
