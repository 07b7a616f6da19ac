// The audit's half of the example database, written after its drills: the facilitators'
// sign-offs (one with reservations, one that a later edit of the record predates, the last
// tabletop drill still unsigned), action items closed with evidence in the next drill and two
// still open (one of them overdue), and the Jenkins runbook's next revision, saved by its
// production drill and never drilled since ("changed since its last drill").
#pragma once

#include "storeerror.h"

#include <QDate>
#include <QString>

class ActionItemStore;
class DrillStore;
class RunbookRevisionStore;

class DemoRecords
{
public:
    // The day the example data is seen from: the end of its second quarter. The programme
    // view and `drilldeck status --demo` count due and overdue drills from here.
    static QDate asOfDate() { return QDate(2025, 6, 30); }

    static StoreError write(DrillStore &drills, RunbookRevisionStore &revisions,
                            ActionItemStore &actionItems);
};
