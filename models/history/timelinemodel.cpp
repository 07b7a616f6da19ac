#include "timelinemodel.h"

#include "trendmodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setDrill(const DrillSummary &drill, const QList<DrillEvent> &events)
{
    beginResetModel();
    m_rows.clear();
    m_markers.clear();
    const DrillMetrics &m = drill.metrics;
    m_label = u"%1 #%2"_s.arg(drill.drill.environment).arg(drill.drill.iteration);
    const qint64 origin = m.startedMs;
    auto minuteOf = [origin](qint64 ms) { return TrendModel::minutes(ms - origin); };
    m_endMinute = m.endedMs >= 0 ? minuteOf(m.endedMs) : 0;
    QString restoredStep;
    for (const StepMetrics &s : m.steps) {
        if (s.firstStartMs < 0 || origin < 0)
            continue;
        Row row;
        row.stepId = s.stepId;
        row.title = s.title.isEmpty() ? s.stepId : s.title;
        row.start = minuteOf(s.firstStartMs);
        row.end = s.endMs >= 0 ? minuteOf(s.endMs) : std::max(row.start, m_endMinute);
        row.critical = s.critical || m.criticalPath.contains(s.stepId);
        m_rows.append(row);
    }
    for (const DrillEvent &e : events) {
        if (origin < 0)
            break;
        Marker marker;
        marker.minute = minuteOf(e.timeMs);
        switch (e.kind) {
        case DrillEvent::Kind::Paused:
            marker.kind = Marker::Kind::Paused;
            break;
        case DrillEvent::Kind::Resumed:
            marker.kind = Marker::Kind::Resumed;
            break;
        case DrillEvent::Kind::InjectRevealed:
            marker.kind = Marker::Kind::Inject;
            marker.text = e.injectId();
            break;
        case DrillEvent::Kind::Observation:
            marker.kind = Marker::Kind::Observation;
            marker.text = e.text();
            break;
        default:
            continue;
        }
        m_markers.append(marker);
    }
    if (m.rtoMs && m.rtoFromMilestone) {
        const qint64 failure = m.failureMs >= 0 ? m.failureMs : origin;
        m_markers.append(
            {Marker::Kind::ServiceRestored, minuteOf(failure + *m.rtoMs), tr("service restored")});
    }
    endResetModel();
}

double TimelineModel::lastMinute() const
{
    double last = m_endMinute;
    for (const Row &r : m_rows)
        last = std::max(last, r.end);
    return last;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == StepIdRole)
        return row.stepId;
    if (role == CriticalRole)
        return row.critical;
    if (role == Qt::TextAlignmentRole && index.column() >= StartColumn &&
        index.column() <= DurationColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case StepColumn:
        return row.title;
    case StartColumn:
        return row.start;
    case EndColumn:
        return row.end;
    case DurationColumn:
        return std::round((row.end - row.start) * 10) / 10;
    case CriticalColumn:
        return row.critical ? tr("critical") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case StartColumn:
        return tr("Start (min)");
    case EndColumn:
        return tr("End (min)");
    case DurationColumn:
        return tr("Duration (min)");
    case CriticalColumn:
        return tr("Critical path");
    case ColumnCount:
        break;
    }
    return {};
}
