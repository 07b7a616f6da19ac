#include "rewritehistory.h"

#include "drillevent.h"

RewriteHistory::RewriteHistory(const QList<DrillEvent> &events)
{
    // A change (not marked undo) drops what was undone after the current one and goes on top;
    // an undo takes back the current one; a redo (marked undo too) brings back the next.
    for (const DrillEvent &e : events) {
        if (!DrillEvent::isRewriteKind(e.kind))
            continue;
        const std::optional<StepRewrite> r = StepRewrite::fromEvent(e);
        Role role = Role::Change;
        if (!r) {
            m_roles.append(role);
            continue;
        }
        if (r->undo && m_applied > 0 && *r == m_changes[m_applied - 1].inverted()) {
            role = Role::Undo;
            --m_applied;
        } else if (r->undo && m_applied < m_changes.size()) {
            StepRewrite redone = m_changes[m_applied];
            redone.undo = true;
            if (*r == redone) {
                role = Role::Redo;
                ++m_applied;
            }
        }
        if (!r->undo) {
            m_changes.resize(m_applied);
            m_changes.append(*r);
            ++m_applied;
        }
        m_roles.append(role);
    }
}
