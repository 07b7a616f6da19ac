#include "stepstatisticsmodel.h"

#include "duration.h"

using namespace Qt::StringLiterals;

StepStatisticsModel::StepStatisticsModel(QObject *parent) : QAbstractTableModel(parent) {}

StepStatisticsModel::~StepStatisticsModel() = default;

void StepStatisticsModel::setStatistics(const QList<StepStatistics> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StepStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepStatistics &row = m_rows[index.row()];
    const auto column = Column(index.column());
    if (role == StepIdRole)
        return row.stepId;
    if (role == Qt::TextAlignmentRole && column != StepColumn && column != VerdictColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool hasData = row.drills > 0;
    const std::optional<qint64> versus =
        hasData && row.lastMs ? std::optional<qint64>(*row.lastMs - row.medianMs) : std::nullopt;
    if (role == MillisecondsRole) {
        switch (column) {
        case MedianColumn:
            return hasData ? QVariant(row.medianMs) : QVariant();
        case LastColumn:
            return row.lastMs ? QVariant(*row.lastMs) : QVariant();
        case LastVsMedianColumn:
            return versus ? QVariant(*versus) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto clock = [](qint64 ms) { return Duration::formatClock(ms); };
    switch (column) {
    case StepColumn:
        return row.title;
    case DrillsColumn:
        return row.drills;
    case MedianColumn:
        return hasData ? clock(row.medianMs) : QString();
    case SpreadColumn:
        return hasData ? tr("%1–%2").arg(clock(row.q1Ms), clock(row.q3Ms)) : QString();
    case RangeColumn:
        return hasData ? tr("%1–%2").arg(clock(row.minMs), clock(row.maxMs)) : QString();
    case LastColumn:
        return row.lastMs ? clock(*row.lastMs) : tr("not done");
    case LastVsMedianColumn:
        if (!versus)
            return QString();
        return *versus >= 0 ? QString(u"+"_s + clock(*versus)) : QString(u"−"_s + clock(-*versus));
    case VerdictColumn:
        switch (row.verdict()) {
        case StepStatistics::Verdict::NoData:
            return !hasData ? tr("no earlier drill did it") : QString();
        case StepStatistics::Verdict::Faster:
            return tr("▼ faster than usual (below Q1)");
        case StepStatistics::Verdict::Typical:
            return tr("typical (within Q1–Q3)");
        case StepStatistics::Verdict::Slower:
            return tr("▲ slower than usual (above Q3)");
        case StepStatistics::Verdict::TooFew:
            return tr("too few earlier drills to say");
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StepStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case DrillsColumn:
        return tr("Drills");
    case MedianColumn:
        return tr("Median");
    case SpreadColumn:
        return tr("Interquartile range (Q1–Q3)");
    case RangeColumn:
        return tr("Min–max");
    case LastColumn:
        return tr("Last drill");
    case LastVsMedianColumn:
        return tr("Last − median");
    case VerdictColumn:
        return tr("Last against the others");
    case ColumnCount:
        break;
    }
    return {};
}
