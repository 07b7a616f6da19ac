#include "runbookmodel.h"

#include "duration.h"

// Internal ids: a phase row carries PhaseMarker, a step row carries its phase's row.

RunbookModel::RunbookModel(QObject *parent) : QAbstractItemModel(parent) {}

RunbookModel::~RunbookModel() = default;

void RunbookModel::setRunbook(const Runbook &runbook)
{
    beginResetModel();
    m_runbook = runbook;
    endResetModel();
}

QModelIndex RunbookModel::indexOfStep(const QString &stepId) const
{
    for (int p = 0; p < m_runbook.phases.size(); ++p) {
        const auto &steps = m_runbook.phases[p].steps;
        for (int s = 0; s < steps.size(); ++s)
            if (steps[s].id == stepId)
                return createIndex(s, 0, quintptr(p));
    }
    return {};
}

QModelIndex RunbookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, PhaseMarker);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex RunbookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PhaseMarker)
        return {};
    return createIndex(int(child.internalId()), 0, PhaseMarker);
}

int RunbookModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_runbook.phases.size());
    if (parent.column() != 0 || parent.internalId() != PhaseMarker)
        return 0;
    return int(m_runbook.phases[parent.row()].steps.size());
}

int RunbookModel::columnCount(const QModelIndex &) const
{
    return NUM_COLUMNS;
}

QVariant RunbookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == PhaseMarker) {
        const Phase &phase = m_runbook.phases[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TitleColumn ? QVariant(phase.title) : QVariant();
        case PhaseIdRole:
            return phase.id;
        case IsStepRole:
            return false;
        default:
            return {};
        }
    }
    const Phase &phase = m_runbook.phases[int(index.internalId())];
    const Step &step = phase.steps[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return step.title;
        case RoleColumn:
            return step.role;
        case ExpectedColumn:
            return step.expectedSeconds > 0 ? Duration::format(step.expectedSeconds) : QString();
        case AutomationColumn:
            return Step::automationName(step.automation);
        }
        return {};
    case Qt::ToolTipRole:
        return step.id;
    case StepIdRole:
        return step.id;
    case PhaseIdRole:
        return phase.id;
    case IsStepRole:
        return true;
    default:
        return {};
    }
}

QVariant RunbookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Step");
    case RoleColumn:
        return tr("Role");
    case ExpectedColumn:
        return tr("Expected");
    case AutomationColumn:
        return tr("Automation");
    }
    return {};
}
