// One sign-off of a drill's record: who vouches for it, in which role, when, and with what
// statement or reservations. Stored as a signed-off event (a record kind: logged after the end);
// a record changed after a sign-off shows that the sign-off predates the change.
#pragma once

#include "drillevent.h"

#include <QList>
#include <QString>

#include <optional>

struct SignOff
{
    qint64 eventId = 0; // 0 until stored
    qint64 timeMs = 0;
    QString name;         // who signed: the event's author
    QString role;         // facilitator, observer, or a role of the runbook
    QString statement;    // e.g. "I observed this drill; the figures are correct."
    QString reservations; // not empty: signed with reservations
    // Events after this sign-off that changed the record it vouched for (an observation edited
    // or withdrawn, notes, scores, rewrites, a saved runbook, a command run): filled by of().
    int changesAfter = 0;

    bool withReservations() const { return !reservations.trimmed().isEmpty(); }
    bool predatesChanges() const { return changesAfter > 0; }
    bool operator==(const SignOff &) const = default;

    QString toPayload() const; // {"name", "role", "statement", "reservations"}
    static std::optional<SignOff> fromEvent(const DrillEvent &event);
    // The log's sign-offs in the order signed, each with the changes logged after it.
    static QList<SignOff> of(const QList<DrillEvent> &events);
    // Whether an event of this kind changes what a sign-off vouched for.
    static bool changesRecord(DrillEvent::Kind kind);
    // Why a signed-off event cannot be logged (no name or role, a name with control
    // characters, a statement or reservations too long), or empty. The end is DrillReplay's.
    static QString check(const DrillEvent &event);
    // "I observed this drill; the figures are correct.": what the dialog and the command offer.
    static QString defaultStatement();
};
