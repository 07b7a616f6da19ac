// The console's keyboard actions in the order the menus add them: every one the cheat sheet (F1)
// lists and the projector window takes over, and which of them wait for a drill to be enabled.
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QMenu>

class ConsoleShortcuts
{
public:
    // A menu item whose keys work anywhere in its window (the projector's too, once it has them).
    template<typename Receiver>
    QAction *add(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                 Receiver *receiver, void (Receiver::*slot)())
    {
        QAction *action = menu->addAction(text, receiver, slot);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        m_actions.append(action);
        return action;
    }
    // An action with keys of its own (a context, a widget) to list with the others.
    void append(QAction *action) { m_actions.append(action); }
    // Disabled while no drill is open; returns action.
    QAction *needsDrill(QAction *action)
    {
        m_needDrill.append(action);
        return action;
    }
    QList<QAction *> actions() const { return m_actions; }
    // Those that need a drill follow whether one is open; F5 stays: without a drill it opens one.
    void setDrillOpen(bool open);

private:
    QList<QAction *> m_actions;
    QList<QAction *> m_needDrill;
};
