#include "periodreportcomposer.h"

#include "drillhistory.h"
#include "drillreportcomposer.h"
#include "periodreport.h"
#include "signoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReportComposer)
};

using Outcome = PeriodReport::Outcome;

QString day(qint64 ms)
{
    return ms < 0 ? u"—"_s : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd"_s);
}

QString utc(qint64 ms)
{
    return ms < 0
               ? u"—"_s
               : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
}

QString titleOf(const DrillSummary &s)
{
    return s.runbookTitle.isEmpty() ? s.drill.runbookId : s.runbookTitle;
}

// "Rebuild Jenkins, test #3"
QString drillName(const DrillSummary &s)
{
    return Text::tr("%1, %2 #%3").arg(titleOf(s), s.drill.environment).arg(s.drill.iteration);
}

QString runKindText(Drill::RunKind kind)
{
    return kind == Drill::RunKind::Automated ? Text::tr("automated") : Text::tr("hand-run");
}

QString rtoCell(const DrillMetrics &m)
{
    if (m.rtoMs)
        return DrillReportComposer::span(*m.rtoMs);
    return m.rtoStatus() == RtoStatus::NotRestored ? Text::tr("not restored") : u"—"_s;
}

QString rtoResult(const DrillMetrics &m)
{
    switch (m.rtoStatus()) {
    case RtoStatus::Met:
        return Text::tr("met");
    case RtoStatus::Missed:
        return Text::tr("missed");
    case RtoStatus::NotRestored:
        return m.rtoTargetMs > 0 ? Text::tr("missed") : Text::tr("not restored");
    case RtoStatus::NoTarget:
        return Text::tr("no target");
    case RtoStatus::Running:
        return Text::tr("running");
    case RtoStatus::NotStarted:
        return Text::tr("not started");
    }
    return {};
}

QString rpoResult(const DrillMetrics &m)
{
    if (const std::optional<bool> met = PeriodReport::rpoMet(m))
        return *met ? Text::tr("met") : Text::tr("missed");
    if (m.rpoTargetMs <= 0)
        return Text::tr("no target");
    return Text::tr("not measured");
}

// "2h17m (1h)": the figure and its target in one cell.
QString againstTarget(const QString &figure, qint64 targetMs)
{
    return targetMs > 0 ? figure + u" ("_s + DrillReportComposer::span(targetMs) + u')' : figure;
}

// Why a drill counts as a miss, in one sentence.
QString missReason(const DrillSummary &s)
{
    const DrillMetrics &m = s.metrics;
    QStringList why;
    if (PeriodReport::outcome(s) == Outcome::Aborted)
        why << Text::tr("aborted before the service was restored");
    else if (m.rtoStatus() == RtoStatus::NotRestored || !m.rtoMs)
        why << Text::tr("the service was not restored");
    else if (m.rtoStatus() == RtoStatus::Missed)
        why << Text::tr("RTO %1 against a target of %2")
                   .arg(DrillReportComposer::span(*m.rtoMs),
                        DrillReportComposer::span(m.rtoTargetMs));
    if (PeriodReport::rpoMet(m) == false)
        why << Text::tr("RPO %1 against a target of %2")
                   .arg(DrillReportComposer::span(*m.rpoMs),
                        DrillReportComposer::span(m.rpoTargetMs));
    return why.join(u"; "_s);
}

// The item's closure as the auditor reads it: open (overdue since when), or done/dropped with
// when and the evidence.
QString closure(const ActionItem &a, const QDate &today)
{
    if (a.isOpen()) {
        const QDate due = QDate::fromString(a.dueDate, Qt::ISODate);
        if (due.isValid() && due < today)
            return Text::tr("open, overdue since %1").arg(a.dueDate);
        return Text::tr("open");
    }
    QString text = ActionItem::statusName(a.status);
    if (a.closedMs > 0)
        text += u' ' + day(a.closedMs);
    else if (a.closedInDrillId > 0)
        text += u' ' + Text::tr("(closed at the start of drill %1)").arg(a.closedInDrillId);
    return text;
}

