#include "demodata.h"

#include "actionitemstore.h"
#include "database.h"
#include "demodecisions.h"
#include "demonightlyruns.h"
#include "demorecords.h"
#include "demoschedule.h"
#include "drillstore.h"
#include "driverrole.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// One runbook's demo history: per environment, the RTO (minutes) each iteration should reach.
struct Plan
{
    QString runbookId;
    QList<QPair<QString, QList<double>>> iterations; // environment, target minutes
    QStringList observations;
    QList<Participant> team;
};

QList<Plan> plans()
{
    return {
        {u"data-gather-restore"_s,
         {{u"test"_s, {138, 96, 71, 55}}, {u"production"_s, {58, 41}}},
         {u"The import of the gather dump took longer than its estimate: the dump is 40 GB now."_s,
          u"Nobody knew where the reports DB credentials live; found them in the vault."_s,
          u"Scripts worked first time; the manual dashboard check is now the slowest part."_s},
         {{u"Maria"_s, u"driver"_s}, {u"Jonas"_s, u"navigator"_s}, {u"Aylin"_s, u"scribe"_s}}},
        {u"jenkins-rebuild"_s,
         {{u"test"_s, {330, 250, 205}}, {u"production"_s, {185}}},
         {u"Jenkins would not start: a stale pid file came back with the backup."_s,
          u"Stopped at 18:00 with the backup extracted; resumed next morning at 09:00."_s,
          u"The AMI bake is the long pole; baking it nightly would save 20 minutes."_s},
         {{u"Sam"_s, u"driver"_s}, {u"Priya"_s, u"aws-admin"_s}, {u"Leo"_s, u"scribe"_s}}},
        {u"datacenter-failover"_s,
         {{u"staging"_s, {47, 33}}, {u"production"_s, {27, 19}}},
         {u"The spare firewall rules were stale; fixed during the drill."_s,
          u"DNS TTLs of 5 minutes kept partners on DC1 longer than planned."_s,
          u"Sales demo at three was moved to DC2 without anyone noticing: success."_s},
         {{u"Chris"_s, u"driver"_s}, {u"Noor"_s, u"navigator"_s}, {u"Tom"_s, u"scribe"_s}}},
        {u"mysql-backup-verification"_s,
         {{u"staging"_s, {58, 47, 41, 36}}, {u"production"_s, {39, 33}}},
         {u"The Keystone token expired in the middle of the upload."_s,
          u"The pager stayed silent on the injected failure; routing fixed afterwards."_s,
          u"Row counts matched the counts taken at backup time."_s},
         {{u"Eva"_s, u"driver"_s}, {u"Omar"_s, u"scribe"_s}}},
        {u"tabletop-failure-levels"_s,
         {{u"tabletop"_s, {160, 125}}},
         {u"Nobody could say who may undo an automatic failover."_s,
          u"The dependency map on the whiteboard was missing the payment provider."_s,
          u"Level 3 needs a decision owner when the CTO is unreachable."_s},
         {{u"Kim"_s, u"facilitator"_s}, {u"Ben"_s, u"driver"_s}, {u"Ada"_s, u"scribe"_s}}},
    };
}

// Who drives the drill-th drill of a plan (counted over its environments): the driver role
// rotates through the team, the one it passes to handing theirs over ("rotate the owner"). One
// runbook stays with the one person who has always driven it: the example's knowledge silo.
QList<Participant> teamOfDrill(const Plan &plan, int drill)
{
    QStringList rotation;
    if (plan.runbookId == u"data-gather-restore")
        rotation = {u"Maria"_s, u"Jonas"_s, u"Aylin"_s};
    else if (plan.runbookId == u"jenkins-rebuild")
        rotation = {u"Sam"_s, u"Priya"_s, u"Leo"_s};
    else if (plan.runbookId == u"datacenter-failover")
        rotation = {u"Chris"_s, u"Noor"_s, u"Tom"_s};
    else if (plan.runbookId == u"tabletop-failure-levels")
        rotation = {u"Ben"_s, u"Ada"_s};
    // mysql-backup-verification: Eva, and only Eva, every time.
    QList<Participant> team = plan.team;
    if (rotation.isEmpty())
        return team;
    const QString next = rotation[drill % rotation.size()];
    Participant *driver = nullptr;
    Participant *taker = nullptr;
    for (Participant &p : team) {
        if (DriverRole::matches(p.role))
            driver = &p;
        if (p.name == next)
            taker = &p;
    }
    if (driver && taker && driver != taker)
        std::swap(driver->role, taker->role);
    return team;
}

