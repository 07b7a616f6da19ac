// Stores drills, their participants and their append-only event logs. Portable SQL only: what
// differs between databases goes through the StoreConnection's SqlDialect.
#pragma once

#include "drill.h"
#include "drillevent.h"
#include "eventattachment.h"
#include "storeresult.h"

#include <QHash>
#include <QList>

#include <memory>

class StoreConnection;
class QSqlQuery;

class DrillStore
{
public:
    struct Filter
    {
        QString runbookId;   // empty: any
        QString environment; // empty: any
    };

    explicit DrillStore(StoreConnection &database);
    ~DrillStore();
    DrillStore(const DrillStore &) = delete;
    DrillStore &operator=(const DrillStore &) = delete;

    StoreConnection &database() const { return m_database; }

    // Stores a new drill with its participants and returns it with its id and its iteration
    // (one more than the last of the same runbook id and environment), in one transaction.
    StoreResult<Drill> createDrill(const Drill &drill, qint64 createdMs);
    StoreResult<Drill> drill(qint64 id) const;
    // Ordered by runbook id, environment, iteration.
    StoreResult<QList<Drill>> drills(const Filter &filter = {}) const;
    // Drills that started and neither finished nor aborted: the ones to offer to resume.
    StoreResult<QList<Drill>> unfinishedDrills() const;

    // Appends one event, committed durably (synchronous=FULL) before it returns; returns its id.
    StoreResult<qint64> appendEvent(const DrillEvent &event);
    // The drill's log in the order it was written.
    StoreResult<QList<DrillEvent>> events(qint64 drillId) const;
    // The logs of every drill the filter selects, by drill id, in one query.
    StoreResult<QHash<qint64, QList<DrillEvent>>> eventsOfDrills(const Filter &filter = {}) const;
    StoreResult<qint64> eventCount(qint64 drillId) const;

    // Appends the event and its attachment in one transaction: both are stored or neither.
    // The attachment must have no problem() (checked again here). Returns the event's id.
    StoreResult<qint64> appendEvent(const DrillEvent &event, const EventAttachment &attachment);
    // The drill's attachments without their bytes (size and type only), in the order stored.
    StoreResult<QList<EventAttachment>> attachments(qint64 drillId) const;
    // One attachment with its bytes.
    StoreResult<EventAttachment> attachment(qint64 attachmentId) const;

private:
    StoreResult<QList<Drill>> selectDrills(const QString &where, const QVariantList &values) const;

    StoreConnection &m_database;
    std::unique_ptr<QSqlQuery> m_insertEvent; // prepared once, reused for every event
};
