#include "eventlogfiltermodel.h"

#include "eventlogmodel.h"

EventLogFilterModel::EventLogFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

EventLogFilterModel::~EventLogFilterModel() = default;

void EventLogFilterModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateRowsFilter();
}

void EventLogFilterModel::setAuthor(const QString &author)
{
    m_author = author;
    invalidateRowsFilter();
}

void EventLogFilterModel::setStep(const QString &stepId)
{
    m_step = stepId;
    invalidateRowsFilter();
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_author.isEmpty() &&
        index.siblingAtColumn(EventLogModel::AuthorColumn).data().toString() != m_author)
        return false;
    if (!m_step.isEmpty() && index.data(EventLogModel::StepIdRole).toString() != m_step)
        return false;
    if (m_category.isEmpty())
        return true;
    if (!index.data(EventLogModel::IsObservationRole).toBool())
        return false;
    return m_category == QLatin1StringView(observationsOnly) ||
           index.data(EventLogModel::CategoryRole).toString() == m_category;
}
