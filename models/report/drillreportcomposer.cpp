#include "drillreportcomposer.h"

#include "commandevidence.h"
#include "drillhistory.h"
#include "drillreport.h"
#include "driverhistory.h"
#include "driverrole.h"
#include "duration.h"
#include "evidencereport.h"
#include "reportmarkdown.h"
#include "rewritereport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DrillReportComposer)
};

QString utc(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
}

// The step as the drill left the procedure (a step inserted live is only there), else as the
// revision wrote it.
const Step *stepOf(const DrillReport &r, const QString &stepId)
{
    const Step *step = r.procedure.findStep(stepId);
    return step ? step : r.runbook.findStep(stepId);
}

QString automationOf(const DrillReport &r, const QString &stepId)
{
    const Step *step = stepOf(r, stepId);
    return step ? Step::automationName(step->automation) : QString();
}

// Why the step was last skipped.
QString skipReason(const QList<DrillEvent> &events, const QString &stepId)
{
    for (auto e = events.crbegin(); e != events.crend(); ++e)
        if (e->kind == DrillEvent::Kind::StepSkipped && e->stepId == stepId)
            return e->reason();
    return {};
}

// The step's last run of its command, if DrillDeck ran it.
std::optional<CommandEvidence> lastEvidence(const QList<DrillEvent> &events, const QString &stepId)
{
    for (auto e = events.crbegin(); e != events.crend(); ++e)
        if (e->kind == DrillEvent::Kind::CommandRun && e->stepId == stepId)
            return CommandEvidence::fromPayload(e->payloadObject());
    return std::nullopt;
}

// The role of the step and the people who played it in this drill.
QString whoOf(const DrillReport &r, const QString &stepId)
{
    const Step *step = stepOf(r, stepId);
    if (!step || step->role.isEmpty())
        return {};
    QStringList names;
    for (const Participant &p : r.drill.participants)
        if (p.role == step->role)
            names << p.name;
    return names.isEmpty() ? step->role : step->role + u" ("_s + names.join(u", "_s) + u')';
}

QString injectTitle(const Runbook &runbook, const QString &id)
{
    for (const Inject &i : runbook.injects)
        if (i.id == id)
            return i.title.isEmpty() ? id : i.title;
    return id;
}

// Whether the drill was driven by someone new: a driver who had not driven this runbook in an
// earlier drill (any environment). Empty when no driver was recorded.
QString drivenLine(const DrillReport &r)
{
    const QStringList drivers = DriverRole::driversOf(r.drill);
    if (drivers.isEmpty())
        return {};
    QList<DrillSummary> drills = r.history;
    if (std::none_of(drills.cbegin(), drills.cend(),
                     [&r](const DrillSummary &s) { return s.drill.id == r.drill.id; }))
        drills.append(r.summary());
    const DriverHistory history = DriverHistory::of(drills);
    QStringList newcomers = history.drill(r.drill.id).newDrivers;
    if (history.drill(r.drill.id).drillId == 0) // not started: against every drill there is
        for (const QString &name : drivers)
            if (history.tally(r.drill.runbookId, name).drills == 0)
                newcomers << name;
    if (!newcomers.isEmpty())
        return Text::tr("Driven by someone new: %1 drove this runbook for the first time.")
            .arg(newcomers.join(u", "_s));
    return Text::tr("Driven by %1, who had driven this runbook before.").arg(drivers.join(u", "_s));
}

