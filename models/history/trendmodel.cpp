#include "trendmodel.h"

#include "runselection.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

TrendModel::TrendModel(QObject *parent) : QAbstractTableModel(parent) {}

TrendModel::~TrendModel() = default;

QString TrendModel::statusText(RtoStatus status)
{
    switch (status) {
    case RtoStatus::Met:
        return tr("met");
    case RtoStatus::Missed:
        return tr("missed");
    case RtoStatus::NoTarget:
        return tr("no target");
    case RtoStatus::NotRestored:
        return tr("not restored");
    case RtoStatus::NotStarted:
    case RtoStatus::Running:
        break; // only finished drills are rows
    }
    return {};
}

double TrendModel::minutes(qint64 ms)
{
    return std::round(double(ms) / 6000.0) / 10.0;
}

QList<DrillSummary> TrendModel::chartOrder(const QList<DrillSummary> &drills)
{
    QList<DrillSummary> result;
    QHash<QString, qint64> firstStart;
    for (const DrillSummary &s : drills) {
        if (s.metrics.state != Drill::State::Finished || s.metrics.startedMs < 0)
            continue;
        result.append(s);
        const qint64 known = firstStart.value(s.drill.environment, s.metrics.startedMs);
        firstStart.insert(s.drill.environment, std::min(known, s.metrics.startedMs));
    }
    std::stable_sort(result.begin(), result.end(),
                     [&firstStart](const DrillSummary &a, const DrillSummary &b) {
                         const QString &ea = a.drill.environment;
                         const QString &eb = b.drill.environment;
                         if (ea != eb)
                             return firstStart.value(ea) != firstStart.value(eb)
                                        ? firstStart.value(ea) < firstStart.value(eb)
                                        : ea < eb;
                         return a.drill.iteration < b.drill.iteration;
                     });
    return result;
}

void TrendModel::setDrills(const QList<DrillSummary> &drills)
{
    beginResetModel();
    m_drills = chartOrder(drills);
    endResetModel();
}

QStringList TrendModel::environments() const
{
    QStringList result;
    for (const DrillSummary &s : m_drills)
        if (!result.contains(s.drill.environment))
            result.append(s.drill.environment);
    return result;
}

QPair<int, int> TrendModel::rowsOf(const QString &environment) const
{
    int first = -1;
    int count = 0;
    for (int row = 0; row < m_drills.size(); ++row) {
        if (m_drills[row].drill.environment != environment)
            continue;
        if (first < 0)
            first = row;
        ++count;
    }
    return {std::max(first, 0), count};
}

QList<Drill::RunKind> TrendModel::runKindsOf(const QString &environment) const
{
    QList<Drill::RunKind> kinds;
    for (const Drill::RunKind kind : {Drill::RunKind::Hand, Drill::RunKind::Automated})
        for (const DrillSummary &s : m_drills)
            if (s.drill.environment == environment && s.drill.runKind == kind) {
                kinds.append(kind);
                break;
            }
    return kinds;
}

bool TrendModel::hasAutomatedRuns() const
{
    return std::any_of(m_drills.cbegin(), m_drills.cend(), [](const DrillSummary &s) {
        return s.drill.runKind == Drill::RunKind::Automated;
    });
}

qint64 TrendModel::drillIdAt(int row) const
{
    return row >= 0 && row < m_drills.size() ? m_drills[row].drill.id : 0;
}

namespace {
// The row whose key is nearest to x among those taken; -1 when none.
template<typename Take, typename Key>
int nearestRow(const QList<DrillSummary> &drills, Take take, double x, Key key)
{
    int best = -1;
    double distance = 0;
    for (int row = 0; row < drills.size(); ++row) {
        if (!take(drills[row]))
            continue;
        const double d = std::abs(double(key(drills[row])) - x);
        if (best < 0 || d < distance) {
            best = row;
            distance = d;
        }
    }
    return best;
}
} // namespace