QString evidence(const ActionItem &a)
{
    QStringList parts;
    if (!a.closingNote.trimmed().isEmpty())
        parts << oneLine(a.closingNote.trimmed());
    if (!a.closingLink.trimmed().isEmpty())
        parts << a.closingLink.trimmed();
    if (parts.isEmpty())
        return a.isOpen() ? u"—"_s : Text::tr("no evidence recorded");
    return parts.join(u" — "_s);
}

void addSummary(ReportDocument &doc, const PeriodReport &r)
{
    int met = 0, missed = 0, aborted = 0, noTarget = 0, notEnded = 0, automated = 0;
    int signedOff = 0, ended = 0, open = 0, overdue = 0, closed = 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(r.generatedMs, Qt::UTC).date();
    QStringList environments;
    for (const DrillSummary &s : r.drills) {
        for (const ActionItem &a : s.actionItems) {
            if (!a.isOpen()) {
                ++closed;
                continue;
            }
            ++open;
            const QDate due = QDate::fromString(a.dueDate, Qt::ISODate);
            if (due.isValid() && due < today)
                ++overdue;
        }
        switch (PeriodReport::outcome(s)) {
        case Outcome::Met:
            ++met;
            break;
        case Outcome::Missed:
            ++missed;
            break;
        case Outcome::Aborted:
            ++aborted;
            break;
        case Outcome::NoObjectives:
            ++noTarget;
            break;
        case Outcome::NotEnded:
            ++notEnded;
            break;
        }
        if (s.drill.runKind == Drill::RunKind::Automated)
            ++automated;
        // Sign-offs vouch for what people saw: automated runs are not expected to have one.
        if (Drill::isEnded(s.metrics.state) && s.drill.runKind == Drill::RunKind::Hand) {
            ++ended;
            if (!SignOff::of(s.events).isEmpty())
                ++signedOff;
        }
        if (!environments.contains(s.drill.environment))
            environments << s.drill.environment;
    }
    doc.facts({
        {Text::tr("Period"),
         PeriodReportComposer::periodText(r) + Text::tr(" (UTC, both days included)")},
        {Text::tr("Drills"), Text::tr("%1 (%2 hand-run, %3 automated)")
                                 .arg(r.drills.size())
                                 .arg(r.drills.size() - automated)
                                 .arg(automated)},
        {Text::tr("Runbooks"), QString::number(r.runbookIds().size())},
        {Text::tr("Environments"), environments.join(u", "_s)},
        {Text::tr("Objectives met"), QString::number(met)},
        {Text::tr("Objectives missed"), QString::number(missed)},
        {Text::tr("Aborted"), QString::number(aborted)},
        {Text::tr("No RTO target"), QString::number(noTarget)},
        {Text::tr("Not ended yet"), QString::number(notEnded)},
        {Text::tr("Signed off"),
         Text::tr("%1 of %2 ended hand-run drills").arg(signedOff).arg(ended)},
        {Text::tr("Action items"),
         Text::tr("%1 open (%2 overdue), %3 closed").arg(open).arg(overdue).arg(closed)},
        {Text::tr("Report generated"), utc(r.generatedMs)},
    });
    if (missed + aborted == 0)
        doc.paragraph(Text::tr("Every ended drill of the period met its objectives."), true);
    else
        doc.paragraph(Text::tr("%1 of %2 drills missed their objectives or were aborted; their "
                               "corrective actions are listed under “Misses and corrective "
                               "actions”.")
                          .arg(missed + aborted)
                          .arg(r.drills.size()),
                      true);
}

