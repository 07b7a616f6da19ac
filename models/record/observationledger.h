// A drill's observations as they stand now: the log folded with its edits and deletions.
// The log itself never changes (observation-edited and observation-deleted events follow the
// original); the console, the history export and the report read the current state here.
#pragma once

#include "drillevent.h"

#include <QHash>
#include <QList>

class ObservationLedger
{
public:
    struct Observation
    {
        qint64 eventId = 0; // the original observation event: the observation's identity
        qint64 timeMs = 0;  // when it was first logged
        QString author;
        QString category;
        QString text;
        QString stepId;
        int edits = 0;        // observation-edited events applied
        qint64 changedMs = 0; // the last edit or the deletion; 0 when never changed
        bool deleted = false;
        QString deleteReason;

        bool operator==(const Observation &) const = default;
    };

    ObservationLedger() = default;
    explicit ObservationLedger(const QList<DrillEvent> &events);

    // Folds one event in (other kinds are ignored); returns the id of the observation it
    // created or changed, or 0.
    qint64 apply(const DrillEvent &event);
    // Why an observation-edited or observation-deleted event cannot apply (no such
    // observation, already deleted, bad fields), or empty. Other kinds: empty.
    QString check(const DrillEvent &event) const;

    // Every observation in the order logged, deleted ones included (flagged).
    const QList<Observation> &observations() const { return m_observations; }
    QList<Observation> current() const; // without the deleted ones
    const Observation *find(qint64 eventId) const;

    // The payloads of the change events, as the engine writes them.
    static QString editPayload(qint64 observationId, const QString &text, const QString &category,
                               const QString &author, const QString &stepId);
    static QString deletePayload(qint64 observationId, const QString &reason);
    static qint64 targetOf(const DrillEvent &event); // payload "observation", or 0

private:
    QList<Observation> m_observations;
    QHash<qint64, qsizetype> m_index; // event id -> position
};