namespace {
// The drills of an environment, of one run kind when given.
auto ofEnvironment(const QString &environment, std::optional<Drill::RunKind> kind)
{
    return [&environment, kind](const DrillSummary &d) {
        return d.drill.environment == environment && (!kind || d.drill.runKind == *kind);
    };
}
} // namespace

int TrendModel::rowNear(const QString &environment, double iteration,
                        std::optional<Drill::RunKind> kind) const
{
    return nearestRow(m_drills, ofEnvironment(environment, kind), iteration,
                      [](const DrillSummary &d) { return d.drill.iteration; });
}

int TrendModel::rowNearDate(const QString &environment, double msSinceEpoch,
                            std::optional<Drill::RunKind> kind) const
{
    return nearestRow(m_drills, ofEnvironment(environment, kind), msSinceEpoch,
                      [](const DrillSummary &d) { return d.metrics.startedMs; });
}

int TrendModel::notRestoredRowNear(double x, bool byDate) const
{
    return nearestRow(
        m_drills,
        [](const DrillSummary &d) { return d.metrics.rtoStatus() == RtoStatus::NotRestored; }, x,
        [byDate](const DrillSummary &d) {
            return byDate ? double(d.metrics.startedMs) : double(d.drill.iteration);
        });
}

double TrendModel::maximum(Column column) const
{
    double result = 0;
    for (int row = 0; row < rowCount(); ++row)
        result = std::max(result, data(index(row, column)).toDouble());
    return result;
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drills.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillSummary &s = m_drills[index.row()];
    const DrillMetrics &m = s.metrics;
    if (role == DrillIdRole)
        return s.drill.id;
    if (role == StartedMsRole)
        return m.startedMs;
    if (role == RtoStatusRole)
        return int(m.rtoStatus());
    if (role == RunKindRole)
        return int(s.drill.runKind);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= IterationColumn && index.column() != StartedColumn &&
                       index.column() != RtoStatusColumn && index.column() != RunColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case EnvironmentColumn:
        return s.drill.environment;
    case IterationColumn:
        return s.drill.iteration;
    case StartedColumn:
        return QDateTime::fromMSecsSinceEpoch(m.startedMs, Qt::UTC).toString(u"yyyy-MM-dd"_s);
    case RtoColumn:
        return m.rtoMs ? QVariant(minutes(*m.rtoMs)) : QVariant();
    case RtoTargetColumn:
        return m.rtoTargetMs > 0 ? QVariant(minutes(m.rtoTargetMs)) : QVariant();
    case RtoStatusColumn:
        return statusText(m.rtoStatus());
    case WallColumn:
        return minutes(m.wallMs);
    case ActiveColumn:
        return minutes(m.activeMs);
    case RpoColumn:
        return m.rpoMs ? QVariant(minutes(*m.rpoMs)) : QVariant();
    case RpoTargetColumn:
        return m.rpoTargetMs > 0 ? QVariant(minutes(m.rpoTargetMs)) : QVariant();
    case DrillIdColumn:
        return s.drill.id;
    case RunColumn:
        return RunSelection::label(s.drill.runKind);
    case HandsOnColumn:
        return minutes(m.activeMs - m.waitingMs);
    case WaitingColumn:
        return minutes(m.waitingMs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case EnvironmentColumn:
        return tr("Environment");
    case IterationColumn:
        return tr("Iteration");
    case StartedColumn:
        return tr("Date");
    case RtoColumn:
        return tr("RTO (min)");
    case RtoTargetColumn:
        return tr("RTO target (min)");
    case RtoStatusColumn:
        return tr("RTO status");
    case WallColumn:
        return tr("Wall (min)");
    case ActiveColumn:
        return tr("Active (min)");
    case RpoColumn:
        return tr("RPO (min)");
    case RpoTargetColumn:
        return tr("RPO target (min)");
    case DrillIdColumn:
        return tr("Drill");
    case RunColumn:
        return tr("Run");
    case HandsOnColumn:
        return tr("Hands-on (min)");
    case WaitingColumn:
        return tr("Waiting (min)");
    case ColumnCount:
        break;
    }
    return {};
}
