// One live rewrite on the console's undo stack: redo logs the change through the drill engine,
// undo logs its inverse (marked undo). RewriteUndoStack checks either is allowed beforehand.
#pragma once

#include "steprewrite.h"

#include <QUndoCommand>

class DrillEngine;
struct AppendResult;

class RewriteCommand : public QUndoCommand
{
public:
    RewriteCommand(DrillEngine *engine, const StepRewrite &rewrite);

    const StepRewrite &rewrite() const { return m_rewrite; }
    // What redo() and undo() log next.
    DrillEvent redoEvent() const;
    DrillEvent undoEvent() const;
    QString lastMessage() const { return m_lastMessage; } // of a refused or unsaved append

    void redo() override;
    void undo() override;

    // While set, redo() and undo() only move the command (the log holds them already): for a
    // stack rebuilt from the log of a resumed drill. Such a command has been done once.
    void setReplaying(bool replaying);

    static QString describe(const StepRewrite &rewrite);

private:
    void log(const StepRewrite &rewrite);

    DrillEngine *m_engine;
    StepRewrite m_rewrite;
    bool m_done = false; // redone once: later redos are marked undo
    bool m_replaying = false;
    QString m_lastMessage;
};
