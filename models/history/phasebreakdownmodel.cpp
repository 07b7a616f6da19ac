#include "phasebreakdownmodel.h"

#include "trendmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

PhaseBreakdownModel::PhaseBreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

PhaseBreakdownModel::~PhaseBreakdownModel() = default;

void PhaseBreakdownModel::setHistory(const Runbook &runbook, const QList<DrillSummary> &drills)
{
    beginResetModel();
    m_phaseTitles.clear();
    m_rows.clear();
    QHash<QString, int> phaseOfStep;
    for (const Phase &p : runbook.phases) {
        for (const Step &s : p.steps)
            phaseOfStep.insert(s.id, int(m_phaseTitles.size()));
        m_phaseTitles.append(p.title.isEmpty() ? p.id : p.title);
    }
    const int other = int(m_phaseTitles.size());
    bool anyOther = false;
    const QList<DrillSummary> sorted = TrendModel::chartOrder(drills);
    for (const DrillSummary &s : std::as_const(sorted)) {
        Row row;
        row.drillId = s.drill.id;
        row.label = u"%1 #%2"_s.arg(s.drill.environment).arg(s.drill.iteration);
        QList<qint64> ms(other + 1, 0);
        for (const StepMetrics &step : s.metrics.steps) {
            const int phase = phaseOfStep.value(step.stepId, other);
            if (phase == other && step.actualMs > 0)
                anyOther = true;
            ms[phase] += step.actualMs;
        }
        for (const qint64 v : std::as_const(ms))
            row.minutes.append(TrendModel::minutes(v));
        m_rows.append(row);
    }
    if (anyOther)
        m_phaseTitles.append(tr("Other steps"));
    else
        for (Row &row : m_rows)
            row.minutes.removeLast();
    endResetModel();
}

QString PhaseBreakdownModel::label(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].label : QString();
}

double PhaseBreakdownModel::total(int row) const
{
    double sum = 0;
    if (row >= 0 && row < m_rows.size())
        for (const double v : m_rows[row].minutes)
            sum += v;
    return sum;
}

int PhaseBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhaseBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPhaseColumn + int(m_phaseTitles.size());
}

QVariant PhaseBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == DrillIdRole)
        return row.drillId;
    if (role == Qt::TextAlignmentRole && index.column() >= FirstPhaseColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == LabelColumn)
        return row.label;
    return row.minutes.value(index.column() - FirstPhaseColumn);
}

QVariant PhaseBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return label(section);
    if (section == LabelColumn)
        return tr("Drill");
    return m_phaseTitles.value(section - FirstPhaseColumn);
}
