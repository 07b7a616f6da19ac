// The decisions of one demo drill: which option each decision step of the runbook takes, the
// steps that are therefore not taken, and what the decision-made event says. The datacenter
// failover's replicas lag behind (restore from backup) but in its last production drill, where
// they were current (promote them).
#pragma once

#include "runbook.h"

#include <QHash>
#include <QSet>
#include <QString>

class DemoDecisions
{
public:
    // replicaCurrent: the drill takes each decision's first option, else its second.
    DemoDecisions(const Runbook &runbook, bool replicaCurrent);

    bool isNotTaken(const QString &stepId) const { return m_notTaken.contains(stepId); }
    // The decision-made payload of a decision step, made decisionMs after it started; empty
    // for other steps.
    QString payloadFor(const QString &stepId, qint64 decisionMs) const;

private:
    const Runbook &m_runbook;
    QHash<QString, int> m_option; // decision step -> 1-based option
    QSet<QString> m_notTaken;
};
