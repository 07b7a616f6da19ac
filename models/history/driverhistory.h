// Who has driven which runbook: from the drills of the history, per runbook and person how many
// drills they drove and when last, the drills "driven by someone new" (a driver who never drove
// that runbook in an earlier drill), the runbooks only one person ever drove (a knowledge silo),
// and whom to suggest as the next driver. A driver is a participant with the role "driver"
// (Drill::drivers); drills that never started do not count. Plain values, computed once.
#pragma once

#include "drillsummary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class DriverHistory
{
public:
    // How often one person drove one runbook.
    struct Tally
    {
        int drills = 0;
        qint64 lastMs = -1; // when the last of them started; -1: never
        bool operator==(const Tally &) const = default;
    };
    // One drill that started, with its drivers and those of them who drove it for the first time.
    struct Driven
    {
        qint64 drillId = 0;
        QString runbookId;
        QString environment;
        int iteration = 0;
        qint64 startedMs = -1;
        QStringList drivers;
        QStringList newDrivers; // never drove this runbook in an earlier drill
        bool drivenBySomeoneNew() const { return !newDrivers.isEmpty(); }
        bool operator==(const Driven &) const = default;
    };
    // The person to ask to drive a runbook next, and why.
    struct Suggestion
    {
        QString name; // empty: nobody has driven anything yet
        Tally tally;  // of this runbook
        bool isValid() const { return !name.isEmpty(); }
        // "Ana has driven it 0 times", "Sam has driven it 2 times, last on 2025-03-12".
        QString why() const;
    };

    // The drills in any order; "earlier" is by start time (the drill id breaks ties).
    static DriverHistory of(const QList<DrillSummary> &drills);

    QStringList people() const;     // everyone seen driving any runbook, sorted
    QStringList runbookIds() const; // every runbook with a drill that started, sorted
    Tally tally(const QString &runbookId, const QString &person) const;
    // Who drove the runbook, sorted; one name: a single driver.
    QStringList driversOf(const QString &runbookId) const;
    bool singleDriver(const QString &runbookId) const { return driversOf(runbookId).size() == 1; }
    QStringList singleDriverRunbooks() const; // sorted
    // The runbook's drills that started, earliest first.
    QList<Driven> drillsOf(const QString &runbookId) const;
    // The drill as driven; drillId 0 when it is not in the history (never started).
    Driven drill(qint64 drillId) const;
    // For the runbook's next drill: among the people seen driving any runbook, the one who has
    // driven this one least; a tie goes to whoever drove it longest ago (never first), then by
    // name.
    Suggestion suggestDriver(const QString &runbookId) const;

private:
    QList<Driven> m_drills;                          // by start time
    QHash<QString, QHash<QString, Tally>> m_tallies; // runbook id -> person -> tally
    QStringList m_people;
    QStringList m_runbookIds;
};
