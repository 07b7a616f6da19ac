// The Procedure menu (see procedurerewrites.h).
#include "procedurerewrites.h"

#include "consoleshortcuts.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "drillsession.h"
#include "reviewrewritesdialog.h"
#include "rewriteundostack.h"
#include "stepeditdialog.h"
#include "steprewrite.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QUndoStack>

#include <optional>

ProcedureRewrites::ProcedureRewrites(DrillConsole *console, QObject *parent)
    : QObject(parent), m_console(console), m_rewrites(new RewriteUndoStack(this))
{}

QWidget *ProcedureRewrites::window() const
{
    return m_console->window();
}

void ProcedureRewrites::setEngine(DrillEngine *engine)
{
    m_rewrites->setEngine(engine);
}

void ProcedureRewrites::addTo(QMenu *procedure, ConsoleShortcuts &shortcuts)
{
    using K = QKeySequence;
    auto add = [&](const QString &text, const QList<QKeySequence> &keys,
                   void (ProcedureRewrites::*slot)()) {
        return shortcuts.needsDrill(shortcuts.add(procedure, text, keys, this, slot));
    };
    add(tr("&Edit Selected Step…"), {K(Qt::Key_E)}, &ProcedureRewrites::editSelectedStep);
    add(tr("&Insert Step After Selected…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        &ProcedureRewrites::insertStepAfterSelected);
    add(tr("&Remove Selected Step"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        &ProcedureRewrites::removeSelectedStep);
    add(tr("Move Step &Up"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)},
        &ProcedureRewrites::moveSelectedStepUp);
    add(tr("Move Step &Down"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)},
        &ProcedureRewrites::moveSelectedStepDown);
    procedure->addSeparator();
    QAction *undo =
        add(tr("&Undo Rewrite"), {K(Qt::CTRL | Qt::Key_Z)}, &ProcedureRewrites::undoRewrite);
    QAction *redo =
        add(tr("Re&do Rewrite"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)},
            &ProcedureRewrites::redoRewrite);
    connect(m_rewrites, &RewriteUndoStack::changed, this, [this, undo, redo] {
        const QUndoStack *stack = m_rewrites->stack();
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                       : tr("&Undo Rewrite"));
        redo->setText(stack->canRedo() ? tr("Re&do %1").arg(stack->redoText())
                                       : tr("Re&do Rewrite"));
    });
    procedure->addSeparator();
    add(tr("Re&view Rewrites and Save…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        &ProcedureRewrites::reviewRewrites);
}

bool ProcedureRewrites::reportRewrite(const QString &problem)
{
    if (problem.isEmpty())
        return true;
    m_console->showMessage(problem.section(u'\n', 0, 0), 10000);
    QApplication::beep();
    return false;
}

bool ProcedureRewrites::performRewrite(const StepRewrite &rewrite, const QString &focusAfter)
{
    const DrillConsole::Batch batch(m_console);
    if (!reportRewrite(m_rewrites->perform(rewrite)))
        return false;
    if (!focusAfter.isEmpty())
        m_console->setFocusedStep(focusAfter);
    m_console->refreshWhenBatchEnds();
    return true;
}

namespace {
// The phase and position of a step in the procedure.
std::optional<std::pair<QString, int>> placeOf(const Runbook &runbook, const QString &stepId)
{
    for (const Phase &p : runbook.phases)
        for (int i = 0; i < p.steps.size(); ++i)
            if (p.steps[i].id == stepId)
                return std::make_pair(p.id, i);
    return std::nullopt;
}
} // namespace

void ProcedureRewrites::editSelectedStep()
{
    const Runbook &runbook = m_console->runbook();
    const auto place = placeOf(runbook, m_console->focusedStep());
    if (!m_console->engine() || !place)
        return;
    const Step before = *runbook.findStep(m_console->focusedStep());
    StepEditDialog dialog(StepEditDialog::Mode::Edit, before, runbook.roles, window());
    dialog.setChecker([this, place, before](const Step &after) {
        return m_rewrites->check(StepRewrite::edit(place->first, place->second, before, after));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.step() == before)
        return;
    if (performRewrite(StepRewrite::edit(place->first, place->second, before, dialog.step()),
                       before.id))
        m_console->showMessage(tr("Rewrote “%1” — Ctrl+Z undoes it").arg(dialog.step().title),
                               6000);
}

void ProcedureRewrites::insertStepAfterSelected()
{
    const Runbook &runbook = m_console->runbook();
    const auto place = placeOf(runbook, m_console->focusedStep());
    if (!m_console->engine() || !place)
        return;
    const Step *after = runbook.findStep(m_console->focusedStep());
    Step proposed;
    proposed.role = after->role;
    proposed.dependsOn = {after->id};
    StepEditDialog dialog(StepEditDialog::Mode::Insert, proposed, runbook.roles, window());
    const QString phaseId = place->first;
    const int index = place->second + 1;
    dialog.setChecker([this, phaseId, index](const Step &step) {
        return m_rewrites->check(StepRewrite::insert(phaseId, index, step));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Step step = dialog.step();
    if (performRewrite(StepRewrite::insert(phaseId, index, step), step.id))
        m_console->showMessage(tr("Inserted “%1” — Ctrl+Z undoes it").arg(step.title), 6000);
}

void ProcedureRewrites::removeSelectedStep()
{
    const Runbook &runbook = m_console->runbook();
    const auto place = placeOf(runbook, m_console->focusedStep());
    if (!m_console->engine() || !place)
        return;
    const Step step = *runbook.findStep(m_console->focusedStep());
    if (performRewrite(StepRewrite::remove(place->first, place->second, step), {}))
        m_console->showMessage(tr("Removed “%1” — Ctrl+Z puts it back").arg(step.title), 6000);
}

void ProcedureRewrites::moveSelectedStep(int direction)
{
    const Runbook &runbook = m_console->runbook();
    const auto place = placeOf(runbook, m_console->focusedStep());
    if (!m_console->engine() || !place)
        return;
    const Step step = *runbook.findStep(m_console->focusedStep());
    qsizetype phase = 0;
    while (runbook.phases[phase].id != place->first)
        ++phase;
    const int size = int(runbook.phases[phase].steps.size());
    QString toPhase = place->first;
    int toIndex = place->second + direction;
    if (toIndex < 0 || toIndex >= size) { // across the phase boundary
        const qsizetype other = phase + direction;
        if (other < 0 || other >= runbook.phases.size()) {
            reportRewrite(direction < 0 ? tr("“%1” is already the first step").arg(step.title)
                                        : tr("“%1” is already the last step").arg(step.title));
            return;
        }
        toPhase = runbook.phases[other].id;
        toIndex = direction < 0 ? int(runbook.phases[other].steps.size()) : 0;
    }
    performRewrite(StepRewrite::move(place->first, place->second, step, toPhase, toIndex), step.id);
}

void ProcedureRewrites::moveSelectedStepUp()
{
    moveSelectedStep(-1);
}

void ProcedureRewrites::moveSelectedStepDown()
{
    moveSelectedStep(+1);
}

void ProcedureRewrites::undoRewrite()
{
    const DrillConsole::Batch batch(m_console);
    const QString text = m_rewrites->stack()->undoText();
    if (reportRewrite(m_rewrites->undo()))
        m_console->showMessage(tr("Undone: %1").arg(text), 6000);
}

void ProcedureRewrites::redoRewrite()
{
    const DrillConsole::Batch batch(m_console);
    const QString text = m_rewrites->stack()->redoText();
    if (reportRewrite(m_rewrites->redo()))
        m_console->showMessage(tr("Redone: %1").arg(text), 6000);
}

void ProcedureRewrites::reviewRewrites()
{
    DrillEngine *e = m_console->engine();
    DrillSession *session = m_console->session();
    if (!e || !session)
        return;
    auto *dialog =
        new ReviewRewritesDialog(e, &session->revisions(), m_console->runbookPath(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewRewritesDialog::saved, this, [this](const QString &path) {
        // A new drill of this runbook starts from what was saved.
        if (!path.isEmpty() && path == m_console->runbookPath()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                m_console->setRunbookFile(path, file.readAll());
        }
        m_console->showMessage(
            path.isEmpty()
                ? tr("Rewritten runbook stored as a new revision")
                : tr("Rewritten runbook saved to %1").arg(QDir::toNativeSeparators(path)),
            8000);
    });
    dialog->open();
}
