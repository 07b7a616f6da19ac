// One open DrillDeck database for the app: its lock, its stores, and the drill being run.
// Starting a drill stores the runbook's exact text as a revision; resuming one rebuilds the
// runbook from that revision, so a drill always runs the procedure it started with.
#pragma once

#include "actionitem.h"
#include "database.h"
#include "drill.h"
#include "storeresult.h"

#include <QHash>
#include <QObject>

#include <memory>

class ActionItemStore;
class DatabaseLock;
class DrillEngine;
class DrillStore;
class RunbookRevisionStore;
struct DrillEvent;
struct Runbook;

class DrillSession : public QObject
{
    Q_OBJECT
public:
    ~DrillSession() override;

    // Locks the file (a crashed instance's stale lock is taken over; a live one is an
    // error naming it), puts right what an interrupted restore left (see recoveryNote()),
    // checks and migrates it. A symbolic link opens (and locks) the file it points to.
    // inspection: Database::inspectInBackground(databasePath), started earlier, or empty.
    static StoreResult<std::unique_ptr<DrillSession>>
    open(const QString &databasePath, const std::shared_future<Database::Inspection> &inspection =
                                          std::shared_future<Database::Inspection>());

    QString databasePath() const;
    // What was done about an interrupted `drilldeck restore` found at open, for the user; empty
    // when there was none.
    QString recoveryNote() const { return m_recoveryNote; }
    DrillStore &drills() const { return *m_drills; }
    RunbookRevisionStore &revisions() const { return *m_revisions; }
    ActionItemStore &actionItems() const { return *m_actionItems; }

    StoreResult<QList<Drill>> unfinishedDrills() const;

    // Stores the revision and the drill (iteration assigned) and makes it current; the
    // engine is ready for start().
    StoreResult<DrillEngine *> createDrill(const QByteArray &runbookSource, const Runbook &runbook,
                                           const Drill &drill);
    // Makes a stored drill current again, with its own revision of the runbook.
    StoreResult<DrillEngine *> resumeDrill(qint64 drillId);
    // The previous drill's engine is deleted; nullptr when no drill is current.
    DrillEngine *engine() const { return m_engine; }
    void closeDrill();

    // Closes items carried over from earlier drills (done or dropped) at the start of drillId;
    // every one is tried, the first error is returned.
    StoreError closeActionItems(const QHash<qint64, ActionItem::Status> &closures, qint64 drillId);

    // For tests and tools: the clock every engine of this session uses (UTC ms).
    void setClock(std::function<qint64()> clock);

Q_SIGNALS:
    void engineChanged(DrillEngine *engine);
    // An action item was created or changed because of an observation (or closed).
    void actionItemsChanged();
    // An action-item observation is logged but its item could not be stored: say so.
    void actionItemFailed(const QString &message);

private:
    DrillSession();
    DrillEngine *install(std::unique_ptr<DrillEngine> engine);
    // Keeps the action items in step with the action-item observations of the drill.
    void followObservation(const DrillEvent &event);

    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DrillStore> m_drills;
    std::unique_ptr<RunbookRevisionStore> m_revisions;
    std::unique_ptr<ActionItemStore> m_actionItems;
    DrillEngine *m_engine = nullptr;
    std::function<qint64()> m_clock;
    QString m_recoveryNote;
};
