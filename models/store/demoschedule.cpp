#include "demoschedule.h"

#include <QStringList>

#include <algorithm>

namespace {
// Predecessors as the analysis reads them: depends_on, else the previous step.
QHash<QString, QStringList> predecessors(const QList<Step> &steps)
{
    QHash<QString, QStringList> result;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps[i].dependsOn.isEmpty())
            result.insert(steps[i].id, steps[i].dependsOn);
        else if (i > 0)
            result.insert(steps[i].id, {steps[i - 1].id});
        else
            result.insert(steps[i].id, {});
    }
    return result;
}
} // namespace

QHash<QString, qint64> DemoSchedule::schedule(const QList<Step> &steps,
                                              const QHash<QString, qint64> &duration,
                                              const QHash<QString, qint64> &gap,
                                              QHash<QString, qint64> *start)
{
    const auto preds = predecessors(steps);
    QHash<QString, qint64> end;
    // Reading order respects depends_on in valid runbooks only loosely: iterate to a fixpoint.
    for (int pass = 0; pass < steps.size() + 1 && end.size() < steps.size(); ++pass) {
        for (const Step &s : steps) {
            if (end.contains(s.id))
                continue;
            qint64 ready = 0;
            bool known = true;
            for (const QString &p : preds.value(s.id)) {
                if (!end.contains(p)) {
                    known = false;
                    break;
                }
                ready = std::max(ready, end.value(p));
            }
            if (!known)
                continue;
            const qint64 begin = ready + gap.value(s.id);
            start->insert(s.id, begin);
            end.insert(s.id, begin + duration.value(s.id));
        }
    }
    return end;
}

const Step *DemoSchedule::milestoneOf(const QList<Step> &steps)
{
    for (const Step &s : steps)
        if (s.isServiceRestored())
            return &s;
    return steps.isEmpty() ? nullptr : &steps.last();
}

int DemoSchedule::orderAtEqualTimes(DrillEvent::Kind kind)
{
    switch (kind) {
    case DrillEvent::Kind::Started:
        return 0;
    case DrillEvent::Kind::CommandRun: // before the StepDone it leads to
    case DrillEvent::Kind::StepDone:
    case DrillEvent::Kind::StepSkipped:
        return 1;
    case DrillEvent::Kind::Paused:
        return 2;
    case DrillEvent::Kind::Resumed:
        return 3;
    case DrillEvent::Kind::StepStarted:
        return 4;
    case DrillEvent::Kind::Finished:
        return 9;
    default:
        return 5;
    }
}
