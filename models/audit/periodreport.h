// Every drill that started in a period [from, to] (whole UTC days, both ends included) across
// all runbooks, with each drill's action items: what the period report is composed from
// (PeriodReportComposer). The figures and sign-offs are derived from each drill's log on demand.
#pragma once

#include "drillsummary.h"
#include "signoff.h"
#include "storeresult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ActionItemStore;
class DrillStore;
class RunbookRevisionStore;

struct PeriodReport
{
    QDate from;
    QDate to;
    qint64 generatedMs = 0;
    QList<DrillSummary> drills; // started in the period, by start time; action items filled

    // The period's drills from the store: DrillHistory::load over every runbook, those started
    // in [from, to] kept, then their action items. Unfinished drills are measured at nowMs.
    static StoreResult<PeriodReport> load(const DrillStore &drills,
                                          const RunbookRevisionStore &revisions,
                                          const ActionItemStore &actionItems, QDate from, QDate to,
                                          qint64 nowMs);
    // The same from summaries already loaded (action items as they are in them).
    static PeriodReport of(const QList<DrillSummary> &summaries, QDate from, QDate to,
                           qint64 nowMs);

    // When the drill started (its first start event); -1 if it never started.
    static qint64 startedMs(const DrillSummary &drill);
    // Whether the drill started on a UTC day in [from, to].
    static bool inPeriod(const DrillSummary &drill, QDate from, QDate to);

    // How a drill did against its objectives.
    enum class Outcome {
        Met,          // ended, RTO met (or no target and restored), RPO met when measured
        Missed,       // ended: RTO or RPO missed, or the service not restored
        Aborted,      // aborted before restoring the service
        NoObjectives, // ended and restored; no RTO target was set
        NotEnded,     // still running or paused
    };
    static Outcome outcome(const DrillSummary &drill);
    static bool isMiss(Outcome outcome)
    {
        return outcome == Outcome::Missed || outcome == Outcome::Aborted;
    }
    // The RPO against its target: met, missed, or nothing to say (no figure or no target).
    static std::optional<bool> rpoMet(const DrillMetrics &metrics);

    // Who drove the drill: DriverRole::driversOf (the role "driver"); when nobody has
    // it, those whose role the runbook gives to steps.
    static QStringList drivers(const DrillSummary &drill);

    QStringList runbookIds() const; // sorted, each once
    QList<DrillSummary> drillsOf(const QString &runbookId) const;
};