void addResults(ReportDocument &doc, const PeriodReport &r)
{
    doc.heading(Text::tr("Objectives and results"));
    QList<QStringList> rows;
    for (const DrillSummary &s : r.drills) {
        const DrillMetrics &m = s.metrics;
        rows.append(
            {day(PeriodReport::startedMs(s)), titleOf(s),
             Text::tr("%1 #%2").arg(s.drill.environment).arg(s.drill.iteration),
             runKindText(s.drill.runKind), againstTarget(rtoCell(m), m.rtoTargetMs), rtoResult(m),
             againstTarget(m.rpoMs ? DrillReportComposer::span(*m.rpoMs) : u"—"_s, m.rpoTargetMs),
             rpoResult(m)});
    }
    doc.paragraph(Text::tr("One row per drill, oldest first; each figure with its target in "
                           "brackets."));
    doc.table({Text::tr("Date"), Text::tr("Runbook"), Text::tr("Drill"), Text::tr("Run"),
               Text::tr("RTO (target)"), Text::tr("RTO"), Text::tr("RPO (target)"),
               Text::tr("RPO")},
              rows, 1);
}

void addTrends(ReportDocument &doc, const PeriodReport &r)
{
    doc.heading(Text::tr("Trends"));
    doc.paragraph(Text::tr("The RTO of each runbook's first and last drill in the period that "
                           "restored the service, and the charts of every drill."));
    QList<QStringList> rows;
    QStringList charted;
    for (const QString &id : r.runbookIds()) {
        const QList<DrillSummary> drills = r.drillsOf(id);
        const DrillSummary *first = nullptr;
        const DrillSummary *last = nullptr;
        int met = 0, ended = 0;
        for (const DrillSummary &s : drills) {
            if (s.metrics.rtoMs) {
                if (!first)
                    first = &s;
                last = &s;
            }
            if (Drill::isEnded(s.metrics.state)) {
                ++ended;
                if (PeriodReport::outcome(s) == Outcome::Met)
                    ++met;
            }
        }
        QString change = u"—"_s;
        if (first && last && first != last) {
            const qint64 delta = *last->metrics.rtoMs - *first->metrics.rtoMs;
            change = DrillReportComposer::signedSpan(delta) + u' ' +
                     (delta < 0   ? Text::tr("(faster)")
                      : delta > 0 ? Text::tr("(slower)")
                                  : QString());
        }
        rows.append({titleOf(drills.constFirst()), QString::number(drills.size()),
                     first ? DrillReportComposer::span(*first->metrics.rtoMs) + u" ("_s +
                                 day(PeriodReport::startedMs(*first)) + u')'
                           : u"—"_s,
                     last && last != first
                         ? DrillReportComposer::span(*last->metrics.rtoMs) + u" ("_s +
                               day(PeriodReport::startedMs(*last)) + u')'
                         : u"—"_s,
                     change.trimmed(), Text::tr("%1 of %2").arg(met).arg(ended)});
        if (first)
            charted << id;
    }
    doc.table({Text::tr("Runbook"), Text::tr("Drills"), Text::tr("First RTO"), Text::tr("Last RTO"),
               Text::tr("Change"), Text::tr("Met")},
              rows, 0);
    for (const QString &id : std::as_const(charted)) {
        const QList<DrillSummary> drills = r.drillsOf(id);
        doc.chart(PeriodReportComposer::trendChartId(id),
                  Text::tr("RTO of %1 per drill in the period, against its target")
                      .arg(titleOf(drills.constFirst())));
    }
}