void addHeader(ReportDocument &doc, const DrillReport &r)
{
    const DrillMetrics &m = r.metrics;
    doc.title = Text::tr("Drill report: %1, %2 #%3")
                    .arg(r.runbookTitle(), r.drill.environment)
                    .arg(r.drill.iteration);
    doc.heading(doc.title, 1);
    doc.facts({
        {Text::tr("Runbook"), r.runbook.id + u" — "_s + r.runbookTitle()},
        {Text::tr("Revision"), r.revision.shortHash() + u", "_s + utc(r.revision.createdMs)},
        {Text::tr("Service"), r.runbook.service.isEmpty() ? u"—"_s : r.runbook.service},
        {Text::tr("Environment"), r.drill.environment},
        {Text::tr("Iteration"), QString::number(r.drill.iteration)},
        {Text::tr("Drill"), QString::number(r.drill.id)},
        {Text::tr("Run"), r.drill.runKind == Drill::RunKind::Automated
                              ? Text::tr("Automated run (drilldeck run): only the steps with a "
                                         "command ran")
                              : Text::tr("Hand-run drill")},
        {Text::tr("Date"), utc(m.startedMs >= 0 ? m.startedMs : r.drill.createdMs)},
        {Text::tr("State"), Drill::stateName(m.state)},
        {Text::tr("Failure time"), utc(m.failureMs)},
        {Text::tr("Facilitator"), r.drill.facilitator.isEmpty() ? u"—"_s : r.drill.facilitator},
        {Text::tr("Report generated"), utc(r.generatedMs)},
    });
    doc.heading(Text::tr("Participants"));
    QList<QStringList> people;
    for (const Participant &p : r.drill.participants)
        people.append({p.name, p.role});
    if (people.isEmpty())
        doc.paragraph(Text::tr("No participants were recorded."));
    else
        doc.table({Text::tr("Name"), Text::tr("Role")}, people);
    if (const QString driven = drivenLine(r); !driven.isEmpty())
        doc.paragraph(driven);

    doc.heading(Text::tr("Scenario"));
    if (!r.scenarioRevealed())
        doc.paragraph(Text::tr("(hidden until the drill ends)"));
    else if (r.drill.scenario.trimmed().isEmpty())
        doc.paragraph(Text::tr("No scenario was recorded."));
    else // Markdown, as the console shows it
        doc.blocks.append(ReportMarkdown::blocks(r.drill.scenario, 3));
}

// A drill that ended without restoring the service has no RTO; it says why, and that this
// counts as a miss.
QString notRestoredLine(const DrillReport &r)
{
    const DrillMetrics &m = r.metrics;
    const StepMetrics *milestone = m.step(m.rtoMilestoneStepId);
    QString why;
    if (!milestone)
        why = Text::tr("the drill was aborted");
    else if (milestone->status == StepStatus::Skipped)
        why = Text::tr("“%1”, the step that marks the service restored, was skipped")
                  .arg(milestone->title);
    else
        why = Text::tr(
                  "the drill ended before “%1”, the step that marks the service restored, was done")
                  .arg(milestone->title);
    return m.rtoTargetMs > 0 ? Text::tr("RTO: not restored — RTO missed: %1; the target is %2.")
                                   .arg(why, DrillReportComposer::span(m.rtoTargetMs))
                             : Text::tr("RTO: not restored: %1; no target.").arg(why);
}

// The RTO in a table cell: the figure, "not restored", or "—" while there is none yet.
QString rtoCell(const DrillMetrics &m)
{
    if (m.rtoMs)
        return DrillReportComposer::span(*m.rtoMs);
    return m.rtoStatus() == RtoStatus::NotRestored ? Text::tr("not restored") : u"—"_s;
}

void addObjectives(ReportDocument &doc, const DrillReport &r)
{
    const DrillMetrics &m = r.metrics;
    doc.heading(Text::tr("Objectives"));
    doc.paragraph(m.rtoStatus() == RtoStatus::NotRestored
                      ? notRestoredLine(r)
                      : DrillReportComposer::objectiveLine(u"RTO"_s, m.rtoMs, m.rtoTargetMs),
                  true);
    doc.paragraph(DrillReportComposer::objectiveLine(u"RPO"_s, m.rpoMs, m.rpoTargetMs), true);
    doc.facts({
        {Text::tr("Wall time"), DrillReportComposer::span(m.wallMs)},
        {Text::tr("Active time"), DrillReportComposer::span(m.activeMs)},
        {Text::tr("Paused"), DrillReportComposer::span(m.pausedMs)},
        {Text::tr("Steps"), Text::tr("%1 done, %2 skipped, of %3")
                                .arg(m.doneSteps)
                                .arg(m.skippedSteps)
                                .arg(m.steps.size())},
        {Text::tr("Critical path"), DrillReportComposer::span(m.criticalPathMs)},
        {Text::tr("Hands-on"), DrillReportComposer::span(m.activeMs - m.waitingMs)},
        {Text::tr("Waiting on machines"), DrillReportComposer::span(m.waitingMs)},
    });
    QList<QStringList> decisions;
    if (m.notTakenSteps > 0)
        decisions.append({Text::tr("Steps not taken"), QString::number(m.notTakenSteps)});
    if (m.decisionMs > 0)
        decisions.append({Text::tr("Deciding"), DrillReportComposer::span(m.decisionMs)});
    if (!decisions.isEmpty())
        doc.facts(decisions);
}

