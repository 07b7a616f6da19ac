#include "automationsharemodel.h"

#include "trendmodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

AutomationShareModel::AutomationShareModel(QObject *parent) : QAbstractTableModel(parent) {}

AutomationShareModel::~AutomationShareModel() = default;

void AutomationShareModel::setHistory(const Runbook &runbook, const QList<DrillSummary> &drills)
{
    beginResetModel();
    m_rows.clear();
    const QList<DrillSummary> sorted = TrendModel::chartOrder(drills);
    for (const DrillSummary &s : std::as_const(sorted)) {
        Row row;
        row.drillId = s.drill.id;
        row.label = u"%1 #%2"_s.arg(s.drill.environment).arg(s.drill.iteration);
        qint64 ms[3] = {0, 0, 0};
        qint64 total = 0;
        for (const StepMetrics &step : s.metrics.steps) {
            const Step *def = runbook.findStep(step.stepId);
            const int kind = def ? int(def->automation) : 0;
            ms[kind] += step.actualMs;
            total += step.actualMs;
        }
        for (int k = 0; k < 3; ++k)
            row.percent[k] =
                total > 0 ? std::round(1000.0 * double(ms[k]) / double(total)) / 10.0 : 0.0;
        m_rows.append(row);
    }
    endResetModel();
}

QString AutomationShareModel::label(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].label : QString();
}

int AutomationShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AutomationShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutomationShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == DrillIdRole)
        return row.drillId;
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == LabelColumn)
        return row.label;
    return row.percent[index.column() - ManualColumn];
}

QVariant AutomationShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return label(section);
    switch (Column(section)) {
    case LabelColumn:
        return tr("Drill");
    case ManualColumn:
        return tr("Manual (%)");
    case ScriptedColumn:
        return tr("Scripted (%)");
    case AutomatedColumn:
        return tr("Automated (%)");
    case ColumnCount:
        break;
    }
    return {};
}
