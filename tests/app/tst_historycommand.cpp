// `drilldeck history`: table, CSV and JSON of a fixture database built through the engine with
// a fixed clock; exit codes; and a missing --db file is reported, never created.
#include "actionitemstore.h"
#include "database.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "historycommand.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "steprewrite.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

namespace {
struct Output
{
    int code = -1;
    QString out;
    QString err;
};

Output history(const QStringList &args, qint64 now = at(600))
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = HistoryCommand::run(QStringList{u"drilldeck"_s, u"history"_s} + args, out, err, now);
    return o;
}

using Script = std::function<void(DrillEngine &, qint64 &)>;

// A drill of the revision in the environment, driven through the engine by script on the
// clock now.
void drive(DrillStore &store, const RunbookRevision &revision, const Runbook &runbook,
           const QString &environment, std::optional<qint64> failure, qint64 &now,
           const Script &script)
{
    Drill d;
    d.revisionId = revision.id;
    d.runbookId = runbook.id;
    d.environment = environment;
    d.failureMs = failure;
    d.facilitator = u"Maria"_s;
    d.participants = {{u"Jonas"_s, u"driver"_s}};
    const auto created = store.createDrill(d, now);
    QVERIFY(created.ok());
    DrillEngine engine(&store, runbook, created.value(), {});
    engine.setClock([&now] { return now; });
    script(engine, now);
}
} // namespace

class TestHistoryCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_hash;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"fixture.sqlite"_s);
        auto opened = Database::open(m_db);
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        DrillStore store(*db);
        ActionItemStore actionItems(*db);
        RunbookRevisionStore revisions(*db);
        const QByteArray yaml = runbookYaml() + "evaluation: [Communication, Procedure followed]\n"
                                                "injects:\n"
                                                "  - id: efs-slow\n"
                                                "    title: EFS throughput is throttled\n"
                                                "  - id: dns-gone\n"
                                                "    title: The DNS record is gone\n";
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"jenkins.yaml"_s);
        QVERIFY(loaded.ok());
        const auto rev = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
        m_hash = rev->sha256;

        qint64 now = T0;
        auto drive = [&](const QString &environment, std::optional<qint64> failure,
                         const Script &script) {
            ::drive(store, rev.value(), *loaded.runbook, environment, failure, now, script);
        };
        // Drill 1, test: done in 50 minutes, service restored at 30.
        drive(u"test"_s, at(-10), [&actionItems](DrillEngine &e, qint64 &now) {
            now = at(0);
            QVERIFY(e.start().committed());
            QVERIFY(e.startStep(u"bake-ami"_s).committed());
            now = at(20);
            QVERIFY(e.completeStep(u"bake-ami"_s).committed());
            QVERIFY(e.startStep(u"launch"_s).committed());
            now = at(30);
            QVERIFY(e.completeStep(u"launch"_s).committed());
            QVERIFY(e.startStep(u"verify"_s).committed());
            QVERIFY(e.revealInject(u"efs-slow"_s).committed());
            now = at(40);
            QVERIFY(e.setDataRestoredAt(at(-190)).committed());
            now = at(45);
            // The record: an edited, a deleted, an illustrated observation; a note; a rewrite.
            const AppendResult dns =
                e.observe(u"dns missing"_s, u"issue"_s, u"Jonas"_s, u"verify"_s);
            const AppendResult typo = e.observe(u"tpyo"_s, u"note"_s, {}, {});
            QByteArray png("\x89PNG\r\n\x1a\n");
            png.append(QByteArray(100, 'p'));
            QVERIFY(e.observe(u"the graph"_s, u"note"_s, {}, u"verify"_s,
                              EventAttachment::fromImageData(png))
                        .committed());
            const AppendResult todo =
                e.observe(u"add the DNS record to the runbook"_s, u"action-item"_s, {}, {});
            QVERIFY(dns.committed() && typo.committed() && todo.committed());
            ActionItem item;
            item.drillId = e.drill().id;
            item.observationEventId = todo.event.id;
            item.title = todo.event.text();
            item.owner = u"Jonas"_s;
            item.dueDate = u"2023-12-01"_s;
            QVERIFY(actionItems.create(item, now).ok());
            QVERIFY(e.annotate(u"verify"_s, u"jobs need the agent first"_s, true).committed());
            const Phase &phase = *e.runbook().phaseOfStep(u"verify"_s);
            const Step before = *e.runbook().findStep(u"verify"_s);
            Step after = before;
            after.title = u"Verify the jobs"_s;
            QVERIFY(e.rewrite(StepRewrite::edit(phase.id, int(phase.steps.indexOf(before)), before,
                                                after))
                        .committed());
            now = at(50);
            QVERIFY(e.completeStep(u"verify"_s).committed());
            QVERIFY(e.finish().committed());
            now = at(55);
            QVERIFY(e.editObservation(dns.event.id, u"DNS record missing"_s, u"issue"_s, u"Jonas"_s,
                                      u"launch"_s)
                        .committed());
            QVERIFY(e.deleteObservation(typo.event.id, u"typo"_s).committed());
            QVERIFY(e.recordScore(u"Communication"_s, 2, u"quiet"_s).committed());
            QVERIFY(e.recordScore(u"Communication"_s, 3, u"better later"_s).committed());
        });
        // Drill 2, production: started at 100, paused at 110 and still paused.
        drive(u"production"_s, std::nullopt, [](DrillEngine &e, qint64 &now) {
            now = at(100);
            QVERIFY(e.start().committed());
            QVERIFY(e.startStep(u"bake-ami"_s).committed());
            now = at(110);
            QVERIFY(e.skipStep(u"bake-ami"_s, u"AMI exists"_s).committed());
            QVERIFY(e.pause().committed());
        });
        // Drill 3, test again: iteration 2, never started.
        drive(u"test"_s, std::nullopt, [](DrillEngine &, qint64 &) {});
    }

    void jsonHasTheDocumentedShape()
    {
        const Output o = history({u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.err, QString());
        const QJsonObject doc = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(doc.keys(), (QStringList{u"drills"_s, u"format"_s, u"generated"_s, u"version"_s}));
        QCOMPARE(doc[u"format"_s].toString(), u"drilldeck-history"_s);
        QCOMPARE(doc[u"version"_s].toInt(), 1);
        QCOMPARE(doc[u"generated"_s].toString(), u"2023-11-15T08:13:20Z"_s);
        const QJsonArray drills = doc[u"drills"_s].toArray();
        QCOMPARE(drills.size(), 3);

        // Ordered by runbook, environment, iteration: production first.
        const QJsonObject done = drills[1].toObject();
        // Sorted, as keys() gives them; the record's five keys were added within version 1.
        QCOMPARE(done.keys(), (QStringList{u"actionItems"_s,
                                           u"activeSeconds"_s,
                                           u"annotations"_s,
                                           u"environment"_s,
                                           u"facilitator"_s,
                                           u"finished"_s,
                                           u"handsOnSeconds"_s,
                                           u"id"_s,
                                           u"injects"_s,
                                           u"iteration"_s,
                                           u"observations"_s,
                                           u"participants"_s,
                                           u"revision"_s,
                                           u"rewrites"_s,
                                           u"rpoSeconds"_s,
                                           u"rpoTargetSeconds"_s,
                                           u"rtoSeconds"_s,
                                           u"rtoStatus"_s,
                                           u"rtoTargetSeconds"_s,
                                           u"runKind"_s,
                                           u"runbookId"_s,
                                           u"scores"_s,
                                           u"signOffs"_s,
                                           u"started"_s,
                                           u"state"_s,
                                           u"steps"_s,
                                           u"stepsDone"_s,
                                           u"stepsSkipped"_s,
                                           u"waitingSeconds"_s,
                                           u"wallSeconds"_s}));
        QCOMPARE(done[u"handsOnSeconds"_s].toInt(), 3000); // nothing waited on a machine
        QCOMPARE(done[u"waitingSeconds"_s].toInt(), 0);
        QCOMPARE(done[u"id"_s].toInt(), 1);
        QCOMPARE(done[u"runbookId"_s].toString(), u"jenkins-rebuild"_s);
        QCOMPARE(done[u"revision"_s].toString(), m_hash.left(12));
        QCOMPARE(done[u"environment"_s].toString(), u"test"_s);
        QCOMPARE(done[u"iteration"_s].toInt(), 1);
        QCOMPARE(done[u"runKind"_s].toString(), u"hand"_s);
        QCOMPARE(done[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(done[u"started"_s].toString(), u"2023-11-14T22:13:20Z"_s);
        QCOMPARE(done[u"finished"_s].toString(), u"2023-11-14T23:03:20Z"_s);
        QCOMPARE(done[u"wallSeconds"_s].toInt(), 3000);
        QCOMPARE(done[u"activeSeconds"_s].toInt(), 3000);
        QCOMPARE(done[u"rtoSeconds"_s].toInt(), 2400); // failure 10m before start, restored at 30
        QCOMPARE(done[u"rtoTargetSeconds"_s].toInt(), 4 * 3600);
        QCOMPARE(done[u"rtoStatus"_s].toString(), u"met"_s);
        QCOMPARE(done[u"rpoSeconds"_s].toInt(), 3 * 3600);
        QCOMPARE(done[u"rpoTargetSeconds"_s].toInt(), 24 * 3600);
        const QJsonArray steps = done[u"steps"_s].toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[1].toObject(), (QJsonObject{{u"id"_s, u"launch"_s},
                                                   {u"title"_s, u"Launch the instance"_s},
                                                   {u"expectedSeconds"_s, 600},
                                                   {u"actualSeconds"_s, 600},
                                                   {u"handsOnSeconds"_s, 600},
                                                   {u"waitingSeconds"_s, 0},
                                                   {u"status"_s, u"done"_s},
                                                   {u"role"_s, u"driver"_s}}));

        const QJsonObject paused = drills[0].toObject();
        QCOMPARE(paused[u"environment"_s].toString(), u"production"_s);
        QCOMPARE(paused[u"state"_s].toString(), u"paused"_s);
        QVERIFY(paused[u"finished"_s].isNull());
        QCOMPARE(paused[u"wallSeconds"_s].toInt(), 500 * 60); // measured at the command's now
        QCOMPARE(paused[u"activeSeconds"_s].toInt(), 10 * 60);
        QVERIFY(paused[u"rtoSeconds"_s].isNull());
        QCOMPARE(paused[u"rtoStatus"_s].toString(), u"running"_s);
        QVERIFY(paused[u"rpoSeconds"_s].isNull());
        QCOMPARE(paused[u"steps"_s].toArray()[0].toObject()[u"status"_s].toString(), u"skipped"_s);
        QCOMPARE(paused[u"stepsDone"_s].toInt(), 0);
        QCOMPARE(paused[u"stepsSkipped"_s].toInt(), 1);

        const QJsonObject planned = drills[2].toObject();
        QCOMPARE(planned[u"iteration"_s].toInt(), 2);
        QCOMPARE(planned[u"state"_s].toString(), u"planned"_s);
        QVERIFY(planned[u"started"_s].isNull());
        QCOMPARE(planned[u"rtoStatus"_s].toString(), u"not-started"_s);
        QCOMPARE(planned[u"steps"_s].toArray()[2].toObject()[u"status"_s].toString(),
                 u"not-started"_s);
    }

    void jsonHasTheRecord()
    {
        const Output o = history({u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QCOMPARE(o.code, 0);
        const QJsonArray drills =
            QJsonDocument::fromJson(o.out.toUtf8()).object()[u"drills"_s].toArray();
        const QJsonObject done = drills[1].toObject();
        const QJsonArray observations = done[u"observations"_s].toArray();
        QCOMPARE(observations.size(), 4);
        const QJsonObject dns = observations[0].toObject();
        QCOMPARE(dns[u"text"_s].toString(), u"DNS record missing"_s); // the edit applied
        QCOMPARE(dns[u"stepId"_s].toString(), u"launch"_s);
        QCOMPARE(dns[u"author"_s].toString(), u"Jonas"_s);
        QCOMPARE(dns[u"category"_s].toString(), u"issue"_s);
        QCOMPARE(dns[u"time"_s].toString(), u"2023-11-14T22:58:20Z"_s); // first logged
        QCOMPARE(dns[u"changed"_s].toString(), u"2023-11-14T23:08:20Z"_s);
        QCOMPARE(dns[u"edits"_s].toInt(), 1);
        QCOMPARE(dns[u"deleted"_s].toBool(), false);
        QVERIFY(!dns.contains(u"deleteReason"_s));
        const QJsonObject typo = observations[1].toObject();
        QCOMPARE(typo[u"deleted"_s].toBool(), true); // flagged, never silently gone
        QCOMPARE(typo[u"deleteReason"_s].toString(), u"typo"_s);
        QCOMPARE(typo[u"text"_s].toString(), u"tpyo"_s);
        QVERIFY(typo[u"stepId"_s].isNull());
        const QJsonArray attachments = observations[2].toObject()[u"attachments"_s].toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0].toObject(),
                 (QJsonObject{{u"mimeType"_s, u"image/png"_s}, {u"bytes"_s, 108}}));
        QVERIFY(!o.out.contains(u"pppppppp"_s)); // never the bytes

        QCOMPARE(done[u"annotations"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"stepId"_s, u"verify"_s},
                                         {u"text"_s, u"jobs need the agent first"_s},
                                         {u"projector"_s, true},
                                         {u"author"_s, QString()},
                                         {u"time"_s, u"2023-11-14T22:58:20Z"_s}}}));
        const QJsonArray rewrites = done[u"rewrites"_s].toArray();
        QCOMPARE(rewrites.size(), 1);
        QCOMPARE(rewrites[0].toObject()[u"kind"_s].toString(), u"step-edited"_s);
        QCOMPARE(rewrites[0].toObject()[u"stepId"_s].toString(), u"verify"_s);
        const QJsonObject payload = rewrites[0].toObject()[u"payload"_s].toObject();
        QCOMPARE(payload[u"before"_s].toObject()[u"title"_s].toString(), u"Verify the jobs run"_s);
        QCOMPARE(payload[u"after"_s].toObject()[u"title"_s].toString(), u"Verify the jobs"_s);
        QCOMPARE(payload[u"phase"_s].toString(), u"rebuild"_s);
        const QJsonArray items = done[u"actionItems"_s].toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items[0].toObject();
        QCOMPARE(item[u"title"_s].toString(), u"add the DNS record to the runbook"_s);
        QCOMPARE(item[u"owner"_s].toString(), u"Jonas"_s);
        QCOMPARE(item[u"due"_s].toString(), u"2023-12-01"_s);
        QCOMPARE(item[u"status"_s].toString(), u"open"_s);
        QCOMPARE(item[u"observation"_s].toInteger(),
                 observations[3].toObject()[u"id"_s].toInteger());
        QVERIFY(item[u"closedInDrill"_s].isNull());
        // Open: not closed, no evidence (schema 5's fields, added within version 1).
        QVERIFY(item[u"closed"_s].isNull());
        QVERIFY(item[u"closingNote"_s].isNull());
        QVERIFY(item[u"closingLink"_s].isNull());
        QCOMPARE(done[u"signOffs"_s].toArray().size(), 0);
        const QJsonArray scores = done[u"scores"_s].toArray();
        QCOMPARE(scores.size(), 1);
        QCOMPARE(scores[0].toObject()[u"criterion"_s].toString(), u"Communication"_s);
        QCOMPARE(scores[0].toObject()[u"score"_s].toInt(), 3); // the latest rating counts
        QCOMPARE(scores[0].toObject()[u"comment"_s].toString(), u"better later"_s);
        QCOMPARE(scores[0].toObject()[u"ratings"_s].toInt(), 2);

        const QJsonObject planned = drills[2].toObject();
        QCOMPARE(planned[u"observations"_s].toArray().size(), 0);
        QCOMPARE(planned[u"actionItems"_s].toArray().size(), 0);
    }

    // What the report says about who ran the drill and what was thrown at them.
    void jsonHasThePeopleAndTheInjects()
    {
        const Output o = history({u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QCOMPARE(o.code, 0);
        const QJsonArray drills =
            QJsonDocument::fromJson(o.out.toUtf8()).object()[u"drills"_s].toArray();
        const QJsonObject done = drills[1].toObject();
        QCOMPARE(done[u"facilitator"_s].toString(), u"Maria"_s);
        QCOMPARE(done[u"participants"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"name"_s, u"Jonas"_s}, {u"role"_s, u"driver"_s}}}));
        QCOMPARE(done[u"injects"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"id"_s, u"efs-slow"_s},
                                         {u"title"_s, u"EFS throughput is throttled"_s},
                                         {u"revealed"_s, u"2023-11-14T22:43:20Z"_s}},
                             QJsonObject{{u"id"_s, u"dns-gone"_s},
                                         {u"title"_s, u"The DNS record is gone"_s},
                                         {u"revealed"_s, QJsonValue(QJsonValue::Null)}}}));
        // Nothing revealed in a drill that never started; every inject is still listed.
        const QJsonArray planned = drills[2].toObject()[u"injects"_s].toArray();
        QCOMPARE(planned.size(), 2);
        QVERIFY(planned[0].toObject()[u"revealed"_s].isNull());
    }

    void csvHasOneRowPerDrill()
    {
        const Output o = history({u"--db"_s, m_db, u"--format"_s, u"csv"_s});
        QCOMPARE(o.code, 0);
        const QString h = m_hash.left(12);
        QCOMPARE(o.out,
                 u"id,runbook,revision,environment,iteration,state,started,finished,wall_seconds,"
                 "active_seconds,hands_on_seconds,waiting_seconds,rto_seconds,rto_target_seconds,"
                 "rpo_seconds,rpo_target_seconds,steps_done,steps_skipped,steps_total,rto_status,"
                 "run_kind\n"
                 "2,jenkins-rebuild,%1,production,1,paused,2023-11-14T23:53:20Z,,30000,600,600,0,,"
                 "14400,,86400,0,1,3,running,hand\n"
                 "1,jenkins-rebuild,%1,test,1,finished,2023-11-14T22:13:20Z,"
                 "2023-11-14T23:03:20Z,3000,3000,3000,0,2400,14400,10800,86400,3,0,3,met,hand\n"
                 "3,jenkins-rebuild,%1,test,2,planned,,,0,0,0,0,,14400,,86400,0,0,3,"
                 "not-started,hand\n"_s.arg(h));
    }

    // CSV injection: an environment a spreadsheet would run as a formula is written as text
    // (docs/csv.md); the numbers stay numbers.
    void csvNeutralisesFormulas()
    {
        const QString db = m_dir.filePath(u"hostile.sqlite"_s);
        QString hash;
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            std::unique_ptr<Database> database = std::move(opened).value();
            DrillStore store(*database);
            RunbookRevisionStore revisions(*database);
            const auto rev =
                revisions.addRevision(runbookYaml(), u"jenkins-rebuild"_s, u"Jenkins"_s, T0);
            QVERIFY(rev.ok());
            hash = rev->sha256.left(12);
            for (const QString &environment : {u"=cmd|' /C calc'!A0"_s, u"-2+3 @SUM(A1)"_s}) {
                Drill d;
                d.revisionId = rev->id;
                d.runbookId = u"jenkins-rebuild"_s;
                d.environment = environment;
                QVERIFY(store.createDrill(d, T0).ok());
            }
        }
        const Output o = history({u"--db"_s, db, u"--format"_s, u"csv"_s});
        QCOMPARE(o.code, 0);
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1],
                 u"2,jenkins-rebuild,%1,\"'-2+3 @SUM(A1)\",1,planned,,,0,0,0,0,,14400,,86400,"
                 "0,0,3,not-started,hand"_s.arg(hash));
        QCOMPARE(lines[2],
                 u"1,jenkins-rebuild,%1,\"'=cmd|' /C calc'!A0\",1,planned,,,0,0,0,0,,14400,,"
                 "86400,0,0,3,not-started,hand"_s.arg(hash));
    }

    void tableIsReadable()
    {
        const Output o = history({u"--db"_s, m_db});
        QCOMPARE(o.code, 0);
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(u"ID  RUNBOOK          REVISION  ENV"_s),
                 qPrintable(lines[0]));
        QVERIFY2(lines[0].simplified().endsWith(u"STEPS SKIPPED"_s), qPrintable(lines[0]));
        // The skipped step is not counted as done (it read 1/3).
        QVERIFY2(lines[1].simplified().endsWith(u" 0/3 1"_s), qPrintable(lines[1]));
        QCOMPARE(lines[2].simplified(),
                 u"1 jenkins-rebuild %1 test 1 hand finished 2023-11-14T22:13:20Z 50m 50m 40m 4h "
                 "3h 1d 3/3 0"_s.arg(m_hash.left(8)));
        QCOMPARE(lines[3].simplified(),
                 u"3 jenkins-rebuild %1 test 2 hand planned - 0s 0s - 4h - 1d 0/3 0"_s.arg(
                     m_hash.left(8)));
    }

    // Finished while the service-restored step (launch) still ran, finished with it skipped,
    // aborted before it: none restored the service, so none has an RTO, in any format.
    void drillsEndedBeforeServiceRestoredHaveNoRto()
    {
        const QString path = m_dir.filePath(u"not-restored.sqlite"_s);
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            std::unique_ptr<Database> db = std::move(opened).value();
            DrillStore store(*db);
            RunbookRevisionStore revisions(*db);
            const QByteArray yaml = runbookYaml();
            const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"jenkins.yaml"_s);
            QVERIFY(loaded.ok());
            const auto rev =
                revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
            QVERIFY(rev.ok());
            qint64 now = T0;
            auto bakeThenLaunch = [](DrillEngine &e, qint64 &now, qint64 bakeMs) {
                now = at(0);
                QVERIFY(e.start().committed());
                QVERIFY(e.startStep(u"bake-ami"_s).committed());
                now = at(0) + bakeMs;
                QVERIFY(e.completeStep(u"bake-ami"_s).committed());
                QVERIFY(e.startStep(u"launch"_s).committed());
            };
            drive(store, rev.value(), *loaded.runbook, u"test"_s, std::nullopt, now,
                  [&](DrillEngine &e, qint64 &now) {
                      bakeThenLaunch(e, now, 20'000);
                      now = at(0) + 33'000; // finished 33 seconds in, the service still down
                      QVERIFY(e.finish().committed());
                  });
            drive(store, rev.value(), *loaded.runbook, u"test"_s, at(-10), now,
                  [&](DrillEngine &e, qint64 &now) {
                      bakeThenLaunch(e, now, 20 * minute);
                      now = at(25);
                      QVERIFY(e.skipStep(u"launch"_s, u"no time"_s).committed());
                      QVERIFY(e.startStep(u"verify"_s).committed());
                      now = at(40);
                      QVERIFY(e.completeStep(u"verify"_s).committed());
                      QVERIFY(e.finish().committed());
                  });
            drive(store, rev.value(), *loaded.runbook, u"production"_s, std::nullopt, now,
                  [&](DrillEngine &e, qint64 &now) {
                      bakeThenLaunch(e, now, 20 * minute);
                      now = at(30);
                      QVERIFY(e.abort(u"AWS outage"_s).committed());
                  });
        }

        Output o = history({u"--db"_s, path, u"--format"_s, u"json"_s});
        QCOMPARE(o.code, 0);
        const QJsonArray drills =
            QJsonDocument::fromJson(o.out.toUtf8()).object()[u"drills"_s].toArray();
        QCOMPARE(drills.size(), 3);
        for (const QJsonValue &v : drills) {
            const QJsonObject drill = v.toObject();
            const QString name = u"%1 #%2"_s.arg(drill[u"environment"_s].toString())
                                     .arg(drill[u"iteration"_s].toInt());
            QVERIFY2(drill[u"rtoSeconds"_s].isNull(), qPrintable(name));
            QVERIFY2(drill.contains(u"rtoSeconds"_s), qPrintable(name)); // null, not absent
            QCOMPARE(drill[u"rtoStatus"_s].toString(), u"not-restored"_s);
            QCOMPARE(drill[u"rtoTargetSeconds"_s].toInt(), 4 * 3600);
        }
        QCOMPARE(drills[0].toObject()[u"state"_s].toString(), u"aborted"_s);
        QCOMPARE(drills[1].toObject()[u"wallSeconds"_s].toInt(), 33);
        QCOMPARE(drills[2].toObject()[u"steps"_s].toArray()[1].toObject()[u"status"_s].toString(),
                 u"skipped"_s);

        o = history({u"--db"_s, path, u"--format"_s, u"csv"_s});
        QCOMPARE(o.code, 0);
        const QStringList rows = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].endsWith(u",rto_seconds,rto_target_seconds,rpo_seconds,"
                                 "rpo_target_seconds,steps_done,steps_skipped,steps_total,"
                                 "rto_status,run_kind"_s));
        const int rtoColumn = int(rows[0].split(u',').indexOf(u"rto_seconds"_s));
        for (const QString &row : rows.mid(1)) {
            const QStringList cells = row.split(u',');
            QCOMPARE(cells.value(rtoColumn), QString());
            QCOMPARE(cells.value(rtoColumn + 1), u"14400"_s);
            QCOMPARE(cells.value(cells.size() - 2), u"not-restored"_s);
        }

        o = history({u"--db"_s, path});
        QCOMPARE(o.code, 0);
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[2].simplified().section(u' ', 6),
                 u"finished 2023-11-14T22:13:20Z 33s 33s not restored 4h - 1d 1/3 0"_s);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.contains(u" not restored "_s), qPrintable(line));
    }

    // A value stored before the loader refused control characters (or written by another tool)
    // is shown on the terminal, never sent to it: `prod\e]0;PWNED\a\e[2J` retitled the terminal
    // and cleared the screen.
    void tableNeverSendsAControlCharacter()
    {
        const QString path = m_dir.filePath(u"controls.sqlite"_s);
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            std::unique_ptr<Database> db = std::move(opened).value();
            const QByteArray yaml = runbookYaml();
            const auto rev =
                RunbookRevisionStore(*db).addRevision(yaml, u"jenkins-rebuild"_s, u"Jenkins"_s, T0);
            QVERIFY(rev.ok());
            Drill d;
            d.revisionId = rev->id;
            d.runbookId = u"jenkins\u202Erebuild"_s;
            d.environment = u"prod\x1b]0;PWNED\x07\x1b[2J"_s;
            d.facilitator = u"Maria"_s;
            QVERIFY(DrillStore(*db).createDrill(d, T0).ok());
        }
        const Output o = history({u"--db"_s, path});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.contains(u"prod\u241B]0;PWNED\u2407\u241B[2J"_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"jenkins<U+202E>rebuild"_s), qPrintable(o.out));
        for (QChar c : o.out)
            QVERIFY2(c == u'\n' || !TerminalText::isUnsafe(c.unicode()),
                     qPrintable(u"U+%1"_s.arg(c.unicode(), 4, 16)));
    }

    void filtersByRunbookAndEnvironment()
    {
        Output o =
            history({u"--db"_s, m_db, u"--environment"_s, u"test"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(o.out.count(u'\n'), 3);
        o = history({u"--db"_s, m_db, u"--runbook"_s, u"dns-failover"_s});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out, u"No drills in %1.\n"_s.arg(m_db));
    }

    // Drills people ran and runs `drilldeck run` recorded, told apart in every format and
    // selected by --runs.
    void runsSelectHandRunOrAutomatedDrills()
    {
        const QString path = m_dir.filePath(u"runs.sqlite"_s);
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            std::unique_ptr<Database> db = std::move(opened).value();
            const QByteArray yaml = runbookYaml();
            const auto rev =
                RunbookRevisionStore(*db).addRevision(yaml, u"jenkins-rebuild"_s, u"Jenkins"_s, T0);
            QVERIFY(rev.ok());
            DrillStore store(*db);
            for (const Drill::RunKind kind :
                 {Drill::RunKind::Hand, Drill::RunKind::Automated, Drill::RunKind::Automated}) {
                Drill d;
                d.revisionId = rev->id;
                d.runbookId = u"jenkins-rebuild"_s;
                d.environment = u"staging"_s;
                d.runKind = kind;
                QVERIFY(store.createDrill(d, T0).ok());
            }
        }
        auto csv = [&path](const QString &runs) {
            const Output o = history({u"--db"_s, path, u"--format"_s, u"csv"_s, u"--runs"_s, runs});
            QStringList kinds = {u"exit %1"_s.arg(o.code)};
            for (const QString &row : o.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
                kinds << row.section(u',', 0, 0) + u':' + row.section(u',', -1);
            return kinds;
        };
        QCOMPARE(csv(u"both"_s),
                 QStringList({u"exit 0"_s, u"1:hand"_s, u"2:automated"_s, u"3:automated"_s}));
        QCOMPARE(csv(u"hand"_s), QStringList({u"exit 0"_s, u"1:hand"_s}));
        QCOMPARE(csv(u"automated"_s),
                 QStringList({u"exit 0"_s, u"2:automated"_s, u"3:automated"_s}));

        Output o =
            history({u"--db"_s, path, u"--format"_s, u"json"_s, u"--runs"_s, u"automated"_s});
        const QJsonArray drills =
            QJsonDocument::fromJson(o.out.toUtf8()).object()[u"drills"_s].toArray();
        QCOMPARE(drills.size(), 2);
        QCOMPARE(drills[0].toObject()[u"runKind"_s].toString(), u"automated"_s);
        QCOMPARE(drills[1].toObject()[u"iteration"_s].toInt(), 3); // iterations are shared
        o = history({u"--db"_s, path});
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].simplified().section(u' ', 4, 6), u"# RUN STATE"_s);
        QCOMPARE(lines[1].simplified().section(u' ', 4, 6), u"1 hand planned"_s);
        QCOMPARE(lines[3].simplified().section(u' ', 4, 6), u"3 automated planned"_s);
    }

    void missingDatabaseIsNotCreated()
    {
        const QString missing = m_dir.filePath(u"none/drilldeck.sqlite"_s);
        const Output o = history({u"--db"_s, missing});
        QCOMPARE(o.code, 1);
        QCOMPARE(o.out, QString());
        QCOMPARE(o.err,
                 u"drilldeck history: there is no DrillDeck database at %1\n"_s.arg(missing));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none"_s)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown format")
            << QStringList{u"--format"_s, u"xml"_s}
            << u"drilldeck history: unknown format `xml`; use table, csv or json\n"_s;
        QTest::addRow("unknown option")
            << QStringList{u"--colour"_s}
            << u"drilldeck history: Unknown option 'colour'.\nTry 'drilldeck history --help'.\n"_s;
        QTest::addRow("unknown runs")
            << QStringList{u"--runs"_s, u"nightly"_s}
            << u"drilldeck history: unknown runs `nightly`; use hand, automated or both\n"_s;
        QTest::addRow("stray argument")
            << QStringList{u"extra"_s} << u"drilldeck history: unexpected argument `extra`\n"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Output o = history(QStringList{u"--db"_s, m_db} + args);
        QCOMPARE(o.code, 2);
        QCOMPARE(o.err, message);
    }

    void helpNamesEveryOption()
    {
        const Output o = history({u"--help"_s});
        QCOMPARE(o.code, 0);
        for (const QString &option :
             {u"--db <PATH>"_s, u"--runbook <ID>"_s, u"--environment <ENV>"_s, u"--runs <RUNS>"_s,
              u"--format <FORMAT>"_s})
            QVERIFY2(o.out.contains(option), qPrintable(option));
    }

    void binaryRunsHistoryHeadless()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"minimal"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DRILLDECK_BINARY),
                {u"history"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput())
                     .object()[u"drills"_s]
                     .toArray()
                     .size(),
                 3);
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        p.start(QStringLiteral(DRILLDECK_BINARY), {u"history"_s, u"--db"_s, missing});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