// Each decision made (question, choice, who, how long), the decision time apart from the rest,
// and the steps of the branches not taken.
void addDecisions(ReportDocument &doc, const DrillReport &r)
{
    QList<const DrillEvent *> made;
    for (const DrillEvent &e : r.events)
        if (e.kind == DrillEvent::Kind::DecisionMade)
            made.append(&e);
    if (made.isEmpty())
        return;
    doc.heading(Text::tr("Decisions"));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < made.size(); ++i) {
        const DrillEvent &e = *made[i];
        const QJsonObject payload = e.payloadObject();
        const Step *step = stepOf(r, e.stepId);
        QString choice = Text::tr("%1 — %2")
                             .arg(payload.value(u"option"_s).toInt())
                             .arg(payload.value(u"label"_s).toString());
        if (payload.value(u"abort"_s).toBool())
            choice += u" "_s + Text::tr("(aborted the drill)");
        else if (const QString to = payload.value(u"goto"_s).toString(); !to.isEmpty())
            choice += u" → "_s + (stepOf(r, to) ? stepOf(r, to)->title : to);
        // Reopened and decided again: the latest decision counts.
        const bool superseded =
            std::any_of(made.cbegin() + i + 1, made.cend(),
                        [&e](const DrillEvent *later) { return later->stepId == e.stepId; });
        if (superseded)
            choice += u" "_s + Text::tr("(changed later)");
        rows.append({RewriteReport::clockTime(e.timeMs), step ? step->decision.question : e.stepId,
                     choice, e.author,
                     DrillReportComposer::span(payload.value(u"decisionMs"_s).toInteger())});
    }
    doc.table({Text::tr("Time"), Text::tr("Question"), Text::tr("Choice"), Text::tr("Who"),
               Text::tr("Took")},
              rows, 2);
    doc.paragraph(Text::tr("Deciding took %1 of the %2 of active time; it is reported apart, "
                           "and the steps not taken count neither as late nor as skipped.")
                      .arg(DrillReportComposer::span(r.metrics.decisionMs),
                           DrillReportComposer::span(r.metrics.activeMs)));
    QStringList notTaken;
    for (const StepMetrics &s : r.metrics.steps)
        if (s.status == StepStatus::NotTaken)
            notTaken << s.title;
    if (!notTaken.isEmpty())
        doc.paragraph(Text::tr("Not taken: %1.").arg(notTaken.join(u"; "_s)));
}

// Each step's time and the drill's split into hands-on work and waiting on machines: steps
// that mostly wait want faster machines or bandwidth, hands-on ones automation.
void addHandsOnAndWaiting(ReportDocument &doc, const DrillReport &r)
{
    if (!DrillReportComposer::hasWaiting(r))
        return;
    const DrillMetrics &m = r.metrics;
    doc.heading(Text::tr("Hands-on and waiting"));
    const auto share = [](qint64 part, qint64 whole) {
        return whole > 0 ? Text::tr("%1 %").arg(qRound(100.0 * double(part) / double(whole)))
                         : u"—"_s;
    };
    doc.paragraph(Text::tr("Of %1 active time, %2 was hands-on work and %3 (%4) only waiting on "
                           "machines, when every running step waited.")
                      .arg(DrillReportComposer::span(m.activeMs),
                           DrillReportComposer::span(m.activeMs - m.waitingMs),
                           DrillReportComposer::span(m.waitingMs), share(m.waitingMs, m.activeMs)),
                  true);
    QList<QStringList> rows;
    for (const StepMetrics &s : m.steps) {
        if (s.actualMs <= 0)
            continue;
        const Step *step = r.procedure.findStep(s.stepId);
        if (!step)
            step = r.runbook.findStep(s.stepId);
        rows.append({s.title + (step && step->waitsOnMachine ? u" ◷"_s : QString()),
                     DrillReportComposer::span(s.actualMs),
                     DrillReportComposer::span(s.actualMs - s.waitingMs),
                     DrillReportComposer::span(s.waitingMs), share(s.waitingMs, s.actualMs)});
    }
    doc.table({Text::tr("Step"), Text::tr("Actual"), Text::tr("Hands-on"), Text::tr("Waiting"),
               Text::tr("Waiting share")},
              rows, 0);
    doc.paragraph(Text::tr("◷ a step marked “wait: true”: all of its time is waiting on a machine. "
                           "Other steps wait from W (\"now we only wait\") until W again or "
                           "their end. Mostly waiting: faster machines or more bandwidth help; "
                           "mostly hands-on: automation helps."));
    doc.chart(DrillReportComposer::handsOnWaitingChartId(),
              Text::tr("Hands-on and waiting time per step of drill %1").arg(r.drill.id));
}

