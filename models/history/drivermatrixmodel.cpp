#include "drivermatrixmodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

DriverMatrixModel::DriverMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

DriverMatrixModel::~DriverMatrixModel() = default;

void DriverMatrixModel::setHistory(const DriverHistory &history)
{
    beginResetModel();
    m_history = history;
    m_people = history.people();
    m_runbooks = history.runbookIds();
    endResetModel();
}

QString DriverMatrixModel::cellText(const DriverHistory::Tally &tally)
{
    if (tally.drills == 0)
        return {};
    return u"%1 · %2"_s.arg(tally.drills)
        .arg(QDateTime::fromMSecsSinceEpoch(tally.lastMs, Qt::UTC).date().toString(Qt::ISODate));
}

int DriverMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int DriverMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runbooks.size());
}

QVariant DriverMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &person = m_people[index.row()];
    const QString &runbookId = m_runbooks[index.column()];
    const DriverHistory::Tally t = m_history.tally(runbookId, person);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(t);
    case Qt::ToolTipRole:
        return t.drills == 0 ? tr("%1 has never driven %2").arg(person, runbookId)
                             : tr("%1 drove %2 in %n drill(s), last on %3", nullptr, t.drills)
                                   .arg(person, runbookId,
                                        QDateTime::fromMSecsSinceEpoch(t.lastMs, Qt::UTC)
                                            .date()
                                            .toString(Qt::ISODate));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case DrillsRole:
        return t.drills;
    case LastMsRole:
        return t.lastMs;
    case SingleDriverRole:
        return m_history.singleDriver(runbookId);
    case RunbookIdRole:
        return runbookId;
    default:
        return {};
    }
}

QVariant DriverMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_people.size())
            return m_people[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_runbooks.size())
        return {};
    const QString &runbookId = m_runbooks[section];
    const bool single = m_history.singleDriver(runbookId);
    switch (role) {
    case Qt::DisplayRole:
        // The word, not a colour: a header says when the runbook has one driver only.
        return single ? tr("%1\n(single driver)").arg(runbookId) : runbookId;
    case Qt::ToolTipRole:
        if (m_history.driversOf(runbookId).isEmpty())
            return tr("No drill of %1 recorded a participant with the role driver.").arg(runbookId);
        return single ? tr("Only %1 has ever driven %2: a knowledge silo. Let someone else drive "
                           "the next drill.")
                            .arg(m_history.driversOf(runbookId).constFirst(), runbookId)
                      : tr("%2 was driven by %n people: %1", nullptr,
                           int(m_history.driversOf(runbookId).size()))
                            .arg(m_history.driversOf(runbookId).join(u", "_s), runbookId);
    case SingleDriverRole:
        return single;
    case RunbookIdRole:
        return runbookId;
    default:
        return {};
    }
}
