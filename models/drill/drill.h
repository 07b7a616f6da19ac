// One run of a runbook revision in an environment: who, which scenario, which iteration.
#pragma once

#include "participant.h"

#include <QList>
#include <QString>

#include <optional>

struct DrillEvent;

struct Drill
{
    // Derived from the event log, never stored: planned until `started`, then running or
    // paused, until `finished` or `aborted`.
    enum class State { Planned, Running, Paused, Finished, Aborted };
    // How the drill was run: by a team in the console, or by `drilldeck run` (a CI job).
    enum class RunKind { Hand, Automated };

    qint64 id = 0; // 0 until stored
    qint64 revisionId = 0;
    QString runbookId;
    QString environment;
    int iteration = 0; // 1, 2, 3... per runbook id and environment; assigned by DrillStore
    QString scenario;
    QString facilitator;
    QList<Participant> participants;
    std::optional<qint64> failureMs; // UTC ms; unset: the failure is the drill's start
    qint64 createdMs = 0;
    RunKind runKind = RunKind::Hand;

    bool operator==(const Drill &) const = default;

    static QString stateName(State state); // planned, running, paused, finished, aborted
    static State stateFromEvents(const QList<DrillEvent> &events);
    // Stored names: "hand", "automated"; an unknown name reads as Hand.
    static QString runKindName(RunKind kind);
    static RunKind runKindFromName(QStringView name);
    static bool isEnded(State state) { return state == State::Finished || state == State::Aborted; }
};
