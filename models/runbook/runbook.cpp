#include "runbook.h"

int Runbook::stepCount() const
{
    int n = 0;
    for (const Phase &p : phases)
        n += int(p.steps.size());
    return n;
}

QList<Step> Runbook::allSteps() const
{
    QList<Step> out;
    out.reserve(stepCount());
    for (const Phase &p : phases)
        out += p.steps;
    return out;
}

const Step *Runbook::findStep(const QString &stepId) const
{
    for (const Phase &p : phases)
        for (const Step &s : p.steps)
            if (s.id == stepId)
                return &s;
    return nullptr;
}

const Phase *Runbook::phaseOfStep(const QString &stepId) const
{
    for (const Phase &p : phases)
        for (const Step &s : p.steps)
            if (s.id == stepId)
                return &p;
    return nullptr;
}

int Runbook::stepIndex(const QString &stepId) const
{
    int i = 0;
    for (const Phase &p : phases)
        for (const Step &s : p.steps) {
            if (s.id == stepId)
                return i;
            ++i;
        }
    return -1;
}

qint64 Runbook::plannedSecondsSum() const
{
    qint64 sum = 0;
    for (const Phase &p : phases)
        for (const Step &s : p.steps)
            sum += s.expectedSeconds;
    return sum;
}

bool Runbook::operator==(const Runbook &o) const
{
    return version == o.version && id == o.id && title == o.title && service == o.service &&
           owner == o.owner && description == o.description && rtoSeconds == o.rtoSeconds &&
           rpoSeconds == o.rpoSeconds && environments == o.environments && roles == o.roles &&
           scenario == o.scenario && injects == o.injects && evaluation == o.evaluation &&
           cadenceSeconds == o.cadenceSeconds && commandSettings == o.commandSettings &&
           phases == o.phases;
}