struct PendingEvent
{
    DrillEvent event;
    int order = 0; // DemoSchedule::orderAtEqualTimes
};

StoreError writeDrills(DrillStore &store, RunbookRevisionStore &revisions)
{
    QRandomGenerator random(DemoData::seed);
    const QList<Plan> all = plans();
    for (qsizetype planIndex = 0; planIndex < all.size(); ++planIndex) {
        const Plan &plan = all[planIndex];
        const QString resource = u":/runbooks/"_s + plan.runbookId + u".yaml"_s;
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            return StoreError::make(
                StoreError::Code::NotFound,
                Text::tr("the sample runbook %1 is not compiled in").arg(resource));
        const QByteArray yaml = file.readAll();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, resource);
        if (!loaded.ok())
            return StoreError::make(StoreError::Code::NotFound,
                                    Text::tr("the sample runbook %1 does not load").arg(resource));
        const Runbook &runbook = *loaded.runbook;
        const QList<Step> steps = runbook.allSteps();
        const qint64 runbookBase = DemoData::baseMs() + planIndex * 2 * dayMs;
        auto revision = revisions.addRevision(yaml, runbook.id, runbook.title, runbookBase - dayMs);
        if (!revision)
            return revision.error();

        // The planned RTO: the milestone's end when every step takes its estimate.
        QHash<QString, qint64> planned;
        for (const Step &s : steps)
            planned.insert(s.id, std::max<qint64>(s.expectedSeconds, 60) * 1000);
        QHash<QString, qint64> plannedStart;
        const auto plannedEnd = DemoSchedule::schedule(steps, planned, {}, &plannedStart);
        const Step *milestone = DemoSchedule::milestoneOf(steps);
        const double plannedRtoMin =
            double(plannedEnd.value(milestone ? milestone->id : QString())) / minuteMs;

        // The backup verification also runs every night, unattended: its runs and the hand-run
        // drills are written by date, as they share the runbook's iterations.
        std::optional<DemoNightlyRuns> nightly;
        if (runbook.id == QLatin1StringView(DemoNightlyRuns::runbookId))
            nightly.emplace(store, revision->id, runbook);
        int drillNumber = 0;
        for (qsizetype envIndex = 0; envIndex < plan.iterations.size(); ++envIndex) {
            const QString environment = plan.iterations[envIndex].first;
            const QList<double> &targets = plan.iterations[envIndex].second;
            for (qsizetype it = 0; it < targets.size(); ++it, ++drillNumber) {
                const double factor = targets[it] / std::max(1.0, plannedRtoMin);
                // The last production drill finds the replicas current; the branch a decision
                // did not take takes no time and logs nothing.
                const DemoDecisions decisions(runbook, environment == u"production" &&
                                                           it == targets.size() - 1);
                auto leaveOutNotTaken = [&](QHash<QString, qint64> &duration,
                                            QHash<QString, qint64> &gap) {
                    for (const Step &s : steps)
                        if (decisions.isNotTaken(s.id))
                            duration[s.id] = gap[s.id] = 0;
                };
                QHash<QString, qint64> duration;
                QHash<QString, qint64> gap;
                for (const Step &s : steps) {
                    // Hands improve more slowly than scripts.
                    const double f = s.automation == Step::Automation::Manual
                                         ? 1.0 + (factor - 1.0) * 0.6
                                         : factor;
                    const double jitter = 0.85 + 0.3 * random.generateDouble();
                    double ms = double(planned.value(s.id)) * std::max(0.2, f) * jitter;
                    if (runbook.id == u"jenkins-rebuild" && it == 0 && s.id == u"clear-stale-pid")
                        ms = 55.0 * minuteMs; // the stale pid file nobody expected
                    duration.insert(s.id, std::max<qint64>(qint64(ms) / 1000 * 1000, 30'000));
                    gap.insert(s.id, qint64(random.bounded(0, 3)) * minuteMs);
                }
                leaveOutNotTaken(duration, gap);
                QHash<QString, qint64> startAt;
                auto endAt = DemoSchedule::schedule(steps, duration, gap, &startAt);
                // Scale the whole drill so service is restored at this iteration's target.
                const qint64 reached = endAt.value(milestone ? milestone->id : QString());
                if (reached > 0) {
                    const double scale = targets[it] * double(minuteMs) / double(reached);
                    for (auto d = duration.begin(); d != duration.end(); ++d)
                        d.value() = std::max<qint64>(
                            qint64(double(d.value()) * scale) / 1000 * 1000, 30'000);
                    for (auto g = gap.begin(); g != gap.end(); ++g)
                        g.value() = qint64(double(g.value()) * scale) / 1000 * 1000;
                    leaveOutNotTaken(duration, gap);
                    startAt.clear();
                    endAt = DemoSchedule::schedule(steps, duration, gap, &startAt);
                }
                qint64 lastEnd = 0;
                for (const qint64 e : endAt)
                    lastEnd = std::max(lastEnd, e);

                // Test first, production later; every drill on its own day.
                const qint64 day = runbookBase + (envIndex * targets.size() + it) * 9 * dayMs +
                                   envIndex * 14 * dayMs;
                const bool overnight = runbook.id == u"jenkins-rebuild" && it == 0 && envIndex == 0;
                const qint64 startMs = day + (overnight ? 4 * hourMs + 30 * minuteMs : 0);
                const qint64 pauseAt = day + 9 * hourMs;       // 18:00
                const qint64 resumeAt = pauseAt + 15 * hourMs; // 09:00 next day
                auto wall = [&](qint64 offset) {
                    const qint64 t = startMs + offset;
                    return overnight && t >= pauseAt ? t + (resumeAt - pauseAt) : t;
                };

                if (nightly)
                    if (StoreError error = nightly->writeUntil(startMs))
                        return error;
                Drill drill;
                drill.revisionId = revision->id;
                drill.runbookId = runbook.id;
                drill.environment = environment;
                drill.scenario = runbook.scenario.section(u'\n', 0, 0);
                drill.facilitator = plan.team.constFirst().name;
                drill.participants = teamOfDrill(plan, drillNumber);
                drill.createdMs = startMs - hourMs;
                auto created = store.createDrill(drill, drill.createdMs);
                if (!created)
                    return created.error();
                const qint64 id = created->id;
                const QString author = plan.team.constFirst().name;

                QList<PendingEvent> events;
                auto add = [&](DrillEvent::Kind kind, qint64 time, const QString &stepId = {},
                               const QString &payload = {}) {
                    DrillEvent e;
                    e.drillId = id;
                    e.timeMs = time;
                    e.author = author;
                    e.kind = kind;
                    e.stepId = stepId;
                    e.payload = payload;
                    events.append({e, DemoSchedule::orderAtEqualTimes(kind)});
                };
                add(DrillEvent::Kind::Started, startMs);
                for (const Step &s : steps) {
                    if (decisions.isNotTaken(s.id))
                        continue;
                    add(DrillEvent::Kind::StepStarted, wall(startAt.value(s.id)), s.id);
                    // Decided a second before the step is done; it took the step's time.
                    const qint64 decided = endAt.value(s.id) - 1000;
                    if (const QString made =
                            decisions.payloadFor(s.id, decided - startAt.value(s.id));
                        !made.isEmpty())
                        add(DrillEvent::Kind::DecisionMade, wall(decided), s.id, made);
                    add(DrillEvent::Kind::StepDone, wall(endAt.value(s.id)), s.id);
                }
                // Jenkins: besides its `wait: true` steps, the team only waits (W) while
                // terraform init fetches its providers and while Jenkins loads the jobs.
                if (runbook.id == u"jenkins-rebuild")
                    for (const QString &waits : {u"terraform-plan"_s, u"start-jenkins"_s}) {
                        const qint64 from = startAt.value(waits);
                        const qint64 length = endAt.value(waits) - from;
                        if (length <= 0)
                            continue;
                        add(DrillEvent::Kind::WaitStarted,
                            wall(from + length * 3 / 10 / 1000 * 1000), waits);
                        add(DrillEvent::Kind::WaitEnded,
                            wall(from + length * 85 / 100 / 1000 * 1000), waits);
                    }
                if (overnight) {
                    add(DrillEvent::Kind::Paused, pauseAt);
                    add(DrillEvent::Kind::Resumed, resumeAt);
                }
                // An inject per iteration, revealed a third of the way in.
                if (!runbook.injects.isEmpty()) {
                    const Inject &inject = runbook.injects[it % runbook.injects.size()];
                    add(DrillEvent::Kind::InjectRevealed, wall(lastEnd / 3), {},
                        DrillEvent::payloadWith(u"inject"_s, inject.id));
                }
                // Observations: the first at the halfway mark, more in early iterations.
                for (qsizetype o = 0; o < plan.observations.size(); ++o) {
                    if (o > 0 && it > 1)
                        break;
                    const qsizetype which = (it + o) % plan.observations.size();
                    add(DrillEvent::Kind::Observation, wall(lastEnd * (o + 1) / 4), {},
                        DrillEvent::payloadWith(u"text"_s, plan.observations[which]));
                }
                if (overnight)
                    add(DrillEvent::Kind::Observation, resumeAt + minuteMs, {},
                        DrillEvent::payloadWith(u"text"_s, plan.observations[1]));
                // The restored data: a backup some way before the failure; the first drill of
                // each environment overshoots the RPO target.
                if (milestone && runbook.rpoSeconds > 0) {
                    const double share =
                        it == 0 ? 1.15 : 0.35 + 0.4 * random.generateDouble() / double(it);
                    const qint64 rpo = qint64(double(runbook.rpoSeconds) * 1000.0 * share);
                    add(DrillEvent::Kind::DataRestoredAt, wall(endAt.value(milestone->id)), {},
                        DrillEvent::payloadWith(u"dataTimeMs"_s,
                                                double((startMs - rpo) / 1000 * 1000)));
                }
                add(DrillEvent::Kind::Finished, wall(lastEnd + 2 * minuteMs));

                std::stable_sort(
                    events.begin(), events.end(), [](const PendingEvent &a, const PendingEvent &b) {
                        return a.event.timeMs != b.event.timeMs ? a.event.timeMs < b.event.timeMs
                                                                : a.order < b.order;
                    });
                for (const PendingEvent &p : std::as_const(events)) {
                    auto appended = store.appendEvent(p.event);
                    if (!appended)
                        return appended.error();
                }
            }
        }
        if (nightly)
            if (StoreError error = nightly->writeUntil(std::numeric_limits<qint64>::max()))
                return error;
    }
    return {};
}

QString versionFile(const QString &path)
{
    return path + u".version"_s;
}
} // namespace

QString DemoData::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(u"demo.sqlite"_s);
}

