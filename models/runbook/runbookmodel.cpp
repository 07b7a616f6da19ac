#include "runbookmodel.h"

#include "drill.h"
#include "duration.h"

#include <utility>

// Internal ids: a phase row carries PhaseMarker, a step row carries its phase's row.

RunbookModel::RunbookModel(QObject *parent) : QAbstractItemModel(parent) {}

RunbookModel::~RunbookModel() = default;

void RunbookModel::setRunbook(const Runbook &runbook)
{
    beginResetModel();
    m_runbook = runbook;
    m_metrics.clear();
    m_rewritten.clear();
    m_counts = {};
    m_ready.clear();
    m_waiting.clear();
    m_nextReady.clear();
    m_activeSteps.clear();
    m_since = 0;
    endResetModel();
}

void RunbookModel::setRewrittenSteps(const QSet<QString> &stepIds)
{
    const QSet<QString> changed = (stepIds - m_rewritten) + (m_rewritten - stepIds);
    m_rewritten = stepIds;
    for (const QString &id : changed)
        if (const QModelIndex title = indexOfStep(id); title.isValid())
            Q_EMIT dataChanged(title, title, {Qt::DisplayRole, Qt::ToolTipRole, RewrittenRole});
}

QModelIndex RunbookModel::stepIndex(int phase, int row, int column) const
{
    return createIndex(row, column, quintptr(phase));
}