// One table per phase, under the phase's title: steps are numbered through the runbook.
void addSteps(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Steps"));
    const QStringList header = {Text::tr("#"),          Text::tr("Step"),  Text::tr("Planned"),
                                Text::tr("Actual"),     Text::tr("Delta"), Text::tr("Who"),
                                Text::tr("Automation"), Text::tr("Status")};
    QList<QStringList> rows;
    const Phase *current = nullptr;
    int n = 0;
    auto flush = [&] {
        if (rows.isEmpty())
            return;
        doc.heading(current ? current->title : Text::tr("Steps outside the runbook's phases"), 3);
        doc.table(header, rows, 1);
        rows.clear();
    };
    // Phases as the drill left the procedure: a step inserted live sits in its phase.
    const Runbook &procedure = r.procedure.phases.isEmpty() ? r.runbook : r.procedure;
    for (const StepMetrics &s : r.metrics.steps) {
        const Phase *phase = procedure.phaseOfStep(s.stepId);
        if (phase != current) {
            flush();
            current = phase;
        }
        // A skipped step was not done early: no delta, and its status says why it was skipped.
        const bool skipped = s.status == StepStatus::Skipped;
        const bool measured = s.status == StepStatus::Done || s.actualMs > 0;
        QString status = Drill::isEnded(r.metrics.state) && stepIsActive(s.status)
                             ? u"unfinished"_s // still running when it ended: not "now"
                             : stepStatusName(s.status);
        if (skipped && !skipReason(r.events, s.stepId).isEmpty())
            status += u": "_s + oneLine(skipReason(r.events, s.stepId));
        else if (const auto evidence = lastEvidence(r.events, s.stepId);
                 evidence && !evidence->passed())
            status += u"; "_s + Text::tr("its command %1").arg(evidence->summary());
        rows.append({QString::number(++n), s.title + (s.critical ? u" ●"_s : QString()),
                     s.expectedMs > 0 ? DrillReportComposer::span(s.expectedMs) : u"—"_s,
                     measured ? DrillReportComposer::span(s.actualMs) : u"—"_s,
                     s.expectedMs > 0 && measured && !skipped
                         ? DrillReportComposer::signedSpan(s.latenessMs)
                         : u"—"_s,
                     whoOf(r, s.stepId), automationOf(r, s.stepId), status});
    }
    flush();
    doc.paragraph(
        Text::tr("● on the critical path. Delta: actual minus planned; pauses are left out "
                 "of step times."));
}

