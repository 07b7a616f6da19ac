#include "stepstatistics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

StepStatistics::Verdict StepStatistics::verdict() const
{
    if (drills == 0 || !lastMs)
        return Verdict::NoData;
    if (drills < minimumDrills)
        return Verdict::TooFew;
    if (*lastMs < q1Ms)
        return Verdict::Faster;
    if (*lastMs > q3Ms)
        return Verdict::Slower;
    return Verdict::Typical;
}

qint64 StepStatistics::quantile(QList<qint64> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = q * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = std::min(low + 1, values.size() - 1);
    const double fraction = rank - double(low);
    return qint64(
        std::llround(double(values[low]) + fraction * double(values[high] - values[low])));
}

QList<const DrillSummary *> StepStatistics::finishedDrills(const QList<DrillSummary> &summaries,
                                                           const QString &runbookId,
                                                           const QString &environment)
{
    QList<const DrillSummary *> out;
    for (const DrillSummary &s : summaries)
        if (s.drill.runbookId == runbookId && s.drill.environment == environment &&
            s.metrics.state == Drill::State::Finished && s.problem.isEmpty())
            out.append(&s);
    std::stable_sort(out.begin(), out.end(), [](const DrillSummary *a, const DrillSummary *b) {
        return a->metrics.startedMs < b->metrics.startedMs;
    });
    return out;
}

QList<StepStatistics> StepStatistics::compute(const QList<DrillSummary> &summaries,
                                              const QString &runbookId, const QString &environment,
                                              int previous)
{
    const QList<const DrillSummary *> drills = finishedDrills(summaries, runbookId, environment);
    if (drills.isEmpty())
        return {};
    const DrillSummary *last = drills.constLast();
    const qsizetype from = std::max<qsizetype>(0, drills.size() - 1 - std::max(0, previous));
    QList<StepStatistics> out;
    QHash<QString, qsizetype> rowOf;
    QHash<QString, QList<qint64>> values;
    const auto rowFor = [&](const StepMetrics &m) -> StepStatistics & {
        const auto it = rowOf.constFind(m.stepId);
        if (it != rowOf.constEnd())
            return out[*it];
        StepStatistics row;
        row.stepId = m.stepId;
        row.title = m.title.isEmpty() ? m.stepId : m.title;
        rowOf.insert(m.stepId, out.size());
        out.append(row);
        return out.last();
    };
    for (const StepMetrics &m : last->metrics.steps) {
        StepStatistics &row = rowFor(m);
        if (m.status == StepStatus::Done)
            row.lastMs = m.actualMs;
    }
    for (qsizetype i = drills.size() - 2; i >= from; --i) // newest first: titles as they were last
        for (const StepMetrics &m : drills[i]->metrics.steps) {
            rowFor(m);
            if (m.status == StepStatus::Done)
                values[m.stepId].append(m.actualMs);
        }
    for (StepStatistics &row : out) {
        QList<qint64> v = values.value(row.stepId);
        row.drills = int(v.size());
        if (v.isEmpty())
            continue;
        std::sort(v.begin(), v.end());
        row.medianMs = quantile(v, 0.5);
        row.q1Ms = quantile(v, 0.25);
        row.q3Ms = quantile(v, 0.75);
        row.minMs = v.constFirst();
        row.maxMs = v.constLast();
    }
    return out;
}
