// The console's undo stack of live rewrites (QUndoStack). A change, an undo and a redo are each
// an event in the drill's log, with its author and time; one the log would refuse (the step has
// run since, the drill ended) is refused here with the reason, and the stack does not move.
#pragma once

#include <QObject>

class DrillEngine;
class QUndoStack;
struct StepRewrite;

class RewriteUndoStack : public QObject
{
    Q_OBJECT
public:
    explicit RewriteUndoStack(QObject *parent = nullptr);
    ~RewriteUndoStack() override;

    // A new drill (or none) starts with an empty stack; a resumed one (after a restart, the
    // next morning) with the stack its log describes: its changes, undone ones redoable.
    void setEngine(DrillEngine *engine);
    QUndoStack *stack() const { return m_stack; }

    // Why the engine would refuse this rewrite now (the loader's diagnostics...), or empty.
    QString check(const StepRewrite &rewrite) const;
    // Each returns why nothing happened, or empty.
    QString perform(const StepRewrite &rewrite);
    QString undo();
    QString redo();

Q_SIGNALS:
    void changed();

private:
    void rebuildFromLog();

    DrillEngine *m_engine = nullptr;
    QUndoStack *m_stack;
};
