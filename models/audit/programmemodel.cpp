#include "programmemodel.h"

#include "drillhistory.h"
#include "duration.h"

using namespace Qt::StringLiterals;

ProgrammeModel::ProgrammeModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgrammeModel::setRows(const QList<ProgrammeStatus::Row> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgrammeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgrammeModel::dueText(const ProgrammeStatus::Row &row, const QDate &today)
{
    if (row.overdue())
        return tr("overdue %n day(s)", nullptr, int(row.overdueDays));
    const qint64 days = today.daysTo(row.nextDue);
    if (days <= 0)
        return row.neverDrilled() ? tr("due now (never drilled)") : tr("due today");
    return tr("due in %n day(s)", nullptr, int(days));
}

QString ProgrammeModel::rtoText(const ProgrammeStatus::Row &row)
{
    if (!row.lastDrill)
        return u"-"_s;
    const QString target =
        row.rtoTargetMs > 0 ? Duration::format(DrillHistory::seconds(row.rtoTargetMs)) : QString();
    switch (row.rtoStatus) {
    case RtoStatus::Met:
        return tr("%1 of %2 (met)")
            .arg(Duration::format(DrillHistory::seconds(*row.lastRtoMs)), target);
    case RtoStatus::Missed:
        return tr("%1 of %2 (missed)")
            .arg(Duration::format(DrillHistory::seconds(*row.lastRtoMs)), target);
    case RtoStatus::NoTarget:
        return tr("%1 (no target)").arg(Duration::format(DrillHistory::seconds(*row.lastRtoMs)));
    case RtoStatus::NotRestored:
        return target.isEmpty() ? tr("not restored") : tr("not restored (target %1)").arg(target);
    case RtoStatus::NotStarted:
    case RtoStatus::Running:
        break;
    }
    return u"-"_s;
}

QString ProgrammeModel::text(const ProgrammeStatus::Row &row, int column) const
{
    switch (column) {
    case RunbookColumn:
        return row.title.isEmpty() ? row.runbookId : row.title;
    case EnvironmentColumn:
        return row.environment;
    case LastDrillColumn:
        if (!row.lastDrill)
            return tr("never");
        return tr("%1 · #%2 (%3)")
            .arg(row.lastDrill->ended.toString(Qt::ISODate))
            .arg(row.lastDrill->iteration)
            .arg(row.lastDrill->runKind == Drill::RunKind::Automated ? tr("automated")
                                                                     : tr("hand-run"));
    case NextDueColumn:
        return row.nextDue.toString(Qt::ISODate);
    case StatusColumn:
        return dueText(row, m_today);
    case ConfidenceColumn: {
        QString level = RunbookConfidence::levelText(row.confidence.level);
        if (row.confidence.decayed)
            level = tr("%1 (faded)").arg(level);
        return level;
    }
    case RtoColumn:
        return rtoText(row);
    case ActionItemsColumn:
        if (row.openItems == 0)
            return tr("none open");
        return row.overdueItems > 0
                   ? tr("%1 open, %2 overdue").arg(row.openItems).arg(row.overdueItems)
                   : tr("%1 open").arg(row.openItems);
    case ChangedColumn:
        return row.changedSinceLastDrill ? tr("changed since last drill") : QString();
    case DriversColumn:
        if (row.drivers.isEmpty())
            return tr("nobody recorded");
        return row.singleDriver() ? tr("only %1 (single driver)").arg(row.drivers.constFirst())
                                  : tr("%n people", nullptr, int(row.drivers.size()));
    default:
        return {};
    }
}

QString ProgrammeModel::singleDriverText(const QList<ProgrammeStatus::Row> &rows)
{
    QStringList silos;
    QString last;
    for (const ProgrammeStatus::Row &row : rows) {
        if (!row.singleDriver() || row.runbookId == last)
            continue;
        last = row.runbookId;
        silos << tr("%1 (only %2)").arg(row.runbookId, row.drivers.constFirst());
    }
    if (silos.isEmpty())
        return {};
    return tr("Single driver — a knowledge silo, let someone else drive the next drill: %1.")
        .arg(silos.join(u", "_s));
}

QString ProgrammeModel::toolTip(const ProgrammeStatus::Row &row, int column) const
{
    switch (column) {
    case RunbookColumn:
        return tr("%1 (%2) — cadence %3")
            .arg(row.title, row.runbookId,
                 row.cadenceSet ? tr("%n day(s)", nullptr, int(row.cadenceDays))
                                : tr("not set (a year is assumed)"));
    case StatusColumn:
    case ConfidenceColumn:
    case LastDrillColumn:
        return row.confidence.why();
    case ChangedColumn:
        return row.changedSinceLastDrill
                   ? tr("The runbook on file (revision %1) is not the one last drilled here (%2).")
                         .arg(row.currentRevision.left(DrillHistory::hashPrefixLength),
                              row.drilledRevision.left(DrillHistory::hashPrefixLength))
                   : QString();
    case DriversColumn:
        return row.drivers.isEmpty()
                   ? tr("No participant with the role driver was recorded.")
                   : (row.singleDriver() ? tr("Only one person has ever driven this runbook: %1")
                                         : tr("Drivers: %1"))
                         .arg(row.drivers.join(u", "_s));
    default:
        return {};
    }
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProgrammeStatus::Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case OverdueRole:
        return row.overdue();
    case ConfidenceRole:
        return int(row.confidence.level);
    case RunbookIdRole:
        return row.runbookId;
    case NeedsAttentionRole:
        switch (index.column()) {
        case StatusColumn:
            return row.overdue();
        case ConfidenceColumn:
            return row.confidence.level <= RunbookConfidence::Level::Low;
        case RtoColumn:
            return row.lastDrill && row.rtoStatus != RtoStatus::Met &&
                   row.rtoStatus != RtoStatus::NoTarget;
        case ActionItemsColumn:
            return row.overdueItems > 0;
        case ChangedColumn:
            return row.changedSinceLastDrill;
        case DriversColumn:
            return row.singleDriver();
        default:
            return false;
        }
    default:
        return {};
    }
}

QVariant ProgrammeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunbookColumn:
        return tr("Runbook");
    case EnvironmentColumn:
        return tr("Environment");
    case LastDrillColumn:
        return tr("Last drill");
    case NextDueColumn:
        return tr("Next due");
    case StatusColumn:
        return tr("Status");
    case ConfidenceColumn:
        return tr("Confidence");
    case RtoColumn:
        return tr("Last RTO");
    case ActionItemsColumn:
        return tr("Action items");
    case ChangedColumn:
        return tr("Changed");
    case DriversColumn:
        return tr("Drivers");
    default:
        return {};
    }
}
