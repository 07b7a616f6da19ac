// The action items of drills (table action_items): created from action-item observations,
// given an owner, a due date and a status, and carried over to the next drill of the same
// runbook until closed there. Portable SQL only.
#pragma once

#include "actionitem.h"
#include "storeresult.h"

#include <QList>

class StoreConnection;

class ActionItemStore
{
public:
    explicit ActionItemStore(StoreConnection &database);

    // Checks and stores a new item (status open unless given); returns it with its id.
    StoreResult<ActionItem> create(const ActionItem &item, qint64 nowMs);
    StoreResult<ActionItem> item(qint64 id) const;
    // The drill's own items, in the order created.
    StoreResult<QList<ActionItem>> items(qint64 drillId) const;
    // The item made from an observation, if any.
    StoreResult<std::optional<ActionItem>> itemOfObservation(qint64 observationEventId) const;
    // Open items of earlier drills of the runbook (any environment), oldest first: what the
    // start of the next drill shows. "Earlier" is every drill of the runbook but exceptDrillId.
    StoreResult<QList<ActionItem>> openItemsBefore(const QString &runbookId,
                                                   qint64 exceptDrillId = 0) const;

    // Changes title, owner, due date and status (checked); the rest stays.
    StoreResult<ActionItem> update(const ActionItem &item, qint64 nowMs);
    // Closes an item (done or dropped), at the start of drill closedInDrillId (0: none), with
    // the evidence of what was done: a note and a link to the proof (http or https, checked);
    // both may be empty. Stamps closedMs.
    StoreResult<ActionItem> close(qint64 id, ActionItem::Status status, qint64 closedInDrillId,
                                  qint64 nowMs, const QString &note = {}, const QString &link = {});

    // Why the item cannot be stored (empty or long title, control characters in the owner,
    // a due date that is not yyyy-MM-dd), or empty.
    static QString problem(const ActionItem &item);
    // Why a closing note or link cannot be stored (longer than maxClosingLength, control
    // characters, a link that is not an http or https address with a host), or empty.
    static QString closingProblem(const QString &note, const QString &link);
    static constexpr qsizetype maxClosingLength = 2000;

private:
    // The item with its title and owner cleaned, or why it cannot be stored.
    static StoreResult<ActionItem> checked(const ActionItem &item);
    StoreResult<QList<ActionItem>> select(const QString &where, const QVariantList &values) const;

    StoreConnection &m_database;
};