void addMisses(ReportDocument &doc, const PeriodReport &r)
{
    doc.heading(Text::tr("Misses and corrective actions"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(r.generatedMs, Qt::UTC).date();
    int misses = 0, open = 0, withoutAction = 0;
    for (const DrillSummary &s : r.drills) {
        if (!PeriodReport::isMiss(PeriodReport::outcome(s)))
            continue;
        ++misses;
        doc.heading(Text::tr("%1, %2: %3")
                        .arg(drillName(s), day(PeriodReport::startedMs(s)), missReason(s)),
                    3);
        if (s.actionItems.isEmpty()) {
            ++withoutAction;
            doc.paragraph(Text::tr("No corrective action was recorded for this miss."), true);
            continue;
        }
        QList<QStringList> rows;
        for (const ActionItem &a : s.actionItems) {
            if (a.isOpen())
                ++open;
            rows.append({a.title, a.owner.isEmpty() ? u"—"_s : a.owner,
                         a.dueDate.isEmpty() ? u"—"_s : a.dueDate, closure(a, today), evidence(a)});
        }
        doc.table({Text::tr("Action"), Text::tr("Owner"), Text::tr("Due"), Text::tr("Status"),
                   Text::tr("Closing note and link")},
                  rows, 0);
    }
    if (misses == 0)
        doc.paragraph(Text::tr("No drill of the period missed its objectives."));
    else
        doc.paragraph(Text::tr("%1 misses; %2 corrective actions still open; %3 misses without "
                               "a corrective action.")
                          .arg(misses)
                          .arg(open)
                          .arg(withoutAction));
}

void addPeople(ReportDocument &doc, const PeriodReport &r)
{
    doc.heading(Text::tr("Who took part"));
    struct Person
    {
        int drills = 0;
        int drove = 0;
        QStringList roles;
        QStringList runbooks;
    };
    QMap<QString, Person> people;
    for (const DrillSummary &s : r.drills) {
        const QStringList drivers = PeriodReport::drivers(s);
        QStringList seen;
        for (const Participant &p : s.drill.participants) {
            if (seen.contains(p.name))
                continue;
            seen << p.name;
            Person &person = people[p.name];
            ++person.drills;
            if (drivers.contains(p.name))
                ++person.drove;
            if (!p.role.isEmpty() && !person.roles.contains(p.role))
                person.roles << p.role;
            if (!person.runbooks.contains(titleOf(s)))
                person.runbooks << titleOf(s);
        }
        // An automated run's facilitator is `drilldeck run`, not a person.
        if (s.drill.runKind == Drill::RunKind::Hand && !s.drill.facilitator.isEmpty() &&
            !seen.contains(s.drill.facilitator)) {
            Person &person = people[s.drill.facilitator];
            ++person.drills;
            const QString role = Text::tr("facilitator");
            if (!person.roles.contains(role))
                person.roles << role;
            if (!person.runbooks.contains(titleOf(s)))
                person.runbooks << titleOf(s);
        }
    }
    if (people.isEmpty()) {
        doc.paragraph(Text::tr("No participants were recorded."));
    } else {
        QList<QStringList> rows;
        for (auto it = people.cbegin(); it != people.cend(); ++it)
            rows.append({it.key(), QString::number(it->drills), QString::number(it->drove),
                         it->roles.join(u", "_s), it->runbooks.join(u", "_s)});
        doc.table({Text::tr("Person"), Text::tr("Drills"), Text::tr("Drove"), Text::tr("Roles"),
                   Text::tr("Runbooks")},
                  rows, 4);
    }

    doc.heading(Text::tr("Who drove each runbook"), 3);
    doc.paragraph(Text::tr("A driver is a participant with the role “driver”; in a drill without "
                           "one, a participant whose role the runbook gives to steps. Knowledge "
                           "is spread when more than one person drove a runbook."));
    QList<QStringList> rows;
    int single = 0;
    for (const QString &id : r.runbookIds()) {
        const QList<DrillSummary> drills = r.drillsOf(id);
        QMap<QString, int> drove;
        int automated = 0;
        for (const DrillSummary &s : drills) {
            if (s.drill.runKind == Drill::RunKind::Automated)
                ++automated;
            for (const QString &name : PeriodReport::drivers(s))
                ++drove[name];
        }
        QStringList names;
        for (auto it = drove.cbegin(); it != drove.cend(); ++it)
            names << Text::tr("%1 (%2)").arg(it.key()).arg(it.value());
        QString verdict;
        if (drove.isEmpty())
            verdict = Text::tr("no driver recorded");
        else if (drove.size() == 1) {
            verdict = Text::tr("one person only: not spread");
            ++single;
        } else
            verdict = Text::tr("spread over %1 people").arg(drove.size());
        rows.append({titleOf(drills.constFirst()),
                     automated > 0 ? Text::tr("%1 (%2 automated)").arg(drills.size()).arg(automated)
                                   : QString::number(drills.size()),
                     QString::number(drove.size()), names.isEmpty() ? u"—"_s : names.join(u", "_s),
                     verdict});
    }
    doc.table({Text::tr("Runbook"), Text::tr("Drills"), Text::tr("Drivers"), Text::tr("Who drove"),
               Text::tr("Knowledge")},
              rows, 3);
    if (single > 0)
        doc.paragraph(
            Text::tr("%1 runbooks were driven by one person only in the period.").arg(single),
            true);
}

void addSignOffs(ReportDocument &doc, const PeriodReport &r)
{
    doc.heading(Text::tr("Sign-offs"));
    QList<QStringList> rows;
    QStringList unsigned_;
    int predating = 0, automated = 0;
    for (const DrillSummary &s : r.drills) {
        const QList<SignOff> signOffs = SignOff::of(s.events);
        if (signOffs.isEmpty() && Drill::isEnded(s.metrics.state)) {
            if (s.drill.runKind == Drill::RunKind::Automated)
                ++automated;
            else
                unsigned_ << drillName(s);
        }
        for (const SignOff &o : signOffs) {
            QString statement = oneLine(o.statement);
            if (o.withReservations())
                statement += (statement.isEmpty() ? QString() : u" "_s) +
                             Text::tr("With reservations: %1").arg(oneLine(o.reservations));
            if (o.predatesChanges())
                ++predating;
            rows.append({drillName(s), o.name, o.role, utc(o.timeMs), statement,
                         o.predatesChanges()
                             ? Text::tr("predates %n later change(s)", nullptr, o.changesAfter)
                             : Text::tr("current")});
        }
    }
    if (rows.isEmpty())
        doc.paragraph(Text::tr("No drill of the period was signed off."), true);
    else
        doc.table({Text::tr("Drill"), Text::tr("Signed by"), Text::tr("Role"), Text::tr("When"),
                   Text::tr("Statement"), Text::tr("Record")},
                  rows, 4);
    if (predating > 0)
        doc.paragraph(Text::tr("%n sign-off(s) predate later changes to the drill's record: they "
                               "vouch for the record as it was when signed.",
                               nullptr, predating),
                      true);
    if (!unsigned_.isEmpty())
        doc.paragraph(Text::tr("Ended without a sign-off: %1.").arg(unsigned_.join(u"; "_s)));
    if (automated > 0)
        doc.paragraph(Text::tr("Automated runs are the record of a machine, not of people who "
                               "watched: %1 of them ended in the period without a sign-off, as "
                               "expected.")
                          .arg(automated));
}
} // namespace

QString PeriodReportComposer::trendChartId(const QString &runbookId)
{
    QString safe;
    for (const QChar c : runbookId)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.'
                    ? c
                    : u'_';
    return u"trend-"_s + safe;
}

QString PeriodReportComposer::periodText(const PeriodReport &report)
{
    return Text::tr("%1 to %2")
        .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
}

ReportDocument PeriodReportComposer::compose(const PeriodReport &report)
{
    ReportDocument doc;
    doc.title = Text::tr("Period report: %1").arg(periodText(report));
    doc.heading(doc.title, 1);
    if (report.drills.isEmpty()) {
        doc.paragraph(Text::tr("No drill started between %1 and %2 (UTC, both days included): "
                               "there is nothing to report for this period.")
                          .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)),
                      true);
        doc.facts({{Text::tr("Report generated"), utc(report.generatedMs)}});
        return doc;
    }
    addSummary(doc, report);
    addResults(doc, report);
    addTrends(doc, report);
    addMisses(doc, report);
    addPeople(doc, report);
    addSignOffs(doc, report);
    return doc;
}