QStringList DemoData::runbookResources()
{
    QStringList result;
    for (const Plan &p : plans())
        result << u":/runbooks/"_s + p.runbookId + u".yaml"_s;
    return result;
}

qint64 DemoData::baseMs()
{
    return QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

StoreError DemoData::write(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError::make(StoreError::Code::ReadOnly,
                                Text::tr("cannot create the folder %1").arg(info.absolutePath()));
    const QString scratch = path + u".new"_s;
    QFile::remove(scratch);
    {
        auto opened = Database::open(scratch, Database::Mode::ReadWrite);
        if (!opened)
            return opened.error();
        std::unique_ptr<Database> database = std::move(opened).value();
        StoreError error;
        {
            DrillStore store(*database);
            RunbookRevisionStore revisions(*database);
            // A scratch file nobody else reads yet: no need to wait for the disk per event.
            database->skipWaitingForTheDisk();
            error = writeDrills(store, revisions);
            if (!error) {
                ActionItemStore actionItems(*database);
                error = DemoRecords::write(store, revisions, actionItems);
            }
        }
        if (!error)
            error = database->useRollbackJournal();
        if (error) {
            database.reset();
            QFile::remove(scratch);
            return error;
        }
    }
    QFile::remove(path);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    if (!QFile::rename(scratch, path))
        return StoreError::make(StoreError::Code::ReadOnly,
                                Text::tr("cannot move the demo database to %1").arg(path));
    QSaveFile stamp(versionFile(path));
    // "DEMO-VERSION SCHEMA": either newer in the program rebuilds the example data.
    const QByteArray stampText =
        QByteArray::number(version) + ' ' + QByteArray::number(Database::latestVersion());
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(stampText) < 0 || !stamp.commit())
        return StoreError::make(StoreError::Code::ReadOnly,
                                Text::tr("cannot write %1").arg(versionFile(path)));
    return {};
}

namespace {
// Field index of the stamp beside a demo database ("DEMO-VERSION SCHEMA"); 0 when none.
int stampField(const QString &path, qsizetype index)
{
    if (!QFileInfo::exists(path))
        return 0;
    QFile stamp(versionFile(path));
    if (!stamp.open(QIODevice::ReadOnly))
        return 0;
    return stamp.readAll().simplified().split(' ').value(index).toInt();
}
} // namespace

QDate DemoData::todayFor(const QString &path)
{
    return versionOf(path) > 0 ? DemoRecords::asOfDate() : QDateTime::currentDateTimeUtc().date();
}

int DemoData::versionOf(const QString &path)
{
    return stampField(path, 0);
}

int DemoData::schemaOf(const QString &path)
{
    return stampField(path, 1);
}

StoreResult<QString> DemoData::ensure(const QString &path)
{
    const QString target = path.isEmpty() ? defaultPath() : QFileInfo(path).absoluteFilePath();
    if (versionOf(target) >= version && schemaOf(target) >= Database::latestVersion())
        return target;
    if (StoreError error = write(target))
        return error;
    return target;
}