void RunbookModel::setMetrics(const DrillMetrics &metrics)
{
    const bool ended = Drill::isEnded(metrics.state);
    const bool endedChanged = ended != m_drillEnded;
    m_drillEnded = ended;
    // Steps on a branch not taken are left out: the total is the steps of the path taken.
    const StepCounts counts{metrics.doneSteps, metrics.skippedSteps,
                            int(metrics.steps.size()) - metrics.notTakenSteps};
    if (counts != m_counts) {
        m_counts = counts;
        Q_EMIT headerDataChanged(Qt::Horizontal, TitleColumn, TitleColumn);
    }
    m_clockRunning = metrics.state == Drill::State::Running;
    // The clocks start again from these metrics: cells that showed time added since the last
    // ones show the new reading.
    if (std::exchange(m_since, 0) != 0)
        for (const auto &[p, s] : std::as_const(m_activeSteps)) {
            const QModelIndex cell = stepIndex(p, s, ActualColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    m_activeSteps.clear();
    QHash<QString, StepMetrics> next;
    next.reserve(metrics.steps.size());
    for (const StepMetrics &m : metrics.steps)
        next.insert(m.stepId, m);
    for (int p = 0; p < m_runbook.phases.size(); ++p) {
        const auto &steps = m_runbook.phases[p].steps;
        for (int s = 0; s < steps.size(); ++s) {
            const QString &id = steps[s].id;
            if (stepIsActive(next.value(id).status))
                m_activeSteps.append({p, s});
            if (endedChanged && stepIsActive(next.value(id).status)) {
                // Its status and its row's weight change with the drill's end.
                m_metrics.insert(id, next.value(id));
                Q_EMIT dataChanged(createIndex(s, 0, quintptr(p)),
                                   createIndex(s, NUM_COLUMNS - 1, quintptr(p)));
                continue;
            }
            if (m_metrics.value(id) == next.value(id))
                continue;
            m_metrics.insert(id, next.value(id));
            // Cell by cell: views repaint a single changed index, but a whole viewport for a
            // range — every visible row of a 500-step outline on each clicker press.
            for (int column : {int(StatusColumn), int(ActualColumn)}) {
                const QModelIndex cell = createIndex(s, column, quintptr(p));
                Q_EMIT dataChanged(cell, cell);
            }
        }
    }
}

void RunbookModel::clearMetrics()
{
    setMetrics({});
    setReadySteps({});
}

void RunbookModel::setSinceSnapshot(qint64 sinceSnapshotMs)
{
    const qint64 since = m_clockRunning ? sinceSnapshotMs : 0;
    if (since == m_since)
        return;
    QStringList before;
    for (const auto &[p, s] : std::as_const(m_activeSteps))
        before << data(stepIndex(p, s, ActualColumn)).toString();
    m_since = since;
    // A tick that leaves the shown second (and the lateness) as it was repaints nothing.
    for (qsizetype i = 0; i < m_activeSteps.size(); ++i) {
        const QModelIndex cell =
            stepIndex(m_activeSteps[i].first, m_activeSteps[i].second, ActualColumn);
        if (cell.data().toString() != before[i])
            Q_EMIT dataChanged(cell, cell);
    }
}

void RunbookModel::setReadySteps(const QStringList &stepIds)
{
    const QSet<QString> ready(stepIds.cbegin(), stepIds.cend());
    const QString next = stepIds.value(0);
    if (ready == m_ready && next == m_nextReady)
        return;
    // Only the steps whose mark changed: that came or went, and the next one before and after
    // (a runbook without depends_on has every step ready, and the list shifts on each press).
    QSet<QString> changed = (ready - m_ready) + (m_ready - ready);
    if (next != m_nextReady)
        changed << next << m_nextReady;
    m_ready = ready;
    m_nextReady = next;
    for (const QString &id : std::as_const(changed))
        if (const QModelIndex title = indexOfStep(id); title.isValid()) {
            const QModelIndex status = title.siblingAtColumn(StatusColumn);
            Q_EMIT dataChanged(status, status);
        }
}

void RunbookModel::setWaitingSteps(const QStringList &stepIds)
{
    const QSet<QString> waiting(stepIds.cbegin(), stepIds.cend());
    if (waiting == m_waiting)
        return;
    const QSet<QString> changed = (waiting - m_waiting) + (m_waiting - waiting);
    m_waiting = waiting;
    for (const QString &id : changed)
        if (const QModelIndex title = indexOfStep(id); title.isValid()) {
            const QModelIndex status = title.siblingAtColumn(StatusColumn);
            Q_EMIT dataChanged(status, status);
        }
}

QString RunbookModel::waitingText()
{
    return tr("◷ waiting");
}

StepMetrics RunbookModel::liveMetrics(const StepMetrics &metrics) const
{
    StepMetrics live = metrics;
    if (m_since != 0 && stepIsActive(metrics.status)) {
        live.actualMs += m_since;
        if (live.expectedMs > 0)
            live.latenessMs += m_since;
    }
    return live;
}

QString RunbookModel::actualText(const StepMetrics &metrics) const
{
    if (metrics.intervals == 0)
        return {};
    const StepMetrics m = liveMetrics(metrics);
    // Late is said in words and a symbol, never by colour alone.
    return isLate(m) ? tr("%1 ▲+%2").arg(Duration::formatClock(m.actualMs),
                                         Duration::formatClock(m.latenessMs))
                     : Duration::formatClock(m.actualMs);
}

const StepMetrics *RunbookModel::metricsOf(const QString &stepId) const
{
    const auto it = m_metrics.constFind(stepId);
    return it == m_metrics.cend() ? nullptr : &*it;
}

QStringList RunbookModel::statusColumnTexts()
{
    QStringList texts{tr("▷ next"), tr("○ ready")};
    for (StepStatus status : {StepStatus::Running, StepStatus::Blocked, StepStatus::Done,
                              StepStatus::Skipped, StepStatus::NotTaken})
        texts << statusText(status);
    texts << waitingText();
    return texts;
}

QString RunbookModel::unfinishedText()
{
    return tr("■ unfinished"); // when the drill ended; "running" would read as now
}

QString RunbookModel::statusText(StepStatus status)
{
    switch (status) {
    case StepStatus::NotStarted:
        return {};
    case StepStatus::Running:
        return tr("▶ running");
    case StepStatus::Blocked:
        return tr("⊘ blocked");
    case StepStatus::Done:
        return tr("✓ done");
    case StepStatus::Skipped:
        return tr("↷ skipped");
    case StepStatus::NotTaken:
        return tr("↳ not taken");
    }
    return {};
}

bool RunbookModel::isLate(const StepMetrics &m)
{
    return m.expectedMs > 0 && m.latenessMs > 0 &&
           (m.status == StepStatus::Done || stepIsActive(m.status));
}

bool RunbookModel::isUnfinished(const StepMetrics *m) const
{
    return m && m_drillEnded && stepIsActive(m->status);
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
    const StepMetrics *m = metricsOf(step.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return m_rewritten.contains(step.id) ? tr("✎ %1").arg(step.title) : step.title;
        case StatusColumn:
            if (isUnfinished(m))
                return unfinishedText();
            if (m_ready.contains(step.id)) // Page Down starts the next one
                return step.id == m_nextReady ? tr("▷ next") : tr("○ ready");
            if (m && m->status == StepStatus::Running && m_waiting.contains(step.id))
                return waitingText();
            return m ? statusText(m->status) : QString();
        case ActualColumn:
            return m ? actualText(*m) : QString();
        case RoleColumn:
            return step.role;
        case ExpectedColumn:
            return step.expectedSeconds > 0 ? Duration::format(step.expectedSeconds) : QString();
        case AutomationColumn:
            return Step::automationName(step.automation);
        }
        return {};
    case Qt::ToolTipRole:
        // The title column may cut a long title: its tooltip has it whole.
        if (index.column() == TitleColumn)
            return m_rewritten.contains(step.id)
                       ? tr("%1 (%2) — rewritten during this drill").arg(step.title, step.id)
                       : tr("%1 (%2)").arg(step.title, step.id);
        if (m && m->status == StepStatus::Running && m_waiting.contains(step.id))
            return tr("%1 — waiting on a machine: W marks hands-on work again").arg(step.id);
        if (m && isLate(liveMetrics(*m)))
            return tr("%1: %2 late against %3 planned")
                .arg(step.id, Duration::formatClock(liveMetrics(*m).latenessMs),
                     Duration::formatClock(m->expectedMs));
        if (m_ready.contains(step.id))
            return step.id == m_nextReady
                       ? tr("%1 — ready to start: Page Down starts it").arg(step.id)
                       : tr("%1 — ready to start: R starts it in parallel").arg(step.id);
        if (m_rewritten.contains(step.id))
            return tr("%1 — rewritten during this drill").arg(step.id);
        return step.id;
    case StepIdRole:
        return step.id;
    case PhaseIdRole:
        return phase.id;
    case IsStepRole:
        return true;
    case StatusRole:
        return int(m ? m->status : StepStatus::NotStarted);
    case LatenessRole:
        return m ? liveMetrics(*m).latenessMs : 0;
    case IsLateRole:
        return m && isLate(liveMetrics(*m));
    case RewrittenRole:
        return m_rewritten.contains(step.id);
    case UnfinishedRole:
        return isUnfinished(m);
    case ReadyRole:
        return m_ready.contains(step.id);
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
        // Done and skipped apart: a skipped step is finished, not done.
        if (m_counts.total == 0 || m_counts.done + m_counts.skipped == 0)
            return tr("Step");
        return m_counts.skipped == 0
                   ? tr("Step — %1 of %2 done").arg(m_counts.done).arg(m_counts.total)
                   : tr("Step — %1 of %2 done, %3 skipped")
                         .arg(m_counts.done)
                         .arg(m_counts.total)
                         .arg(m_counts.skipped);
    case StatusColumn:
        return tr("Status");
    case ActualColumn:
        return tr("Actual");
    case RoleColumn:
        return tr("Role");
    case ExpectedColumn:
        return tr("Expected");
    case AutomationColumn:
        return tr("Automation");
    }
    return {};
}
