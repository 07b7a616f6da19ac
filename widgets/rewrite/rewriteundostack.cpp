#include "rewriteundostack.h"

#include "drillengine.h"
#include "rewritecommand.h"
#include "rewritehistory.h"
#include "steprewrite.h"

#include <QUndoStack>

namespace {
// Why the engine would refuse the event now, as append() would stamp it.
QString refusal(const DrillEngine *engine, DrillEvent event)
{
    event.drillId = engine->drill().id;
    event.timeMs = std::max<qint64>(engine->replay().lastTimeMs(), 1);
    return engine->check(event);
}
} // namespace

RewriteUndoStack::RewriteUndoStack(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &RewriteUndoStack::changed);
}

RewriteUndoStack::~RewriteUndoStack() = default;

void RewriteUndoStack::setEngine(DrillEngine *engine)
{
    m_engine = engine;
    m_stack->clear();
    if (m_engine)
        rebuildFromLog();
    Q_EMIT changed();
}

void RewriteUndoStack::rebuildFromLog()
{
    // The stack the log describes: its changes pushed without logging them again, and those
    // undone since undone again, without logging either.
    const RewriteHistory history(m_engine->committedEvents() + m_engine->pendingEvents());
    const QList<StepRewrite> &changes = history.changes();
    const qsizetype index = history.applied();
    QList<RewriteCommand *> commands;
    for (const StepRewrite &r : std::as_const(changes)) {
        auto *command = new RewriteCommand(m_engine, r);
        command->setReplaying(true);
        m_stack->push(command); // redo(): no event, the log has it
        commands.append(command);
    }
    m_stack->setIndex(int(index)); // undo() of the undone ones: no event either
    for (RewriteCommand *command : std::as_const(commands))
        command->setReplaying(false);
}

QString RewriteUndoStack::check(const StepRewrite &rewrite) const
{
    return m_engine ? refusal(m_engine, rewrite.toEvent()) : tr("no drill is open");
}

QString RewriteUndoStack::perform(const StepRewrite &rewrite)
{
    if (!m_engine)
        return tr("no drill is open");
    auto command = std::make_unique<RewriteCommand>(m_engine, rewrite);
    if (const QString why = refusal(m_engine, command->redoEvent()); !why.isEmpty())
        return why;
    RewriteCommand *pushed = command.get();
    m_stack->push(command.release()); // redo() logs it
    return pushed->lastMessage();
}

QString RewriteUndoStack::undo()
{
    if (!m_engine || !m_stack->canUndo())
        return tr("nothing to undo");
    const auto *command =
        static_cast<const RewriteCommand *>(m_stack->command(m_stack->index() - 1));
    if (const QString why = refusal(m_engine, command->undoEvent()); !why.isEmpty())
        return tr("cannot undo the %1: %2").arg(command->text(), why);
    m_stack->undo();
    return command->lastMessage();
}

QString RewriteUndoStack::redo()
{
    if (!m_engine || !m_stack->canRedo())
        return tr("nothing to redo");
    const auto *command = static_cast<const RewriteCommand *>(m_stack->command(m_stack->index()));
    if (const QString why = refusal(m_engine, command->redoEvent()); !why.isEmpty())
        return tr("cannot redo the %1: %2").arg(command->text(), why);
    m_stack->redo();
    return command->lastMessage();
}
