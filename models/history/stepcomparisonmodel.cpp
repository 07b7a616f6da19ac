#include "stepcomparisonmodel.h"

#include "stepstatistics.h"
#include "trendmodel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

StepComparisonModel::StepComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

StepComparisonModel::~StepComparisonModel() = default;

QPair<int, int> StepComparisonModel::defaultPair(const QList<DrillSummary> &drills)
{
    int newest = -1;
    for (int i = 0; i < drills.size(); ++i)
        if (drills[i].metrics.state == Drill::State::Finished &&
            (newest < 0 || drills[i].metrics.startedMs > drills[newest].metrics.startedMs))
            newest = i;
    if (newest < 0)
        return {-1, -1};
    // The drill before the newest one: of the same environment when there is one, else of any
    // (the first production run is compared with the last rehearsal in test).
    const auto previousOf = [&](bool sameEnvironment) {
        int previous = -1;
        for (int i = 0; i < drills.size(); ++i) {
            const DrillSummary &d = drills[i];
            if (i == newest || d.metrics.state != Drill::State::Finished ||
                (sameEnvironment && d.drill.environment != drills[newest].drill.environment) ||
                d.metrics.startedMs > drills[newest].metrics.startedMs)
                continue;
            if (previous < 0 || d.metrics.startedMs > drills[previous].metrics.startedMs)
                previous = i;
        }
        return previous;
    };
    int previous = previousOf(true);
    if (previous < 0)
        previous = previousOf(false);
    return previous < 0 ? QPair<int, int>(-1, -1) : QPair<int, int>(previous, newest);
}

void StepComparisonModel::setDrills(const DrillSummary &a, const DrillSummary &b)
{
    m_labelA = u"%1 #%2"_s.arg(a.drill.environment).arg(a.drill.iteration);
    m_labelB = u"%1 #%2"_s.arg(b.drill.environment).arg(b.drill.iteration);
    QHash<QString, double> actualA;
    for (const StepMetrics &s : a.metrics.steps)
        actualA.insert(s.stepId, TrendModel::minutes(s.actualMs));
    setRows(b, a.metrics.steps, actualA);
}

void StepComparisonModel::setMedianReference(const QList<DrillSummary> &reference,
                                             const DrillSummary &b)
{
    m_labelA = tr("median of the last %n", nullptr, int(reference.size()));
    m_labelB = u"%1 #%2"_s.arg(b.drill.environment).arg(b.drill.iteration);
    QHash<QString, QList<qint64>> times;
    QList<StepMetrics> steps; // each step once, as the newest reference drill has it
    QSet<QString> seen;
    for (qsizetype i = reference.size() - 1; i >= 0; --i)
        for (const StepMetrics &s : reference[i].metrics.steps) {
            if (s.status == StepStatus::Done)
                times[s.stepId].append(s.actualMs);
            if (!seen.contains(s.stepId)) {
                seen.insert(s.stepId);
                steps.append(s);
            }
        }
    QHash<QString, double> medianA;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        medianA.insert(it.key(), TrendModel::minutes(StepStatistics::median(it.value())));
    setRows(b, steps, medianA);
}

QList<DrillSummary> StepComparisonModel::previousDrills(const QList<DrillSummary> &drills, int b,
                                                        int count)
{
    if (b < 0 || b >= drills.size())
        return {};
    QList<DrillSummary> before;
    for (qsizetype i = 0; i < drills.size(); ++i) {
        const DrillSummary &d = drills[i];
        if (i != b && d.metrics.state == Drill::State::Finished &&
            d.drill.environment == drills[b].drill.environment &&
            d.metrics.startedMs < drills[b].metrics.startedMs)
            before.append(d);
    }
    std::stable_sort(before.begin(), before.end(),
                     [](const DrillSummary &x, const DrillSummary &y) {
                         return x.metrics.startedMs < y.metrics.startedMs;
                     });
    if (before.size() > count)
        before = before.mid(before.size() - count);
    return before;
}

void StepComparisonModel::setRows(const DrillSummary &b, const QList<StepMetrics> &aSteps,
                                  const QHash<QString, double> &a)
{
    beginResetModel();
    m_rows.clear();
    QHash<QString, int> rowOf;
    auto rowFor = [&](const StepMetrics &s) -> Row & {
        auto it = rowOf.constFind(s.stepId);
        if (it != rowOf.constEnd())
            return m_rows[*it];
        Row row;
        row.stepId = s.stepId;
        row.title = s.title.isEmpty() ? s.stepId : s.title;
        row.planned = TrendModel::minutes(s.expectedMs);
        row.order = int(m_rows.size());
        rowOf.insert(s.stepId, int(m_rows.size()));
        m_rows.append(row);
        return m_rows.last();
    };
    for (const StepMetrics &s : b.metrics.steps)
        rowFor(s).b = TrendModel::minutes(s.actualMs);
    for (const StepMetrics &s : aSteps) {
        Row &row = rowFor(s);
        const auto it = a.constFind(s.stepId);
        if (it != a.constEnd())
            row.a = *it;
        else
            row.aMissing = true;
        if (row.planned == 0)
            row.planned = TrendModel::minutes(s.expectedMs);
    }
    auto delta = [](const Row &r) { return r.a && r.b ? *r.b - *r.a : 0.0; };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&delta](const Row &x, const Row &y) {
        return delta(x) != delta(y) ? delta(x) > delta(y) : x.order < y.order;
    });
    endResetModel();
}

int StepComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == StepIdRole)
        return row.stepId;
    if (role == Qt::TextAlignmentRole && index.column() != StepColumn &&
        index.column() != ChangeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case StepColumn:
        return row.title;
    case PlannedColumn:
        return row.planned;
    case ActualAColumn:
        return row.a ? QVariant(*row.a) : QVariant();
    case ActualBColumn:
        return row.b ? QVariant(*row.b) : QVariant();
    case DeltaColumn:
        return row.a && row.b ? QVariant(std::round((*row.b - *row.a) * 10) / 10) : QVariant();
    case ChangeColumn:
        return !row.a && !row.aMissing ? tr("added") : !row.b ? tr("removed") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StepComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case PlannedColumn:
        return tr("Planned (min)");
    case ActualAColumn:
        return m_labelA.isEmpty() ? tr("A (min)") : tr("%1 (min)").arg(m_labelA);
    case ActualBColumn:
        return m_labelB.isEmpty() ? tr("B (min)") : tr("%1 (min)").arg(m_labelB);
    case DeltaColumn:
        return tr("Change (min)");
    case ChangeColumn:
        return tr("Rewrite");
    case ColumnCount:
        break;
    }
    return {};
}