void addTimeline(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Timeline"));
    const qint64 start = r.metrics.startedMs;
    QList<QStringList> rows;
    auto add = [&](const DrillEvent &e, const QString &what, const QString &detail) {
        rows.append({RewriteReport::clockTime(e.timeMs),
                     start >= 0 ? Duration::formatClock(e.timeMs - start) : QString(), what,
                     e.author, oneLine(detail)});
    };
    auto stepTitle = [&r](const QString &id) {
        const Step *s = r.runbook.findStep(id);
        return s ? s->title : id;
    };
    // The observations as they stand, by the event that logged them (deleted ones are not
    // there): one look-up per event, not a scan of every observation.
    QHash<qint64, const ObservationLedger::Observation *> observations;
    observations.reserve(r.observations.size());
    for (const ObservationLedger::Observation &o : r.observations)
        observations.insert(o.eventId, &o);
    rows.reserve(r.events.size());
    // The rewrites are the log's rewrite events, in its order: an undo or a redo says so.
    QList<RewriteHistory::Role> roles;
    for (const DrillReport::Rewrite &w : r.rewrites)
        roles.append(w.role);
    qsizetype rewrite = 0;
    for (const DrillEvent &e : r.events) {
        switch (e.kind) {
        case DrillEvent::Kind::Started:
            add(e, Text::tr("Drill started"), {});
            break;
        case DrillEvent::Kind::Paused:
            add(e, Text::tr("Paused"), e.reason());
            break;
        case DrillEvent::Kind::Resumed:
            add(e, Text::tr("Resumed"), {});
            break;
        case DrillEvent::Kind::InjectRevealed:
            add(e, Text::tr("Inject"), injectTitle(r.runbook, e.injectId()));
            break;
        case DrillEvent::Kind::Observation:
            if (const ObservationLedger::Observation *o = observations.value(e.id)) {
                DrillEvent shown = e;
                shown.author = o->author;
                add(shown,
                    o->category == u"note" ? Text::tr("Observation")
                                           : Text::tr("Observation (%1)").arg(o->category),
                    o->text + (o->edits > 0 ? Text::tr(" (edited)") : QString()));
            }
            break;
        case DrillEvent::Kind::StepSkipped:
            add(e, Text::tr("Step skipped"), stepTitle(e.stepId) + u": "_s + e.reason());
            break;
        case DrillEvent::Kind::StepBlocked:
            add(e, Text::tr("Step blocked"), stepTitle(e.stepId) + u": "_s + e.reason());
            break;
        case DrillEvent::Kind::StepUnblocked:
            add(e, Text::tr("Step unblocked"), stepTitle(e.stepId));
            break;
        case DrillEvent::Kind::StepReopened:
            add(e, Text::tr("Step reopened"), stepTitle(e.stepId));
            break;
        case DrillEvent::Kind::StepDone: {
            const Step *s = r.runbook.findStep(e.stepId);
            if (s && s->isServiceRestored())
                add(e, Text::tr("Service restored"), s->title);
            break;
        }
        case DrillEvent::Kind::DataRestoredAt:
            add(e, Text::tr("Restored data is from"),
                e.dataTimeMs() ? utc(*e.dataTimeMs()) : QString());
            break;
        case DrillEvent::Kind::StepEdited:
        case DrillEvent::Kind::StepInserted:
        case DrillEvent::Kind::StepRemoved:
        case DrillEvent::Kind::StepMoved:
            add(e, Text::tr("Step %1").arg(RewriteReport::label(e.kind, roles.value(rewrite++))),
                stepTitle(e.stepId));
            break;
        case DrillEvent::Kind::Finished:
            add(e, Text::tr("Drill finished"), {});
            break;
        case DrillEvent::Kind::Aborted:
            add(e, Text::tr("Drill aborted"), e.reason());
            break;
        case DrillEvent::Kind::CommandRun:
            if (const auto evidence = CommandEvidence::fromPayload(e.payloadObject()))
                add(e, Text::tr("Command run"),
                    stepTitle(e.stepId) + u": "_s + evidence->summary());
            break;
        case DrillEvent::Kind::DecisionMade:
            if (const Step *s = stepOf(r, e.stepId))
                add(e, Text::tr("Decision made"),
                    s->decision.question + u" → "_s +
                        e.payloadObject().value(u"label"_s).toString());
            break;
        default:
            break;
        }
    }
    doc.table({Text::tr("Time (UTC)"), Text::tr("Elapsed"), Text::tr("What"), Text::tr("Who"),
               Text::tr("Detail")},
              rows, 4);
}

// How an item was closed: when, what was done and the link to the proof; "—" while open.
QString closure(const DrillReport::ActionItem &a)
{
    if (a.status == ActionItem::statusName(ActionItem::Status::Open))
        return u"—"_s;
    QStringList parts;
    if (a.closedMs > 0)
        parts << utc(a.closedMs);
    if (!a.closingNote.isEmpty())
        parts << oneLine(a.closingNote);
    if (!a.closingLink.isEmpty())
        parts << a.closingLink;
    return parts.isEmpty() ? Text::tr("closed without a note") : parts.join(u" — "_s);
}

