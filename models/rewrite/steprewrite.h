// One live change to a drill's procedure (edit, insert, remove or move a step), as the
// payload of a step-edited/-inserted/-removed/-moved event: enough to apply it and to invert it.
#pragma once

#include "drillevent.h"
#include "step.h"

#include <QJsonObject>

#include <optional>

struct StepRewrite
{
    enum class Kind { Edit, Insert, Remove, Move };

    Kind kind = Kind::Edit;
    QString phaseId;   // where the step is (edit, remove, move from) or goes (insert)
    int index = 0;     // its position in that phase's steps
    Step before;       // edit, remove, move: the step as it was
    Step after;        // edit, insert: the step as it becomes
    QString toPhaseId; // move: where it goes
    int toIndex = 0;   // move: its position there, counted once it is taken out
    bool undo = false; // an undo (or redo) of an earlier change, logged as a change of its own

    QString stepId() const { return kind == Kind::Insert ? after.id : before.id; }
    // The change that takes this one back (marked undo).
    StepRewrite inverted() const;

    DrillEvent::Kind eventKind() const;
    // The event to log (kind, step id, payload); time and author are the engine's.
    DrillEvent toEvent() const;
    // The rewrite an event carries; nullopt (and why, if asked) when it is not a complete one.
    static std::optional<StepRewrite> fromEvent(const DrillEvent &event, QString *why = nullptr);

    static StepRewrite edit(const QString &phaseId, int index, const Step &before,
                            const Step &after);
    static StepRewrite insert(const QString &phaseId, int index, const Step &step);
    static StepRewrite remove(const QString &phaseId, int index, const Step &step);
    static StepRewrite move(const QString &phaseId, int index, const Step &step,
                            const QString &toPhaseId, int toIndex);

    // A step as JSON with the format's key names (expected in seconds; "15m" is read too).
    static QJsonObject stepToJson(const Step &step);
    static Step stepFromJson(const QJsonObject &object);

    bool operator==(const StepRewrite &) const = default;
};
