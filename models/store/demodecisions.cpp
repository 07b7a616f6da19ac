#include "demodecisions.h"

#include "decisionbranches.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

DemoDecisions::DemoDecisions(const Runbook &runbook, bool replicaCurrent) : m_runbook(runbook)
{
    for (const Phase &phase : runbook.phases)
        for (qsizetype i = 0; i < phase.steps.size(); ++i) {
            const Step &step = phase.steps[i];
            if (step.decision.options.size() < 2)
                continue;
            const int option = replicaCurrent ? 1 : 2;
            m_option.insert(step.id, option);
            for (const QString &id : DecisionBranches(phase, i).notTaken(option - 1))
                m_notTaken.insert(id);
        }
}

QString DemoDecisions::payloadFor(const QString &stepId, qint64 decisionMs) const
{
    const auto it = m_option.constFind(stepId);
    const Step *step = m_runbook.findStep(stepId);
    if (it == m_option.cend() || !step)
        return {};
    const DecisionOption &chosen = step->decision.options[*it - 1];
    const QJsonObject payload{{u"option"_s, *it},
                              {u"label"_s, chosen.label},
                              {u"goto"_s, chosen.gotoStep},
                              {u"abort"_s, chosen.abort},
                              {u"decisionMs"_s, double(decisionMs)}};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}
