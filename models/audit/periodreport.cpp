#include "periodreport.h"

#include "actionitemstore.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "driverrole.h"
#include "runbookrevisionstore.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

qint64 PeriodReport::startedMs(const DrillSummary &drill)
{
    if (drill.metrics.startedMs >= 0)
        return drill.metrics.startedMs;
    // A revision that does not load has no metrics: the log still says when it started.
    for (const DrillEvent &e : drill.events)
        if (e.kind == DrillEvent::Kind::Started)
            return e.timeMs;
    return -1;
}

bool PeriodReport::inPeriod(const DrillSummary &drill, QDate from, QDate to)
{
    const qint64 started = startedMs(drill);
    if (started < 0)
        return false;
    const QDate day = QDateTime::fromMSecsSinceEpoch(started, Qt::UTC).date();
    return day >= from && day <= to;
}

PeriodReport PeriodReport::of(const QList<DrillSummary> &summaries, QDate from, QDate to,
                              qint64 nowMs)
{
    PeriodReport report;
    report.from = from;
    report.to = to;
    report.generatedMs = nowMs;
    for (const DrillSummary &s : summaries)
        if (inPeriod(s, from, to))
            report.drills.append(s);
    std::stable_sort(report.drills.begin(), report.drills.end(),
                     [](const DrillSummary &a, const DrillSummary &b) {
                         const qint64 sa = startedMs(a);
                         const qint64 sb = startedMs(b);
                         return sa != sb ? sa < sb : a.drill.id < b.drill.id;
                     });
    return report;
}

StoreResult<PeriodReport> PeriodReport::load(const DrillStore &drills,
                                             const RunbookRevisionStore &revisions,
                                             const ActionItemStore &actionItems, QDate from,
                                             QDate to, qint64 nowMs)
{
    auto all = DrillHistory::load(drills, revisions, {}, nowMs);
    if (!all)
        return all.error();
    PeriodReport report = of(all.value(), from, to, nowMs);
    for (DrillSummary &s : report.drills) {
        auto items = actionItems.items(s.drill.id);
        if (!items)
            return items.error();
        s.actionItems = items.value();
    }
    return report;
}

std::optional<bool> PeriodReport::rpoMet(const DrillMetrics &m)
{
    if (!m.rpoMs || m.rpoTargetMs <= 0)
        return std::nullopt;
    return DrillHistory::seconds(*m.rpoMs) * 1000 <= m.rpoTargetMs;
}

PeriodReport::Outcome PeriodReport::outcome(const DrillSummary &drill)
{
    const DrillMetrics &m = drill.metrics;
    if (!Drill::isEnded(m.state))
        return Outcome::NotEnded;
    const RtoStatus rto = m.rtoStatus();
    if (m.state == Drill::State::Aborted && !m.rtoMs)
        return Outcome::Aborted;
    if (rto == RtoStatus::Missed || rto == RtoStatus::NotRestored || rpoMet(m) == false)
        return Outcome::Missed;
    if (rto == RtoStatus::Met)
        return Outcome::Met;
    return m.rtoMs ? Outcome::NoObjectives : Outcome::Missed;
}

QStringList PeriodReport::drivers(const DrillSummary &drill)
{
    QStringList names = DriverRole::driversOf(drill.drill);
    if (!names.isEmpty())
        return names;
    const QList<QString> stepRoles = drill.stepRoles.values();
    const QSet<QString> roles(stepRoles.cbegin(), stepRoles.cend());
    for (const Participant &p : drill.drill.participants)
        if (roles.contains(p.role) && !names.contains(p.name))
            names << p.name;
    return names;
}

QStringList PeriodReport::runbookIds() const
{
    QStringList ids;
    for (const DrillSummary &s : drills)
        ids << s.drill.runbookId;
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

QList<DrillSummary> PeriodReport::drillsOf(const QString &runbookId) const
{
    QList<DrillSummary> out;
    for (const DrillSummary &s : drills)
        if (s.drill.runbookId == runbookId)
            out.append(s);
    return out;
}
