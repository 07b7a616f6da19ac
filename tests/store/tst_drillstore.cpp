// DrillStore and RunbookRevisionStore: revisions by hash, iterations, participants, the
// append-only log, and which drills are offered for resuming.
#include "database.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookrevisionstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

class TestDrillStore : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DrillStore> m_store;
    std::unique_ptr<RunbookRevisionStore> m_revisions;
    qint64 m_revision = 0;

    Drill createDrill(const QString &environment, const QString &runbookId = u"jenkins-rebuild"_s)
    {
        Drill d;
        d.revisionId = m_revision;
        d.runbookId = runbookId;
        d.environment = environment;
        const auto stored = m_store->createDrill(d, T0);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        return stored.value();
    }
    void append(qint64 drillId, Kind kind, double minutes, const QString &step = {})
    {
        DrillEvent e = ev(kind, minutes, step);
        e.drillId = drillId;
        QVERIFY(m_store->appendEvent(e).ok());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<DrillStore>(*m_db);
        m_revisions = std::make_unique<RunbookRevisionStore>(*m_db);
        m_revision = m_revisions->addRevision(runbookYaml(), u"jenkins-rebuild"_s, u"t"_s, T0)->id;
    }
    void cleanup()
    {
        m_revisions.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void sameTextIsSameRevision()
    {
        const auto again =
            m_revisions->addRevision(runbookYaml(), u"jenkins-rebuild"_s, u"t"_s, T0 + 5);
        QVERIFY(again.ok());
        QCOMPARE(again->id, m_revision);
        QCOMPARE(again->createdMs, T0);
        QCOMPARE(again->sha256, RunbookRevisionStore::sha256Of(runbookYaml()));
        QCOMPARE(again->sha256.size(), 64);
        QCOMPARE(again->yaml.toUtf8(), runbookYaml());

        const QByteArray edited = runbookYaml() + "# reviewed\n";
        const auto next = m_revisions->addRevision(edited, u"jenkins-rebuild"_s, u"t"_s, T0 + 9);
        QVERIFY(next->id != m_revision);
        const auto all = m_revisions->revisions(u"jenkins-rebuild"_s);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->constFirst().id, next->id); // newest first
        QCOMPARE(m_revisions->revision(m_revision)->sha256, again->sha256);
        QCOMPARE(m_revisions->revision(999).error().code, StoreError::Code::NotFound);
    }

    void iterationsCountPerRunbookAndEnvironment()
    {
        QCOMPARE(createDrill(u"test"_s).iteration, 1);
        QCOMPARE(createDrill(u"test"_s).iteration, 2);
        QCOMPARE(createDrill(u"production"_s).iteration, 1);
        QCOMPARE(createDrill(u"test"_s).iteration, 3);
        QCOMPARE(createDrill(u"test"_s, u"dns-failover"_s).iteration, 1);

        const auto tests = m_store->drills({u"jenkins-rebuild"_s, u"test"_s});
        QCOMPARE(tests->size(), 3);
        QCOMPARE(tests->constLast().iteration, 3);
        QCOMPARE(m_store->drills()->size(), 5);
        QCOMPARE(m_store->drills({{}, u"production"_s})->size(), 1);
    }

    void drillRoundTrips()
    {
        Drill d;
        d.revisionId = m_revision;
        d.runbookId = u"jenkins-rebuild"_s;
        d.environment = u"production"_s;
        d.scenario = u"The instance is terminated."_s;
        d.facilitator = u"Maria"_s;
        d.participants = {{u"Jonas"_s, u"driver"_s}, {u"Lea"_s, u"scribe"_s}};
        d.failureMs = T0 - 30 * minute;
        const auto stored = m_store->createDrill(d, T0);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(stored->id > 0);
        QCOMPARE(stored->createdMs, T0);
        QCOMPARE(m_store->drill(stored->id).value(), stored.value());

        Drill plain = createDrill(u"test"_s);
        QVERIFY(!m_store->drill(plain.id)->failureMs);
        QVERIFY(m_store->drill(plain.id)->participants.isEmpty());
        QCOMPARE(m_store->drill(plain.id)->runKind, Drill::RunKind::Hand);

        // An automated run shares the iterations of its runbook and environment.
        Drill nightly = d;
        nightly.runKind = Drill::RunKind::Automated;
        const auto run = m_store->createDrill(nightly, T0 + minute);
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        QCOMPARE(run->iteration, stored->iteration + 1);
        QCOMPARE(m_store->drill(run->id)->runKind, Drill::RunKind::Automated);
        QCOMPARE(Drill::runKindName(Drill::RunKind::Automated), u"automated"_s);
        QCOMPARE(Drill::runKindFromName(u"hand"), Drill::RunKind::Hand);
        QCOMPARE(m_store->drill(12345).error().code, StoreError::Code::NotFound);
    }

    void drillNeedsAStoredRevision()
    {
        Drill d;
        d.revisionId = 4242;
        d.runbookId = u"x"_s;
        d.environment = u"test"_s;
        const auto stored = m_store->createDrill(d, T0);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message.contains(u"FOREIGN KEY"_s),
                 qPrintable(stored.error().message));
        QVERIFY(m_store->drills()->isEmpty()); // the transaction left nothing behind
    }

    void eventsAreAppendOnly()
    {
        const Drill d = createDrill(u"test"_s);
        append(d.id, Kind::Started, 0);
        append(d.id, Kind::StepStarted, 1, u"bake-ami"_s);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"UPDATE drill_events SET time_ms = 0"_s));
        QVERIFY(q.lastError().text().contains(u"append-only"_s));
        QVERIFY(!q.exec(u"DELETE FROM drill_events"_s));
        QCOMPARE(m_store->eventCount(d.id).value(), 2);
        const auto events = m_store->events(d.id).value();
        QCOMPARE(events[1].kind, Kind::StepStarted);
        QCOMPARE(events[1].stepId, u"bake-ami"_s);
        QCOMPARE(events[1].timeMs, at(1));
        QCOMPARE(events[1].author, u"tester"_s);
        QVERIFY(events[0].id < events[1].id);
    }

    void unfinishedDrillsAreOfferedForResume()
    {
        const Drill planned = createDrill(u"test"_s);
        const Drill running = createDrill(u"test"_s);
        append(running.id, Kind::Started, 0);
        const Drill paused = createDrill(u"production"_s);
        append(paused.id, Kind::Started, 0);
        append(paused.id, Kind::Paused, 1);
        const Drill finished = createDrill(u"test"_s);
        append(finished.id, Kind::Started, 0);
        append(finished.id, Kind::Finished, 1);
        const Drill aborted = createDrill(u"test"_s);
        append(aborted.id, Kind::Started, 0);
        append(aborted.id, Kind::Aborted, 1);

        QList<qint64> ids;
        for (const Drill &d : m_store->unfinishedDrills().value())
            ids << d.id;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{running.id, paused.id}));
        QCOMPARE(Drill::stateFromEvents(m_store->events(paused.id).value()), Drill::State::Paused);
        QCOMPARE(Drill::stateFromEvents(m_store->events(planned.id).value()),
                 Drill::State::Planned);
    }

    void eventsOfDrillsGroupsByDrill()
    {
        const Drill a = createDrill(u"test"_s);
        const Drill b = createDrill(u"production"_s);
        append(a.id, Kind::Started, 0);
        append(b.id, Kind::Started, 1);
        append(a.id, Kind::Finished, 2);
        const auto all = m_store->eventsOfDrills().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(a.id), m_store->events(a.id).value());
        QCOMPARE(all.value(b.id), m_store->events(b.id).value());
        const auto onlyTest = m_store->eventsOfDrills({{}, u"test"_s}).value();
        QCOMPARE(onlyTest.keys(), QList<qint64>{a.id});
    }
};

QTEST_GUILESS_MAIN(TestDrillStore)
#include "tst_drillstore.moc"
