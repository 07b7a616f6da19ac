// A drill's live rewrites replayed as the console's undo stack saw them: which logged rewrite
// made a change, which undid the latest change and which redid it, and the changes that stand.
#pragma once

#include "steprewrite.h"

#include <QList>

struct DrillEvent;

class RewriteHistory
{
public:
    enum class Role { Change, Undo, Redo };

    explicit RewriteHistory(const QList<DrillEvent> &events);

    // One per rewrite event of the log, in its order. An event marked undo that takes back or
    // brings back no change of the stack (an incomplete one too) made a change of its own.
    const QList<Role> &roles() const { return m_roles; }
    // The stack, oldest first; the first applied() of them are in force, the rest redoable.
    const QList<StepRewrite> &changes() const { return m_changes; }
    qsizetype applied() const { return m_applied; }

private:
    QList<Role> m_roles;
    QList<StepRewrite> m_changes;
    qsizetype m_applied = 0;
};
