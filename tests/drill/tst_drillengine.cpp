// DrillEngine: every bad event is refused with a clear message and nothing written; a store
// that cannot write keeps events pending, loudly, until they are stored.
#include "database.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "eventlogmodel.h"
#include "runbookrevisionstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

namespace {
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString reason(const QString &text)
{
    return DrillEvent::payloadWith(u"reason"_s, text);
}
} // namespace

class TestDrillEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DrillStore> m_store;
    Runbook m_runbook;
    Drill m_drill;
    qint64 m_now = T0;

    std::unique_ptr<DrillEngine> engine(const QList<DrillEvent> &committed = {})
    {
        auto e = std::make_unique<DrillEngine>(m_store.get(), m_runbook, m_drill, committed);
        e->setClock([this] { return m_now; });
        e->setAuthor(u"facilitator"_s);
        return e;
    }
    qint64 rows() { return m_store->eventCount(m_drill.id).value(); }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db).value();
        m_store = std::make_unique<DrillStore>(*m_db);
        m_runbook = runbook({{u"a"_s, 10},
                             {u"b"_s, 10, {u"a"_s}},
                             {u"c"_s, 5, {u"a"_s, u"b"_s}},
                             {u"d"_s, 5, {u"a"_s}}});
        RunbookRevisionStore revisions(*m_db);
        const auto rev = revisions.addRevision(runbookYaml(), m_runbook.id, m_runbook.title, T0);
        QVERIFY(rev.ok());
        Drill d;
        d.revisionId = rev->id;
        d.runbookId = m_runbook.id;
        d.environment = u"test"_s;
        const auto created = m_store->createDrill(d, T0);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_drill = created.value();
        m_now = T0;
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void rejectsBadEvents_data()
    {
        QTest::addColumn<QList<DrillEvent>>("log");
        QTest::addColumn<DrillEvent>("proposed");
        QTest::addColumn<QString>("message");

        const DrillEvent started = ev(Kind::Started, 0);
        const QList<DrillEvent> running = {started};
        const QList<DrillEvent> finished = {started, ev(Kind::Finished, 1)};
        QTest::addRow("anything before the start")
            << QList<DrillEvent>{} << ev(Kind::StepStarted, 1, u"a"_s)
            << u"the drill has not started yet; start it before a step-started event"_s;
        QTest::addRow("second start")
            << running << ev(Kind::Started, 1) << u"the drill has already started"_s;
        QTest::addRow("step done before started")
            << running << ev(Kind::StepDone, 1, u"a"_s)
            << u"step `a` has not started; start it before marking it done"_s;
        QTest::addRow("second finish")
            << finished << ev(Kind::Finished, 2)
            << u"the drill is already finished; no finished event can follow it"_s;
        QTest::addRow("event after finish")
            << finished << ev(Kind::StepStarted, 2, u"a"_s)
            << u"the drill is already finished; no step-started event can follow it"_s;
        QTest::addRow("event after abort")
            << QList<DrillEvent>{started, ev(Kind::Aborted, 1)} << ev(Kind::Resumed, 2)
            << u"the drill was aborted; no resumed event can follow it"_s;
        QTest::addRow("step not in the revision")
            << running << ev(Kind::StepStarted, 1, u"bake-amy"_s)
            << u"step `bake-amy` is not in this revision of the runbook"_s;
        QTest::addRow("step event without a step")
            << running << ev(Kind::StepDone, 1) << u"a step-done event needs a step id"_s;
        QTest::addRow("time going backwards")
            << QList<DrillEvent>{ev(Kind::Started, 10)} << ev(Kind::StepStarted, 5, u"a"_s)
            << u"time goes backwards: this step-started event is at %1, before the last event "
               u"at %2"_s.arg(iso(at(5)), iso(at(10)));
        QTest::addRow("dependencies not done")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s)}
            << ev(Kind::StepStarted, 1, u"c"_s)
            << u"step `c` depends on `a`, `b`, which are not done yet"_s;
        QTest::addRow("one dependency not done")
            << running << ev(Kind::StepStarted, 1, u"d"_s)
            << u"step `d` depends on `a`, which is not done yet"_s;
        QTest::addRow("step started twice")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s)}
            << ev(Kind::StepStarted, 1, u"a"_s) << u"step `a` is already running"_s;
        QTest::addRow("starting a done step")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 1, u"a"_s)}
            << ev(Kind::StepStarted, 2, u"a"_s) << u"step `a` is already done; reopen it instead"_s;
        QTest::addRow("done twice")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 1, u"a"_s)}
            << ev(Kind::StepDone, 2, u"a"_s) << u"step `a` is already done"_s;
        QTest::addRow("skipping a skipped step")
            << QList<DrillEvent>{started, ev(Kind::StepSkipped, 1, u"a"_s, reason(u"n/a"_s))}
            << ev(Kind::StepSkipped, 2, u"a"_s, reason(u"again"_s))
            << u"step `a` is already skipped; reopen it first"_s;
        QTest::addRow("reopening a step not done")
            << running << ev(Kind::StepReopened, 1, u"a"_s, reason(u"mis-click"_s))
            << u"step `a` is neither done nor skipped, so it cannot be reopened"_s;
        QTest::addRow("starting a blocked step")
            << QList<DrillEvent>{started, ev(Kind::StepBlocked, 1, u"a"_s, reason(u"VPN"_s))}
            << ev(Kind::StepStarted, 2, u"a"_s) << u"step `a` is blocked; unblock it first"_s;
        QTest::addRow("blocking twice")
            << QList<DrillEvent>{started, ev(Kind::StepBlocked, 1, u"a"_s, reason(u"VPN"_s))}
            << ev(Kind::StepBlocked, 2, u"a"_s, reason(u"VPN"_s))
            << u"step `a` is already blocked"_s;
        QTest::addRow("unblocking a step not blocked")
            << running << ev(Kind::StepUnblocked, 1, u"a"_s) << u"step `a` is not blocked"_s;
        QTest::addRow("done while blocked")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepBlocked, 1, u"a"_s, reason(u"VPN"_s))}
            << ev(Kind::StepDone, 2, u"a"_s)
            << u"step `a` is blocked; unblock it before marking it done"_s;
        QTest::addRow("resume when not paused")
            << running << ev(Kind::Resumed, 1) << u"the drill is not paused, so it cannot resume"_s;
        QTest::addRow("pause twice") << QList<DrillEvent>{started, ev(Kind::Paused, 1)}
                                     << ev(Kind::Paused, 2) << u"the drill is already paused"_s;
        QTest::addRow("starting a step while paused")
            << QList<DrillEvent>{started, ev(Kind::Paused, 1)} << ev(Kind::StepStarted, 2, u"a"_s)
            << u"the drill is paused; resume it before starting step `a`"_s;
        QTest::addRow("unknown inject")
            << running
            << ev(Kind::InjectRevealed, 1, {}, DrillEvent::payloadWith(u"inject"_s, u"dns"_s))
            << u"inject `dns` is not in this revision of the runbook"_s;
        QTest::addRow("inject revealed twice")
            << QList<DrillEvent>{started, ev(Kind::InjectRevealed, 1, {},
                                             DrillEvent::payloadWith(u"inject"_s, u"efs-slow"_s))}
            << ev(Kind::InjectRevealed, 2, {}, DrillEvent::payloadWith(u"inject"_s, u"efs-slow"_s))
            << u"inject `efs-slow` was already revealed"_s;
        QTest::addRow("restored data from the future")
            << running
            << ev(Kind::DataRestoredAt, 1, {},
                  DrillEvent::payloadWith(u"dataTimeMs"_s, double(at(2))))
            << u"the restored data (%1) cannot be newer than the moment it is entered (%2)"_s.arg(
                   iso(at(2)), iso(at(1)));
        QTest::addRow("restored data without a time")
            << running << ev(Kind::DataRestoredAt, 1)
            << u"a data-restored-at event needs the time of the restored data"_s;
        CommandEvidence passed;
        passed.command = u"true"_s;
        passed.outcome = CommandEvidence::Outcome::Passed;
        const QString evidence = passed.toPayload();
        QTest::addRow("command run of a step not started")
            << running << ev(Kind::CommandRun, 1, u"a"_s, evidence)
            << u"step `a` is not running, so no run of its command can be recorded"_s;
        QTest::addRow("command run of a done step")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 1, u"a"_s)}
            << ev(Kind::CommandRun, 2, u"a"_s, evidence)
            << u"step `a` is not running, so no run of its command can be recorded"_s;
        QTest::addRow("command run after the end")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s), ev(Kind::Finished, 1)}
            << ev(Kind::CommandRun, 2, u"a"_s, evidence)
            << u"the drill is already finished; no command-run event can follow it"_s;
        QTest::addRow("command run without evidence")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s)}
            << ev(Kind::CommandRun, 1, u"a"_s, DrillEvent::payloadWith(u"command"_s, u"true"_s))
            << u"a command-run event needs the run's evidence (command and outcome)"_s;
        QTest::addRow("command run without a step")
            << running << ev(Kind::CommandRun, 1, {}, evidence)
            << u"a command-run event needs a step id"_s;
        QTest::addRow("empty observation")
            << running << ev(Kind::Observation, 1, {}, DrillEvent::payloadWith(u"text"_s, u" "_s))
            << u"an observation needs some text"_s;
        QTest::addRow("wait on a step not started")
            << running << ev(Kind::WaitStarted, 1, u"a"_s)
            << u"step `a` is not running, so it cannot wait on a machine; start it first"_s;
        const QList<DrillEvent> waiting = {started, ev(Kind::StepStarted, 0, u"a"_s),
                                           ev(Kind::WaitStarted, 1, u"a"_s)};
        QTest::addRow("wait twice") << waiting << ev(Kind::WaitStarted, 2, u"a"_s)
                                    << u"step `a` already waits on a machine"_s;
        QTest::addRow("wait ended without a wait")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s)}
            << ev(Kind::WaitEnded, 1, u"a"_s)
            << u"step `a` is not waiting on a machine, so its wait cannot end"_s;
        QTest::addRow("wait ended by the step's end")
            << (waiting + QList<DrillEvent>{ev(Kind::StepDone, 2, u"a"_s)})
            << ev(Kind::WaitEnded, 3, u"a"_s)
            << u"step `a` is not waiting on a machine, so its wait cannot end"_s;
        QTest::addRow("wait on a done step")
            << QList<DrillEvent>{started, ev(Kind::StepStarted, 0, u"a"_s),
                                 ev(Kind::StepDone, 1, u"a"_s)}
            << ev(Kind::WaitStarted, 2, u"a"_s)
            << u"step `a` is not running, so it cannot wait on a machine; start it first"_s;
    }
    void rejectsBadEvents()
    {
        QFETCH(QList<DrillEvent>, log);
        QFETCH(DrillEvent, proposed);
        QFETCH(QString, message);
        auto e = engine();
        for (const DrillEvent &event : log) {
            const AppendResult r = e->append(event);
            QVERIFY2(r.committed(), qPrintable(r.message));
        }
        const qint64 before = rows();
        QCOMPARE(before, log.size());
        QSignalSpy rejected(e.get(), &DrillEngine::eventRejected);
        QSignalSpy appended(e.get(), &DrillEngine::eventAppended);

        const AppendResult r = e->append(proposed);
        QCOMPARE(r.status, AppendResult::Status::Rejected);
        QCOMPARE(r.message, message);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(appended.size(), 0);
        QCOMPARE(rows(), before); // nothing written
        QCOMPARE(e->committedEvents().size(), log.size());
        QVERIFY(!e->hasPending());
    }

    void overrideStartsStepWithMissingDependencies()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        const AppendResult r = e->startStep(u"c"_s, true);
        QVERIFY2(r.committed(), qPrintable(r.message));
        QCOMPARE(r.event.payloadObject().value(u"missing"_s).toArray().size(), 2);
        QCOMPARE(e->currentSteps(), QStringList{u"c"_s});
    }

    void unstartTakesBackOnlyAFirstStart()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        m_now = at(1);
        QVERIFY(e->startStep(u"a"_s).committed());
        m_now = at(2);
        const AppendResult undo = e->unstartStep(u"a"_s, u"mis-click"_s);
        QVERIFY2(undo.committed(), qPrintable(undo.message));
        QCOMPARE(e->stepStatus(u"a"_s), StepStatus::NotStarted);
        QCOMPARE(e->metrics().step(u"a"_s)->actualMs, 0); // the mistaken minute is not counted
        QCOMPARE(e->nextStep(), u"a"_s);
        const qint64 before = rows();
        QVERIFY(e->unstartStep(u"a"_s, u"again"_s).rejected()); // not running
        m_now = at(3);
        QVERIFY(e->startStep(u"a"_s).committed());
        m_now = at(4);
        QVERIFY(e->completeStep(u"a"_s).committed());
        QVERIFY(e->reopenStep(u"a"_s, u"not really done"_s).committed());
        const qint64 afterReopen = rows();
        // It ran before the reopen: that time was worked, so it cannot be taken back.
        QVERIFY(e->unstartStep(u"a"_s, u"mis-click"_s).rejected());
        QCOMPARE(rows(), afterReopen);
        QCOMPARE(before + 3, afterReopen);
    }

    void conveniencesDriveADrill()
    {
        auto e = engine();
        QSignalSpy appended(e.get(), &DrillEngine::eventAppended);
        QCOMPARE(e->nextStep(), u"a"_s);
        QVERIFY(e->start().committed());
        m_now = at(1);
        QVERIFY(e->startStep(u"a"_s).committed());
        QCOMPARE(e->currentSteps(), QStringList{u"a"_s});
        QCOMPARE(e->nextStep(), QString()); // b, c and d wait for a
        m_now = at(9);
        QVERIFY(e->completeStep(u"a"_s).committed());
        QCOMPARE(e->nextStep(), u"b"_s);
        QVERIFY(e->reopenStep(u"a"_s, u"mis-click"_s).committed());
        QCOMPARE(e->stepStatus(u"a"_s), StepStatus::Running);
        m_now = at(10);
        QVERIFY(e->completeStep(u"a"_s).committed());
        QVERIFY(e->startStep(u"b"_s).committed());
        QVERIFY(e->startStep(u"d"_s).committed());
        QCOMPARE(e->currentSteps(), (QStringList{u"b"_s, u"d"_s}));
        QVERIFY(e->blockStep(u"d"_s, u"no VPN"_s).committed());
        QCOMPARE(e->stepStatus(u"d"_s), StepStatus::Blocked);
        QVERIFY(e->unblockStep(u"d"_s).committed());
        QVERIFY(e->skipStep(u"d"_s, u"not needed in test"_s).committed());
        QVERIFY(e->revealInject(u"efs-slow"_s).committed());
        QVERIFY(e->pause().committed());
        m_now = at(70);
        QVERIFY(e->resume().committed());
        QVERIFY(e->observe(u"EFS is slow"_s).committed());
        QVERIFY(e->setDataRestoredAt(at(-120)).committed());
        m_now = at(75);
        QVERIFY(e->completeStep(u"b"_s).committed());
        QCOMPARE(e->nextStep(), u"c"_s);
        QVERIFY(e->finish().committed());
        QCOMPARE(e->state(), Drill::State::Finished);
        QCOMPARE(appended.size(), 17);
        QCOMPARE(rows(), 17);

        const DrillMetrics m = e->metrics();
        QCOMPARE(m.wallMs, 75 * minute);
        QCOMPARE(m.activeMs, 15 * minute);
        QCOMPARE(m.step(u"b"_s)->actualMs, 5 * minute);
        QCOMPARE(m.rpoMs, std::optional<qint64>(2 * hour));

        // What was stored is what the engine holds, author and all.
        const auto stored = m_store->events(m_drill.id);
        QCOMPARE(stored.value(), e->committedEvents());
        QCOMPARE(stored->constFirst().author, u"facilitator"_s);
    }

    // Page Down completes the step and starts the next ready one even while another step runs
    // in parallel; the steps still waiting for dependencies are not ready.
    void completeAndStartNextStartsTheNextReadyStepBesideParallelWork()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QString started;
        QVERIFY(e->completeAndStartNext({}, &started).committed()); // nothing to complete
        QCOMPARE(started, u"a"_s);
        QCOMPARE(e->readySteps(), QStringList{}); // b, c and d wait for a
        m_now = at(5);
        QVERIFY(e->completeAndStartNext(u"a"_s, &started).committed());
        QCOMPARE(started, u"b"_s);
        QCOMPARE(e->readySteps(), QStringList{u"d"_s}); // c waits for b as well
        QVERIFY(e->startStep(u"d"_s).committed());      // in parallel (R)
        QCOMPARE(e->readySteps(), QStringList{});
        m_now = at(8);
        // b done while d runs: c is ready and starts, d keeps running.
        QVERIFY(e->completeAndStartNext(u"b"_s, &started).committed());
        QCOMPARE(started, u"c"_s);
        QCOMPARE(e->currentSteps(), (QStringList{u"c"_s, u"d"_s}));
        m_now = at(9);
        QVERIFY(e->completeAndStartNext(u"d"_s, &started).committed()); // nothing left to start
        QCOMPARE(started, QString());
        QCOMPARE(e->currentSteps(), QStringList{u"c"_s});
        // A refused completion starts nothing.
        const qint64 before = rows();
        QVERIFY(e->completeAndStartNext(u"d"_s, &started).rejected());
        QCOMPARE(started, QString());
        QCOMPARE(rows(), before);
    }

    // W toggles "now we only wait"; done, skip and un-start end the wait with the step.
    void toggleWaitingMarksAndEndsWaits()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QVERIFY(e->startStep(u"a"_s).committed());
        m_now = at(2);
        QVERIFY(e->toggleWaiting(u"a"_s).committed());
        QVERIFY(e->isWaiting(u"a"_s));
        QCOMPARE(e->replay().waitingSteps(), QStringList{u"a"_s});
        m_now = at(6);
        const AppendResult back = e->toggleWaiting(u"a"_s);
        QCOMPARE(back.event.kind, Kind::WaitEnded);
        QVERIFY(!e->isWaiting(u"a"_s));
        m_now = at(7);
        QVERIFY(e->toggleWaiting(u"a"_s).committed());
        m_now = at(10);
        QVERIFY(e->completeStep(u"a"_s).committed());
        QVERIFY(!e->isWaiting(u"a"_s));
        const DrillMetrics m = e->metrics();
        QCOMPARE(m.step(u"a"_s)->actualMs, 10 * minute);
        QCOMPARE(m.step(u"a"_s)->waitingMs, 7 * minute); // 2-6 and 7-10
        // Un-starting a step takes its waits back with its time.
        QVERIFY(e->startStep(u"b"_s).committed());
        QVERIFY(e->toggleWaiting(u"b"_s).committed());
        QVERIFY(e->unstartStep(u"b"_s, u"mis-click"_s).committed());
        QVERIFY(!e->isWaiting(u"b"_s));
        QVERIFY(e->toggleWaiting(u"b"_s).rejected());
    }

    // With the option on, a step done starts the steps that depend on it and are ready now;
    // Page Down then starts nothing more. Off, nothing starts by itself.
    void autoStartStartsDependentsWhenTheyBecomeReady()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QVERIFY(e->startStep(u"a"_s).committed());
        m_now = at(5);
        QVERIFY(e->completeStep(u"a"_s).committed());
        QCOMPARE(e->currentSteps(), QStringList{});
        QCOMPARE(e->autoStarted(), QStringList{});

        e->setAutoStartReady(true);
        QVERIFY(e->reopenStep(u"a"_s, u"again"_s).committed());
        m_now = at(6);
        QVERIFY(e->completeStep(u"a"_s).committed());
        // b and d depend on a alone; c waits for b too.
        QCOMPARE(e->autoStarted(), (QStringList{u"b"_s, u"d"_s}));
        QCOMPARE(e->currentSteps(), (QStringList{u"b"_s, u"d"_s}));
        QString started;
        m_now = at(7);
        QVERIFY(e->completeAndStartNext(u"b"_s, &started).committed());
        QCOMPARE(started, u"c"_s);
        QCOMPARE(e->currentSteps(), (QStringList{u"c"_s, u"d"_s}));
        // A skip counts as finished for the dependents too (nothing left to start here).
        QVERIFY(e->skipStep(u"d"_s, u"not needed"_s).committed());
        QCOMPARE(e->autoStarted(), QStringList{});
        int starts = 0;
        for (const DrillEvent &ev : e->committedEvents())
            starts += ev.kind == Kind::StepStarted ? 1 : 0;
        QCOMPARE(starts, 4); // a, b, d, c: each once
    }

    // An inject whose `after:` step is done is ready to reveal until it is revealed.
    void injectIsReadyOnceItsStepIsDone()
    {
        m_runbook.injects = {Inject{u"wal"_s, u"A WAL segment is missing"_s, {}, u"b"_s, {}},
                             Inject{u"efs-slow"_s, u"EFS is slow"_s, {}, {}, {}}};
        auto e = engine();
        QVERIFY(e->start().committed());
        QVERIFY(e->startStep(u"a"_s).committed());
        QVERIFY(e->completeStep(u"a"_s).committed());
        QVERIFY(e->startStep(u"b"_s).committed());
        QCOMPARE(e->replay().readyInjects(), QStringList{});
        QVERIFY(e->completeStep(u"b"_s).committed());
        QCOMPARE(e->replay().readyInjects(), QStringList{u"wal"_s});
        QVERIFY(e->revealInject(u"wal"_s).committed());
        QCOMPARE(e->replay().readyInjects(), QStringList{});
    }

    void eventIsStoredBeforeItIsShown()
    {
        auto e = engine();
        QList<qint64> rowsWhenShown;
        connect(e.get(), &DrillEngine::eventAppended, this, [&](const DrillEvent &event) {
            QVERIFY(event.id > 0);
            rowsWhenShown << rows();
        });
        QVERIFY(e->start().committed());
        QVERIFY(e->startStep(u"a"_s).committed());
        QCOMPARE(rowsWhenShown, (QList<qint64>{1, 2}));
    }

    void resumedEngineKeepsElapsedTime()
    {
        {
            auto e = engine();
            QVERIFY(e->start().committed());
            m_now = at(5);
            QVERIFY(e->startStep(u"a"_s).committed());
        }
        m_now = at(42); // the laptop restarted
        auto resumed = engine(m_store->events(m_drill.id).value());
        QCOMPARE(resumed->state(), Drill::State::Running);
        QCOMPARE(resumed->currentSteps(), QStringList{u"a"_s});
        QCOMPARE(resumed->metrics().wallMs, 42 * minute);
        QCOMPARE(resumed->metrics().step(u"a"_s)->actualMs, 37 * minute);
        QCOMPARE(resumed->startStep(u"a"_s).message, u"step `a` is already running"_s);
    }

    void fullDiskKeepsEventsPendingUntilRetry()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QSignalSpy failed(e.get(), &DrillEngine::storageFailed);
        QSignalSpy appended(e.get(), &DrillEngine::eventAppended);
        // Simulate a full disk: the file may not grow by a single page.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        exec(u"PRAGMA max_page_count = %1"_s.arg(pages));

        const QString text = QString(1500, u'x');
        int committed = 1;
        AppendResult r;
        for (int i = 0; i < 100; ++i) {
            m_now += 1000;
            r = e->observe(text + QString::number(i));
            if (!r.committed())
                break;
            ++committed;
        }
        QCOMPARE(r.status, AppendResult::Status::Pending);
        QVERIFY2(r.message.startsWith(u"NOT SAVED: "_s), qPrintable(r.message));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(rows(), committed);
        // Still valid, still pending, still in order.
        m_now += 1000;
        QCOMPARE(e->startStep(u"a"_s).status, AppendResult::Status::Pending);
        QCOMPARE(e->currentSteps(), QStringList{u"a"_s});
        QCOMPARE(e->pendingEvents().size(), 2);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(appended.size(), committed - 1);
        QVERIFY(!e->retryPending());
        QCOMPARE(failed.size(), 3);

        const QJsonArray exported = QJsonDocument::fromJson(e->exportPending()).array();
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported[1].toObject().value(u"kind"_s).toString(), u"step-started"_s);
        QCOMPARE(DrillEvent::fromJson(exported[0].toObject()).value(),
                 e->pendingEvents().constFirst());

        exec(u"PRAGMA max_page_count = 1000000"_s);
        QVERIFY(e->retryPending());
        QVERIFY(!e->hasPending());
        QCOMPARE(rows(), committed + 2);
        QCOMPARE(appended.size(), committed + 1);
        const QList<DrillEvent> stored = m_store->events(m_drill.id).value();
        QCOMPARE(stored.constLast().kind, Kind::StepStarted);
        QCOMPARE(stored.constLast().timeMs, m_now);
        QCOMPARE(stored, e->committedEvents());
    }

    void readOnlyStoreRetriesOnNextAppend()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QSignalSpy failed(e.get(), &DrillEngine::storageFailed);
        exec(u"PRAGMA query_only = ON"_s); // as a read-only file would refuse writes
        m_now = at(1);
        const AppendResult r = e->startStep(u"a"_s);
        QCOMPARE(r.status, AppendResult::Status::Pending);
        QVERIFY2(r.message.contains(u"readonly"_s, Qt::CaseInsensitive) ||
                     r.message.contains(u"read-only"_s, Qt::CaseInsensitive),
                 qPrintable(r.message));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(rows(), 1);

        exec(u"PRAGMA query_only = OFF"_s);
        m_now = at(2);
        QVERIFY(e->completeStep(u"a"_s).committed()); // flushes the pending start first
        QCOMPARE(rows(), 3);
        const QList<DrillEvent> stored = m_store->events(m_drill.id).value();
        QCOMPARE(stored[1].kind, Kind::StepStarted);
        QCOMPARE(stored[1].timeMs, at(1));
        QCOMPARE(stored[2].kind, Kind::StepDone);
    }

    void clockSteppingBackNeverRefusesAClick()
    {
        auto e = engine();
        m_now = at(10);
        QVERIFY(e->start().committed());
        m_now = at(9); // NTP stepped the clock back
        const AppendResult r = e->startStep(u"a"_s);
        QVERIFY2(r.committed(), qPrintable(r.message));
        QCOMPARE(r.event.timeMs, at(10));
    }

    void rejectsEventsOfAnotherDrill()
    {
        auto e = engine();
        DrillEvent other = ev(Kind::Started, 0);
        other.drillId = m_drill.id + 1;
        // append() files every event under its own drill; check() says why a foreign one is wrong.
        QCOMPARE(e->check(other),
                 u"the event belongs to drill %1, not %2"_s.arg(m_drill.id + 1).arg(m_drill.id));
    }

    // The record: bad input is refused with a clear message, nothing is stored.
    void refusesBadObservations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << u"  \t "_s << QString() << u"an observation needs some text"_s;
        QTest::addRow("1 MB paste")
            << QString(1024 * 1024, u'x') << QString()
            << u"the observation is 1048576 characters long; the limit is 4000 — put long output "
               "in a file and note where it is"_s;
        QTest::addRow("terminal escape") << u"red \x1b[31m"_s << QString()
                                         << u"the observation holds a control character "
                                            "(U+001b); paste plain text"_s;
        QTest::addRow("author of control characters")
            << u"fine text"_s << u"\x01\x02\x1b"_s
            << u"the name holds a control character (U+0001); type a plain name"_s;
    }
    void refusesBadObservations()
    {
        QFETCH(QString, text);
        QFETCH(QString, author);
        QFETCH(QString, message);
        auto e = engine();
        QVERIFY(e->start().committed());
        const qint64 before = rows();
        const AppendResult r = e->observe(text, u"note"_s, author, {});
        QVERIFY(r.rejected());
        QCOMPARE(r.message, message);
        QCOMPARE(rows(), before);
        QVERIFY(!e->hasPending());
    }

    void editsAndDeletionsAreEvents()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        const AppendResult first = e->observe(u"dns missing"_s, u"issue"_s, {}, u"a"_s);
        const AppendResult second = e->observe(u"typo"_s, u"note"_s, {}, {});
        QVERIFY(first.committed() && second.committed());
        QVERIFY(e->finish().committed());
        // After the end: the record may still be corrected.
        m_now += minute;
        const AppendResult edited = e->editObservation(first.event.id, u"DNS record missing"_s,
                                                       u"action-item"_s, u"dana"_s, u"b"_s);
        QVERIFY2(edited.committed(), qPrintable(edited.message));
        QCOMPARE(edited.event.kind, Kind::ObservationEdited);
        QCOMPARE(edited.event.author, u"facilitator"_s); // who edited
        const QJsonObject p = edited.event.payloadObject();
        QCOMPARE(qint64(p.value(u"observation"_s).toDouble()), first.event.id);
        QCOMPARE(p.value(u"author"_s).toString(), u"dana"_s);
        QVERIFY(e->deleteObservation(second.event.id, u"duplicate"_s).committed());
        // The originals stay in the store; the ledger shows the state.
        const auto stored = m_store->events(m_drill.id).value();
        QCOMPARE(stored.size(), 6);
        QCOMPARE(stored.at(1).text(), u"dns missing"_s);
        const ObservationLedger ledger(stored);
        QCOMPARE(ledger.find(first.event.id)->text, u"DNS record missing"_s);
        QVERIFY(ledger.find(second.event.id)->deleted);
        QCOMPARE(e->observations().observations(), ledger.observations());
        // Bad changes are refused and nothing is written.
        const qint64 count = rows();
        QCOMPARE(e->editObservation(second.event.id, u"x"_s, u"note"_s, {}, {}).message,
                 u"observation %1 was deleted; it cannot change any more"_s.arg(second.event.id));
        QCOMPARE(e->editObservation(first.event.id, u"x"_s, u"note"_s, {}, u"zz"_s).message,
                 u"step `zz` is not in this revision of the runbook"_s);
        QCOMPARE(e->editObservation(first.event.id, QString(5000, u'y'), u"note"_s, {}, {}).message,
                 u"the observation is 5000 characters long; the limit is 4000 — put long output "
                 "in a file and note where it is"_s);
        QCOMPARE(e->deleteObservation(12345, {}).message,
                 u"there is no observation 12345 in this drill to change"_s);
        QCOMPARE(rows(), count);
    }

    void commandRunsAreTheStepsEvidence()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QVERIFY(e->startStep(u"a"_s).committed());
        QVERIFY(!e->replay().lastCommandEvidence(u"a"_s));
        CommandEvidence run;
        run.command = u"restore.sh"_s;
        run.outcome = CommandEvidence::Outcome::Failed;
        run.exitCode = 2;
        run.startMs = m_now;
        run.endMs = m_now + 3000;
        run.standardError.text = u"no space left\n"_s;
        m_now += minute;
        QVERIFY(e->recordCommandRun(run, u"a"_s).committed());
        QCOMPARE(e->committedEvents().constLast().kind, Kind::CommandRun);
        QCOMPARE(e->replay().lastCommandEvidence(u"a"_s), run);
        QCOMPARE(e->stepStatus(u"a"_s), StepStatus::Running); // a failure is derived, not a status
        EventLogModel log;
        log.setRunbook(m_runbook);
        log.setEvents(e->committedEvents());
        const auto lastText = [&log] {
            return log.index(log.rowCount() - 1, EventLogModel::WhatColumn).data().toString();
        };
        QCOMPARE(lastText(), u"Ran `restore.sh`: failed (exit 2) after 3s"_s);
        // While the step is blocked it still runs: a retry is recorded.
        QVERIFY(e->blockStep(u"a"_s, u"disk full"_s).committed());
        run.outcome = CommandEvidence::Outcome::Passed;
        run.exitCode = 0;
        QVERIFY(e->recordCommandRun(run, u"a"_s).committed());
        QVERIFY(e->replay().lastCommandEvidence(u"a"_s)->passed());
        log.append(e->committedEvents().constLast());
        QCOMPARE(lastText(), u"Ran `restore.sh`: passed in 3s"_s);
        // Restarted from the store: the same evidence.
        auto again = engine(m_store->events(m_drill.id).value());
        QCOMPARE(again->replay().lastCommandEvidence(u"a"_s), run);
    }

    void annotationsAndScores()
    {
        m_runbook.evaluation = {u"Communication"_s, u"Procedure followed"_s};
        auto e = engine();
        QVERIFY(e->annotate(u"a"_s, u"check the AMI id"_s, false).committed());
        QCOMPARE(e->committedEvents().constLast().kind, Kind::AnnotationAdded);
        QVERIFY(e->annotate(u"a"_s, u"AMI id is in the wiki"_s, true).committed());
        QCOMPARE(e->committedEvents().constLast().kind, Kind::AnnotationEdited);
        QVERIFY(e->annotations().find(u"a"_s)->onProjector);
        QCOMPARE(e->annotate(u"nope"_s, u"x"_s, true).message,
                 u"step `nope` is not in this revision of the runbook"_s);
        QVERIFY(e->removeAnnotation(u"a"_s).committed());
        QVERIFY(!e->annotations().find(u"a"_s));
        QCOMPARE(e->removeAnnotation(u"a"_s).message, u"step `a` has no note to change"_s);

        QVERIFY(e->start().committed());
        QVERIFY(e->finish().committed());
        m_now += minute;
        QVERIFY(e->recordScore(u"Communication"_s, 2, u"quiet room"_s).committed());
        m_now += minute;
        QVERIFY(e->recordScore(u"Communication"_s, 4, u"better after the inject"_s).committed());
        QCOMPARE(e->recordScore(u"Vibes"_s, 4, {}).message,
                 u"`Vibes` is not one of the runbook's evaluation criteria"_s);
        QCOMPARE(e->recordScore(u"Communication"_s, 9, {}).message,
                 u"a score is a whole number from 1 to 5"_s);
        const Scorecard card(m_store->events(m_drill.id).value());
        QCOMPARE(card.find(u"Communication"_s)->score, 4);
        QCOMPARE(card.find(u"Communication"_s)->ratings, 2);
        QCOMPARE(e->scorecard().scores(), card.scores());
    }

    void imagesAreStoredWithTheirObservation()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        QByteArray png("\x89PNG\r\n\x1a\n");
        png.append(QByteArray(2048, 'p'));
        const AppendResult r = e->observe(u"see the graph"_s, u"issue"_s, {}, u"a"_s,
                                          EventAttachment::fromImageData(png));
        QVERIFY2(r.committed(), qPrintable(r.message));
        const auto list = m_store->attachments(m_drill.id);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().eventId, r.event.id);
        QCOMPARE(list->constFirst().mimeType, u"image/png"_s);
        QCOMPARE(list->constFirst().size, png.size());
        QVERIFY(list->constFirst().data.isEmpty()); // listing never loads the bytes
        QCOMPARE(m_store->attachment(list->constFirst().id)->data, png);
    }

    void badImagesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QByteArray huge("\xff\xd8\xff");
        huge.append(QByteArray(20 * 1024 * 1024, 'j'));
        QTest::addRow("20 MB") << huge
                               << u"the image is 20.0 MB; the limit is 10.0 MB — crop it or save "
                                  "it as JPEG"_s;
        QTest::addRow("not an image") << QByteArray("GIF89a....")
                                      << u"only PNG and JPEG images can be attached (this is "
                                         "something else)"_s;
    }
    void badImagesStoreNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        auto e = engine();
        QVERIFY(e->start().committed());
        const qint64 before = rows();
        const AppendResult r = e->observe(u"see the graph"_s, u"issue"_s, {}, {},
                                          EventAttachment::fromImageData(data));
        QVERIFY(r.rejected());
        QCOMPARE(r.message, message);
        QCOMPARE(rows(), before);
        QCOMPARE(m_store->attachments(m_drill.id)->size(), 0);
    }

    void aFailingImageWriteLeavesNoEvent()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        const qint64 before = rows();
        // The attachment table refuses the row: the event must roll back with it.
        exec(u"CREATE TRIGGER no_images BEFORE INSERT ON event_attachments "
             "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"_s);
        QByteArray png("\x89PNG\r\n\x1a\n");
        png.append(QByteArray(64, 'p'));
        const AppendResult r =
            e->observe(u"see the graph"_s, u"issue"_s, {}, {}, EventAttachment::fromImageData(png));
        QVERIFY(r.rejected());
        QVERIFY2(r.message.contains(u"disk says no"_s), qPrintable(r.message));
        QCOMPARE(rows(), before);
        QVERIFY(!e->hasPending());
        QCOMPARE(e->observations().observations().size(), 0);
        // The store works again afterwards.
        exec(u"DROP TRIGGER no_images"_s);
        QVERIFY(
            e->observe(u"see the graph"_s, u"issue"_s, {}, {}, EventAttachment::fromImageData(png))
                .committed());
        QCOMPARE(rows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestDrillEngine)
#include "tst_drillengine.moc"
