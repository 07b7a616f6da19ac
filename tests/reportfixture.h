// A database for the report tests, built through the real DrillEngine and DrillStore: two
// drills of one runbook in `test` (the second with a hostile observation, an inject, a pause,
// a rewrite, a score and an action item) and an unfinished one in `production`.
#pragma once

#include "database.h"
#include "drillengine.h"
#include "drillreport.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace ReportFixture {

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

inline const QString scriptTag = u"<script>alert(1)</script>"_s;
inline const QString markdownAttack = u"| ** [x](javascript:alert(1)) #"_s;
inline QString longLine()
{
    return QString(10'000, u'W');
}

struct Ids
{
    qint64 first = 0;   // test #1: finished, RTO 35m
    qint64 second = 0;  // test #2: finished, RTO 40m, everything the report shows
    qint64 running = 0; // production #1: paused, not ended
};

inline QByteArray yaml()
{
    return QByteArrayLiteral("drilldeck: 1\n"
                             "id: jenkins-rebuild\n"
                             "title: Rebuild Jenkins from backup\n"
                             "service: ContentPool CI/CD\n"
                             "objectives: { rto: 4h, rpo: 24h }\n"
                             "environments: [test, production]\n"
                             "roles: [driver, scribe]\n"
                             "scenario: The Jenkins instance is terminated.\n"
                             "injects:\n"
                             "  - { id: efs-slow, title: EFS throughput is throttled }\n"
                             "evaluation: [Time to normal status, Communication]\n"
                             "phases:\n"
                             "  - id: rebuild\n"
                             "    title: Rebuild the instance\n"
                             "    steps:\n"
                             "      - id: bake-ami\n"
                             "        title: Bake the Jenkins AMI\n"
                             "        role: driver\n"
                             "        expected: 20m\n"
                             "        automation: scripted\n"
                             "      - id: launch\n"
                             "        title: Launch the instance\n"
                             "        role: driver\n"
                             "        expected: 10m\n"
                             "        depends_on: [bake-ami]\n"
                             "        milestone: service-restored\n"
                             "      - id: verify\n"
                             "        title: Verify the jobs run\n"
                             "        role: scribe\n"
                             "        expected: 15m\n"
                             "        depends_on: [launch]\n");
}

// Builds the fixture at path; QVERIFY inside, so call it through QVERIFY(build(...)) style.
inline bool build(const QString &path, Ids *ids)
{
    auto opened = Database::open(path);
    if (!opened)
        return false;
    std::unique_ptr<Database> db = std::move(opened).value();
    {
        DrillStore store(*db);
        RunbookRevisionStore revisions(*db);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml(), u"jenkins.yaml"_s);
        if (!loaded.ok())
            return false;
        const auto rev =
            revisions.addRevision(yaml(), loaded.runbook->id, loaded.runbook->title, T0);
        if (!rev)
            return false;
        qint64 now = T0;
        bool ok = true;
        auto drive = [&](const QString &environment, std::optional<qint64> failure,
                         const std::function<void(DrillEngine &, qint64 &)> &script) -> qint64 {
            Drill d;
            d.revisionId = rev->id;
            d.runbookId = loaded.runbook->id;
            d.environment = environment;
            d.failureMs = failure;
            d.scenario = u"The Jenkins instance is terminated <b>at night</b>."_s;
            d.facilitator = u"Maria"_s;
            d.participants = {{u"Jonas"_s, u"driver"_s}, {u"Ada"_s, u"scribe"_s}};
            const auto created = store.createDrill(d, now);
            if (!created) {
                ok = false;
                return 0;
            }
            DrillEngine engine(&store, *loaded.runbook, created.value(), {});
            engine.setClock([&now] { return now; });
            script(engine, now);
            return created->id;
        };
        auto must = [&ok](const AppendResult &r) { ok = ok && r.committed(); };
        ids->first = drive(u"test"_s, at(-5), [&](DrillEngine &e, qint64 &now) {
            now = at(0);
            must(e.start());
            must(e.startStep(u"bake-ami"_s));
            now = at(22);
            must(e.completeStep(u"bake-ami"_s));
            must(e.startStep(u"launch"_s));
            now = at(30);
            must(e.completeStep(u"launch"_s));
            must(e.startStep(u"verify"_s));
            now = at(45);
            must(e.completeStep(u"verify"_s));
            must(e.finish());
        });
        ids->second = drive(u"test"_s, at(990), [&](DrillEngine &e, qint64 &now) {
            now = at(1000);
            must(e.start());
            must(e.startStep(u"bake-ami"_s));
            now = at(1005);
            must(e.observe(scriptTag, u"issue"_s, u"Ada"_s, u"bake-ami"_s));
            must(e.observe(markdownAttack, u"note"_s, u"Ada"_s, u"bake-ami"_s));
            // Longer than the console takes (QuickEntry::maxTextLength), as an older version or
            // another tool may have stored it: straight into the store.
            DrillEvent longObservation;
            longObservation.drillId = e.drill().id;
            longObservation.kind = DrillEvent::Kind::Observation;
            longObservation.timeMs = now;
            longObservation.author = u"Ada"_s;
            longObservation.stepId = u"bake-ami"_s;
            longObservation.payload = DrillEvent::payloadWith(u"text"_s, longLine());
            ok = ok && store.appendEvent(longObservation).ok();
            must(e.revealInject(u"efs-slow"_s));
            now = at(1008);
            must(e.pause());
            now = at(1012);
            must(e.resume());
            // A rewrite as the console logs it: the step as it was, exactly, and as it becomes.
            const QJsonObject launch{{u"id"_s, u"launch"_s},
                                     {u"title"_s, u"Launch the instance"_s},
                                     {u"role"_s, u"driver"_s},
                                     {u"expected"_s, 600},
                                     {u"automation"_s, u"manual"_s},
                                     {u"depends_on"_s, QJsonArray{u"bake-ami"_s}},
                                     {u"milestone"_s, u"service-restored"_s}};
            QJsonObject edited = launch;
            edited[u"title"_s] = u"Launch from the AMI"_s;
            edited[u"expected"_s] = 900;
            DrillEvent edit;
            edit.kind = DrillEvent::Kind::StepEdited;
            edit.stepId = u"launch"_s;
            edit.payload = QString::fromUtf8(QJsonDocument(QJsonObject{{u"phase"_s, u"rebuild"_s},
                                                                       {u"index"_s, 1},
                                                                       {u"before"_s, launch},
                                                                       {u"after"_s, edited}})
                                                 .toJson(QJsonDocument::Compact));
            must(e.append(edit));
            now = at(1015);
            must(e.completeStep(u"bake-ami"_s));
            must(e.startStep(u"launch"_s));
            now = at(1030);
            must(e.completeStep(u"launch"_s));
            must(e.startStep(u"verify"_s));
            must(e.setDataRestoredAt(at(990 - 300)));
            now = at(1050);
            must(e.completeStep(u"verify"_s));
            must(e.finish());
            now = at(1060);
            DrillEvent score;
            score.kind = DrillEvent::Kind::ScoreRecorded;
            score.payload = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"criterion"_s, u"Communication"_s},
                                          {u"score"_s, 4},
                                          {u"comment"_s, u"Clear <i>hand-offs</i>"_s}})
                    .toJson(QJsonDocument::Compact));
            must(e.append(score));
        });
        ids->running = drive(u"production"_s, std::nullopt, [&](DrillEngine &e, qint64 &now) {
            now = at(2000);
            must(e.start());
            must(e.startStep(u"bake-ami"_s));
            now = at(2010);
            must(e.pause());
        });
        if (!ok)
            return false;
        // An action item from the first observation of drill 2.
        QSqlQuery q(db->connection());
        q.prepare(u"INSERT INTO action_items (drill_id, observation_event_id, title, owner, "
                  "due_date, status, created_ms, updated_ms) VALUES (?, (SELECT min(id) FROM "
                  "drill_events WHERE drill_id = ? AND kind = 'observation'), ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v :
             QVariantList{ids->second, ids->second, u"Bake the AMI nightly | not by hand"_s,
                          u"Jonas"_s, u"2023-12-01"_s, u"open"_s, at(1060), at(1060)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return true;
}

// The fixture built at path with its production drill (paused while bake-ami runs) finished at
// 2020 minutes: it ends before launch, the service-restored step, is done.
inline bool buildWithUnrestoredDrill(const QString &path, Ids *ids)
{
    if (!build(path, ids))
        return false;
    auto opened = Database::open(path);
    if (!opened)
        return false;
    std::unique_ptr<Database> db = std::move(opened).value();
    bool ok = false;
    {
        DrillStore store(*db);
        DrillEvent finished;
        finished.drillId = ids->running;
        finished.kind = DrillEvent::Kind::Finished;
        finished.timeMs = at(2020);
        finished.author = u"Maria"_s;
        ok = store.appendEvent(finished).ok();
    }
    return ok;
}

// The report of one fixture drill, measured at `now`.
inline std::optional<DrillReport> load(const QString &path, qint64 drillId, qint64 now = at(3000))
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return std::nullopt;
    std::unique_ptr<Database> db = std::move(opened).value();
    std::optional<DrillReport> report;
    {
        const DrillStore store(*db);
        const RunbookRevisionStore revisions(*db);
        auto loaded = DrillReport::load(store, revisions, drillId, now);
        if (loaded)
            report = std::move(loaded).value();
    }
    return report;
}

// The fixture built in dir, and the report of its second drill (the one with everything).
inline std::optional<DrillReport> secondDrill(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"fixture.sqlite"_s);
    Ids ids;
    if (!build(path, &ids))
        return std::nullopt;
    return load(path, ids.second);
}

} // namespace ReportFixture
