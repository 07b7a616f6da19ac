// The Procedure menu: live rewrites of the running drill's procedure (issue 5): a step edited,
// inserted, removed or moved, each an event with its undo and redo, and the review that saves
// the rewritten runbook.
#pragma once

#include <QObject>

class ConsoleShortcuts;
class DrillConsole;
class DrillEngine;
class QMenu;
class QWidget;
class RewriteUndoStack;
struct StepRewrite;

class ProcedureRewrites : public QObject
{
    Q_OBJECT
public:
    ProcedureRewrites(DrillConsole *console, QObject *parent);

    // Fills the Procedure menu.
    void addTo(QMenu *procedure, ConsoleShortcuts &shortcuts);
    // The undo stack of the drill shown (none: empty).
    void setEngine(DrillEngine *engine);
    RewriteUndoStack *stack() const { return m_rewrites; }

    void editSelectedStep();
    void insertStepAfterSelected();
    void removeSelectedStep();
    void moveSelectedStepUp();
    void moveSelectedStepDown();
    void undoRewrite();
    void redoRewrite();
    void reviewRewrites();

private:
    QWidget *window() const;
    bool performRewrite(const StepRewrite &rewrite, const QString &focusAfter);
    bool reportRewrite(const QString &problem);
    void moveSelectedStep(int direction);

    DrillConsole *m_console;
    RewriteUndoStack *m_rewrites;
};