void addActionItems(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Action items"));
    if (r.actionItems.isEmpty()) {
        doc.paragraph(Text::tr("No action items were recorded."));
        return;
    }
    QList<QStringList> rows;
    for (const DrillReport::ActionItem &a : r.actionItems)
        rows.append({QString::number(a.id), a.title, a.owner,
                     a.dueDate.isEmpty() ? u"—"_s : a.dueDate, a.status, closure(a),
                     oneLine(a.observation)});
    doc.table({Text::tr("#"), Text::tr("Action"), Text::tr("Owner"), Text::tr("Due"),
               Text::tr("Status"), Text::tr("Closed (evidence)"), Text::tr("From observation")},
              rows, 1);
}

void addSignOffs(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Sign-offs"));
    if (r.signOffs.isEmpty()) {
        doc.paragraph(Drill::isEnded(r.metrics.state)
                          ? Text::tr("Nobody has signed this drill off yet.")
                          : Text::tr("A drill is signed off once it has ended."));
        return;
    }
    QList<QStringList> rows;
    for (const SignOff &s : r.signOffs) {
        QString statement = oneLine(s.statement);
        if (s.withReservations())
            statement = (statement.isEmpty() ? QString() : statement + u" "_s) +
                        Text::tr("With reservations: %1").arg(oneLine(s.reservations));
        rows.append({s.name, s.role, utc(s.timeMs), statement.isEmpty() ? u"—"_s : statement,
                     s.predatesChanges()
                         ? Text::tr("predates later changes: %1").arg(s.changesAfter)
                         : Text::tr("unchanged since")});
    }
    doc.table({Text::tr("Who"), Text::tr("Role"), Text::tr("When"), Text::tr("Statement"),
               Text::tr("Record since")},
              rows, 3);
    const qsizetype stale = std::count_if(r.signOffs.cbegin(), r.signOffs.cend(),
                                          [](const SignOff &s) { return s.predatesChanges(); });
    if (stale > 0)
        doc.paragraph(Text::tr("Sign-offs that predate later changes to the record: %1 of %2. "
                               "What was signed is not all of what this report shows.")
                          .arg(stale)
                          .arg(r.signOffs.size()),
                      true);
}

void addScorecard(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Scorecard"));
    if (r.scores.isEmpty()) {
        doc.paragraph(Text::tr("The runbook names no evaluation criteria and nothing was scored."));
        return;
    }
    QList<QStringList> rows;
    for (const DrillReport::Score &s : r.scores)
        rows.append({s.criterion, s.score > 0 ? u"%1/5"_s.arg(s.score) : Text::tr("not scored"),
                     oneLine(s.comment), s.author});
    doc.table({Text::tr("Criterion"), Text::tr("Score"), Text::tr("Comment"), Text::tr("By")}, rows,
              2);
}

