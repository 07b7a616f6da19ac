#include "demorecords.h"

#include "actionitemstore.h"
#include "drillstore.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "runbookwriter.h"
#include "signoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoRecords)
};

constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;

// An action item raised in one drill and, when closedIn is set, closed in a later one.
struct PlannedItem
{
    QString runbookId;
    QString environment;
    int raisedIn = 1; // the nth hand-run drill of the runbook in the environment
    QString title;
    QString owner;
    int dueAfterDays = 14; // after the drill that raised it
    int closedIn = 0;      // the nth hand-run drill there; 0: still open
    QString closingNote;
    QString closingLink;
};

QList<PlannedItem> plannedItems()
{
    return {
        {u"data-gather-restore"_s, u"test"_s, 1,
         u"Write down where the reports DB credentials live"_s, u"Aylin"_s, 14, 2,
         u"The vault path is now in the step's instructions."_s,
         u"https://git.example.com/dr/runbooks/-/merge_requests/41"_s},
        {u"jenkins-rebuild"_s, u"test"_s, 1, u"Remove the stale pid file before restoring"_s,
         u"Priya"_s, 7, 2, u"The restore script deletes jenkins.pid first."_s,
         u"https://tickets.example.com/browse/OPS-1182"_s},
        {u"jenkins-rebuild"_s,
         u"production"_s,
         1,
         u"Bake the Jenkins AMI every night"_s,
         u"Sam"_s,
         125,
         0,
         {},
         {}},
        {u"datacenter-failover"_s, u"staging"_s, 1, u"Refresh the spare firewall rules monthly"_s,
         u"Noor"_s, 21, 2, u"A monthly job copies the rules to the spare firewall."_s,
         u"https://tickets.example.com/browse/NET-310"_s},
        {u"mysql-backup-verification"_s, u"production"_s, 1,
         u"Route the backup job's pager to the on-call rotation"_s, u"Omar"_s, 10, 2,
         u"Alert routing changed; tested with a failed job."_s,
         u"https://tickets.example.com/browse/OPS-1207"_s},
        {u"tabletop-failure-levels"_s,
         u"tabletop"_s,
         1,
         u"Name who decides level 3 when the CTO is unreachable"_s,
         u"Kim"_s,
         30,
         0,
         {},
         {}},
    };
}

struct EndedDrill
{
    Drill drill;
    QList<DrillEvent> events;
    qint64 endMs = 0;
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The Jenkins runbook as its production drill left it: the missing step inserted.
StoreResult<RunbookRevision> savedJenkinsRevision(RunbookRevisionStore &revisions,
                                                  const RunbookRevision &drilled, qint64 atMs)
{
    const RunbookLoadResult loaded = RunbookLoader::loadText(drilled.yaml.toUtf8(), {});
    if (!loaded.ok() || loaded.runbook->phases.isEmpty())
        return StoreError::make(StoreError::Code::NotFound,
                                Text::tr("the Jenkins sample runbook does not load"));
    Runbook rb = *loaded.runbook;
    Step check;
    check.id = u"check-agent-keys"_s;
    check.title = u"Check that the build agents' SSH keys were restored"_s;
    check.instructions = u"Run a build on each agent label; a failing checkout means the key "
                         "is missing from the restored home."_s;
    check.expectedSeconds = 10 * 60;
    rb.phases.last().steps.append(check);
    const QByteArray yaml = RunbookWriter::toYaml(rb, drilled.yaml.toUtf8());
    return revisions.addRevision(yaml, rb.id, rb.title, atMs);
}
} // namespace

