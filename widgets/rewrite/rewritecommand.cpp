#include "rewritecommand.h"

#include "drillengine.h"

#include <QCoreApplication>

RewriteCommand::RewriteCommand(DrillEngine *engine, const StepRewrite &rewrite)
    : m_engine(engine), m_rewrite(rewrite)
{
    setText(describe(rewrite));
}

QString RewriteCommand::describe(const StepRewrite &r)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("RewriteCommand", text); };
    switch (r.kind) {
    case StepRewrite::Kind::Edit:
        return tr("rewrite of “%1”").arg(r.after.title);
    case StepRewrite::Kind::Insert:
        return tr("insertion of “%1”").arg(r.after.title);
    case StepRewrite::Kind::Remove:
        return tr("removal of “%1”").arg(r.before.title);
    case StepRewrite::Kind::Move:
        return tr("move of “%1”").arg(r.before.title);
    }
    return {};
}

DrillEvent RewriteCommand::redoEvent() const
{
    StepRewrite r = m_rewrite;
    r.undo = m_done;
    return r.toEvent();
}

DrillEvent RewriteCommand::undoEvent() const
{
    return m_rewrite.inverted().toEvent();
}

void RewriteCommand::log(const StepRewrite &rewrite)
{
    const AppendResult result = m_engine->rewrite(rewrite);
    m_lastMessage = result.committed() ? QString() : result.message;
}

void RewriteCommand::setReplaying(bool replaying)
{
    m_replaying = replaying;
}

void RewriteCommand::redo()
{
    if (m_replaying) {
        m_done = true;
        return;
    }
    StepRewrite r = m_rewrite;
    r.undo = m_done;
    m_done = true;
    log(r);
}

void RewriteCommand::undo()
{
    if (m_replaying)
        return;
    log(m_rewrite.inverted());
}