void addComparison(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Compared with the previous iteration"));
    if (!r.previous) {
        doc.paragraph(Text::tr("This is the first ended drill of this runbook in %1.")
                          .arg(r.drill.environment));
        return;
    }
    const DrillMetrics &a = r.previous->metrics;
    const DrillMetrics &b = r.metrics;
    auto optional = [](std::optional<qint64> ms) {
        return ms ? DrillReportComposer::span(*ms) : u"—"_s;
    };
    auto change = [](std::optional<qint64> before, std::optional<qint64> after) {
        return before && after ? DrillReportComposer::signedSpan(*after - *before) : u"—"_s;
    };
    const QString prev = u"#%1"_s.arg(r.previous->drill.iteration);
    const QString self = u"#%1"_s.arg(r.drill.iteration);
    doc.paragraph(Text::tr("Drill %1 (iteration %2, %3) against drill %4 (iteration %5, %6).")
                      .arg(r.drill.id)
                      .arg(r.drill.iteration)
                      .arg(utc(b.startedMs))
                      .arg(r.previous->drill.id)
                      .arg(r.previous->drill.iteration)
                      .arg(utc(a.startedMs)));
    doc.table(
        {Text::tr("Measure"), prev, self, Text::tr("Change")},
        {{Text::tr("RTO"), rtoCell(a), rtoCell(b), change(a.rtoMs, b.rtoMs)},
         {Text::tr("RPO"), optional(a.rpoMs), optional(b.rpoMs), change(a.rpoMs, b.rpoMs)},
         {Text::tr("Wall time"), DrillReportComposer::span(a.wallMs),
          DrillReportComposer::span(b.wallMs), change(a.wallMs, b.wallMs)},
         {Text::tr("Active time"), DrillReportComposer::span(a.activeMs),
          DrillReportComposer::span(b.activeMs), change(a.activeMs, b.activeMs)},
         {Text::tr("Steps done"), QString::number(a.doneSteps), QString::number(b.doneSteps),
          QString::number(b.doneSteps - a.doneSteps)},
         {Text::tr("Steps skipped"), QString::number(a.skippedSteps),
          QString::number(b.skippedSteps), QString::number(b.skippedSteps - a.skippedSteps)}});
    QList<QStringList> rows;
    for (const StepMetrics &s : b.steps) {
        const StepMetrics *before = a.step(s.stepId);
        rows.append({s.title, before ? DrillReportComposer::span(before->actualMs) : u"—"_s,
                     DrillReportComposer::span(s.actualMs),
                     before ? DrillReportComposer::signedSpan(s.actualMs - before->actualMs)
                            : Text::tr("new")});
    }
    doc.table({Text::tr("Step"), prev, self, Text::tr("Change")}, rows, 0);
}

void addCharts(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Charts"));
    doc.chart(DrillReportComposer::timelineChartId(),
              Text::tr("Timeline of drill %1: steps from the start, critical path in red; pauses, "
                       "injects and observations marked")
                  .arg(r.drill.id));
    doc.chart(DrillReportComposer::trendChartId(),
              Text::tr("RTO per iteration of %1, one line per environment, against the target")
                  .arg(r.runbook.id));
}
} // namespace

QString DrillReportComposer::span(qint64 ms)
{
    return Duration::format(DrillHistory::seconds(std::max<qint64>(ms, 0)));
}

QString DrillReportComposer::signedSpan(qint64 ms)
{
    const qint64 s = DrillHistory::seconds(ms);
    if (s == 0)
        return u"±0s"_s;
    return (s > 0 ? u"+"_s : u"-"_s) + Duration::format(s > 0 ? s : -s);
}

QString DrillReportComposer::objectiveLine(const QString &name, std::optional<qint64> achievedMs,
                                           qint64 targetMs)
{
    if (!achievedMs)
        return targetMs > 0 ? Text::tr("%1 not achieved or not recorded; the target is %2.")
                                  .arg(name, span(targetMs))
                            : Text::tr("%1 not achieved or not recorded; no target.").arg(name);
    if (targetMs <= 0)
        return Text::tr("%1 %2; no target.").arg(name, span(*achievedMs));
    const qint64 achieved = DrillHistory::seconds(*achievedMs) * 1000;
    if (achieved <= targetMs)
        return Text::tr("%1 %2 against a target of %3: met, %4 to spare.")
            .arg(name, span(achieved), span(targetMs), span(targetMs - achieved));
    return Text::tr("%1 %2 against a target of %3: missed by %4.")
        .arg(name, span(achieved), span(targetMs), span(achieved - targetMs));
}

bool DrillReportComposer::hasWaiting(const DrillReport &report)
{
    if (report.metrics.waitingMs > 0)
        return true;
    return std::any_of(report.metrics.steps.cbegin(), report.metrics.steps.cend(),
                       [](const StepMetrics &s) { return s.waitingMs > 0; });
}

ReportDocument DrillReportComposer::compose(const DrillReport &report)
{
    ReportDocument doc;
    addHeader(doc, report);
    addObjectives(doc, report);
    addSteps(doc, report);
    addDecisions(doc, report);
    addHandsOnAndWaiting(doc, report);
    EvidenceReport::addEvidence(doc, report);
    addTimeline(doc, report);
    RewriteReport::addNetChanges(doc, report);
    addActionItems(doc, report);
    addScorecard(doc, report);
    addSignOffs(doc, report);
    addComparison(doc, report);
    addCharts(doc, report);
    RewriteReport::addHistory(doc, report);
    return doc;
}