StoreError DemoRecords::write(DrillStore &drills, RunbookRevisionStore &revisions,
                              ActionItemStore &actionItems)
{
    auto all = drills.drills();
    if (!all)
        return all.error();
    auto logs = drills.eventsOfDrills();
    if (!logs)
        return logs.error();
    // The ended hand-run drills, by runbook, environment and iteration.
    QHash<QString, EndedDrill> ended;
    QHash<QString, int> handRuns;
    auto key = [](const QString &runbook, const QString &env, int iteration) -> QString {
        return runbook + u'/' + env + u'/' + QString::number(iteration);
    };
    for (const Drill &d : std::as_const(all.value())) {
        if (d.runKind != Drill::RunKind::Hand)
            continue;
        const QList<DrillEvent> events = logs->value(d.id);
        if (events.isEmpty() || !Drill::isEnded(Drill::stateFromEvents(events)))
            continue;
        // Counted among the hand-run drills: the nightly runs share the iterations.
        const int nth = ++handRuns[d.runbookId + u'/' + d.environment];
        ended.insert(key(d.runbookId, d.environment, nth), {d, events, events.constLast().timeMs});
    }

    auto append = [&](const EndedDrill &d, qint64 timeMs, const QString &author,
                      DrillEvent::Kind kind, const QString &payload) -> StoreResult<qint64> {
        DrillEvent e;
        e.drillId = d.drill.id;
        e.timeMs = timeMs;
        e.author = author;
        e.kind = kind;
        e.payload = payload;
        return drills.appendEvent(e);
    };

    // The Jenkins production drill saved its rewritten runbook as the next revision.
    const QString jenkinsProduction = key(u"jenkins-rebuild"_s, u"production"_s, 1);
    if (ended.contains(jenkinsProduction)) {
        const EndedDrill &d = ended[jenkinsProduction];
        auto drilled = revisions.revision(d.drill.revisionId);
        if (!drilled)
            return drilled.error();
        const qint64 at = d.endMs + 10 * minuteMs;
        auto saved = savedJenkinsRevision(revisions, drilled.value(), at);
        if (!saved)
            return saved.error();
        if (auto e = append(d, at, d.drill.facilitator, DrillEvent::Kind::RunbookSaved,
                            compact({{u"revision"_s, double(saved->id)},
                                     {u"sha256"_s, saved->sha256},
                                     {u"from"_s, drilled->sha256}}));
            !e)
            return e.error();
        ended[jenkinsProduction].endMs = at;
    }

    // Sign-offs: every facilitator signs half an hour after the end, but the last tabletop
    // drill is not signed yet.
    const QString statement = u"I observed this drill; the figures are correct."_s;
    for (auto it = ended.begin(); it != ended.end(); ++it) {
        if (it.key() == key(u"tabletop-failure-levels"_s, u"tabletop"_s, 2))
            continue;
        SignOff s;
        s.name = it->drill.facilitator;
        s.role = it->drill.participants.isEmpty() ? u"facilitator"_s
                                                  : it->drill.participants.constFirst().role;
        s.statement = statement;
        const qint64 at = it->endMs + 30 * minuteMs;
        if (auto e = append(*it, at, s.name, DrillEvent::Kind::SignedOff, s.toPayload()); !e)
            return e.error();
        it->endMs = at;
    }
    // A second signature, with reservations.
    const QString gatherProduction = key(u"data-gather-restore"_s, u"production"_s, 2);
    if (ended.contains(gatherProduction)) {
        SignOff s;
        s.name = u"Jonas"_s;
        s.role = u"navigator"_s;
        s.statement = statement;
        s.reservations = u"The RPO was read from the backup's file name, not from its data."_s;
        EndedDrill &d = ended[gatherProduction];
        const qint64 at = d.endMs + 15 * minuteMs;
        if (auto e = append(d, at, s.name, DrillEvent::Kind::SignedOff, s.toPayload()); !e)
            return e.error();
        d.endMs = at;
    }
    // An observation of the Jenkins production drill corrected two days after it was signed:
    // the sign-off predates the change.
    if (ended.contains(jenkinsProduction)) {
        EndedDrill &d = ended[jenkinsProduction];
        for (const DrillEvent &o : std::as_const(d.events)) {
            if (o.kind != DrillEvent::Kind::Observation)
                continue;
            const qint64 at = d.endMs + 2 * dayMs;
            if (auto e = append(d, at, u"Leo"_s, DrillEvent::Kind::ObservationEdited,
                                compact({{u"observation"_s, double(o.id)},
                                         {u"text"_s, QString(o.text() + u" (It was the pid file "
                                                                        "of the old master.)"_s)},
                                         {u"category"_s, o.category()},
                                         {u"author"_s, o.author},
                                         {u"stepId"_s, o.stepId}}));
                !e)
                return e.error();
            d.endMs = at;
            break;
        }
    }

    // Action items, closed with their evidence at the start of the next drill.
    for (const PlannedItem &p : plannedItems()) {
        const auto raised = ended.constFind(key(p.runbookId, p.environment, p.raisedIn));
        if (raised == ended.constEnd())
            continue;
        ActionItem item;
        item.drillId = raised->drill.id;
        item.title = p.title;
        item.owner = p.owner;
        item.dueDate = QDateTime::fromMSecsSinceEpoch(raised->endMs, Qt::UTC)
                           .date()
                           .addDays(p.dueAfterDays)
                           .toString(Qt::ISODate);
        auto created = actionItems.create(item, raised->endMs);
        if (!created)
            return created.error();
        if (p.closedIn == 0)
            continue;
        const auto closing = ended.constFind(key(p.runbookId, p.environment, p.closedIn));
        if (closing == ended.constEnd())
            continue;
        const qint64 at = closing->events.isEmpty() ? closing->drill.createdMs
                                                    : closing->events.constFirst().timeMs;
        auto closed = actionItems.close(created->id, ActionItem::Status::Done, closing->drill.id,
                                        at, p.closingNote, p.closingLink);
        if (!closed)
            return closed.error();
    }
    return {};
}
