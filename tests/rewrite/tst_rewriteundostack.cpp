// RewriteUndoStack: a change, its undo and its redo are each an event with author and time;
// an undo the log would refuse leaves the stack and the log as they were.
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "rewriteundostack.h"
#include "runbookloader.h"
#include "runbookwriter.h"
#include "steprewrite.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

class TestRewriteUndoStack : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DrillSession> m_session;
    DrillEngine *m_engine = nullptr;
    qint64 m_now = T0;
    // a (10m) -> b (10m) -> c (5m)
    Runbook m_runbook = runbook({{u"a"_s, 10}, {u"b"_s, 10, {u"a"_s}}, {u"c"_s, 5, {u"b"_s}}});

    Step dns() const
    {
        Step s;
        s.id = u"dns"_s;
        s.title = u"Recreate the DNS record"_s;
        s.expectedSeconds = 300;
        s.dependsOn = {u"a"_s};
        return s;
    }

    QList<DrillEvent> stored() { return m_session->drills().events(m_engine->drill().id).value(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = DrillSession::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
        m_now = T0;
        m_session->setClock([this] { return m_now; });
        Drill d;
        d.environment = u"test"_s;
        d.facilitator = u"Fran"_s;
        auto created = m_session->createDrill(runbookYaml(), m_runbook, d);
        QVERIFY(created.ok());
        m_engine = created.value();
        QVERIFY(m_engine->start().committed());
    }

    void cleanup()
    {
        m_engine = nullptr;
        m_session.reset();
        m_dir.reset();
    }

    void performUndoRedoAreEvents()
    {
        RewriteUndoStack stack;
        stack.setEngine(m_engine);
        QSignalSpy changed(&stack, &RewriteUndoStack::changed);

        m_now = T0 + minute;
        QCOMPARE(stack.perform(StepRewrite::insert(u"rebuild"_s, 1, dns())), QString());
        QCOMPARE(m_engine->runbook().phases[0].steps[1].id, u"dns"_s);
        QCOMPARE(stack.stack()->undoText(), u"insertion of “Recreate the DNS record”"_s);
        m_now = T0 + 2 * minute;
        QCOMPARE(stack.undo(), QString());
        QVERIFY(!m_engine->runbook().findStep(u"dns"_s));
        m_now = T0 + 3 * minute;
        QCOMPARE(stack.redo(), QString());
        QVERIFY(m_engine->runbook().findStep(u"dns"_s));
        QCOMPARE(changed.count(), 3);

        const QList<DrillEvent> log = stored();
        QCOMPARE(log.size(), 4);
        struct Expected
        {
            DrillEvent::Kind kind;
            qint64 timeMs;
            bool undo;
        };
        const Expected expected[] = {{DrillEvent::Kind::StepInserted, T0 + minute, false},
                                     {DrillEvent::Kind::StepRemoved, T0 + 2 * minute, true},
                                     {DrillEvent::Kind::StepInserted, T0 + 3 * minute, true}};
        for (int i = 0; i < 3; ++i) {
            const DrillEvent &e = log[i + 1];
            QCOMPARE(e.kind, expected[i].kind);
            QCOMPARE(e.timeMs, expected[i].timeMs);
            QCOMPARE(e.author, u"Fran"_s);
            QCOMPARE(e.stepId, u"dns"_s);
            QCOMPARE(e.payloadObject().value(u"undo"_s).toBool(), expected[i].undo);
        }
    }

    // Closed after two changes and an undo (a crash, the night), the drill resumes with the
    // same stack: the change to undo, the undone one to redo — and rebuilding logs nothing.
    void aResumedDrillKeepsItsUndoHistory()
    {
        // A drill whose stored revision is this very runbook, as a resume rebuilds it from that.
        const RunbookLoadResult loaded =
            RunbookLoader::loadText(RunbookWriter::toYaml(m_runbook), u"r.yaml"_s);
        QVERIFY(loaded.ok());
        Drill d;
        d.environment = u"test"_s;
        d.facilitator = u"Fran"_s;
        auto created = m_session->createDrill(RunbookWriter::toYaml(m_runbook), *loaded.runbook, d);
        QVERIFY(created.ok());
        m_engine = created.value();
        QVERIFY(m_engine->start().committed());
        const qint64 drillId = m_engine->drill().id;
        {
            RewriteUndoStack stack;
            stack.setEngine(m_engine);
            m_now = T0 + minute;
            QCOMPARE(stack.perform(StepRewrite::insert(u"rebuild"_s, 1, dns())), QString());
            Step longer = m_engine->runbook().findStep(u"c"_s)
                              ? *m_engine->runbook().findStep(u"c"_s)
                              : Step();
            const Step before = longer;
            longer.expectedSeconds = 7 * 60;
            m_now = T0 + 2 * minute;
            QCOMPARE(stack.perform(StepRewrite::edit(u"rebuild"_s, 3, before, longer)), QString());
            m_now = T0 + 3 * minute;
            QCOMPARE(stack.undo(), QString()); // c back to 5m
        }
        const qsizetype logged = stored().size();
        m_engine = nullptr;
        m_session.reset();

        auto session = DrillSession::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
        m_session->setClock([this] { return m_now; });
        auto resumed = m_session->resumeDrill(drillId);
        QVERIFY(resumed.ok());
        m_engine = resumed.value();
        RewriteUndoStack stack;
        stack.setEngine(m_engine);
        QCOMPARE(stack.stack()->count(), 2);
        QCOMPARE(stack.stack()->index(), 1);
        QCOMPARE(stack.stack()->undoText(), u"insertion of “Recreate the DNS record”"_s);
        QCOMPARE(stack.stack()->redoText(), u"rewrite of “Step c”"_s);
        QCOMPARE(stored().size(), logged);

        m_now = T0 + 4 * minute;
        QCOMPARE(stack.redo(), QString()); // c 7m again, logged as a redo
        QCOMPARE(m_engine->runbook().findStep(u"c"_s)->expectedSeconds, 7 * 60);
        QCOMPARE(stored().constLast().payloadObject().value(u"undo"_s).toBool(), true);
        m_now = T0 + 5 * minute;
        QCOMPARE(stack.undo(), QString());
        QCOMPARE(stack.undo(), QString()); // and the insertion of yesterday
        QVERIFY(!m_engine->runbook().findStep(u"dns"_s));
        QCOMPARE(stack.undo(), u"nothing to undo"_s);
        QCOMPARE(stored().size(), logged + 3);
    }

    void refusedChangeIsNotPushed()
    {
        RewriteUndoStack stack;
        stack.setEngine(m_engine);
        Step cyclic = m_runbook.phases[0].steps[0];
        cyclic.dependsOn = {u"c"_s};
        const QString why =
            stack.perform(StepRewrite::edit(u"rebuild"_s, 0, m_runbook.phases[0].steps[0], cyclic));
        QCOMPARE(why, u"dependency cycle: a -> c -> b -> a; a step cannot wait for itself"_s);
        QCOMPARE(stack.stack()->count(), 0);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(m_engine->runbook(), m_runbook);
    }

    // The inserted step has run since: taking it out again would lose its record.
    void undoTheLogWouldRefuseLeavesEverything()
    {
        RewriteUndoStack stack;
        stack.setEngine(m_engine);
        QCOMPARE(stack.perform(StepRewrite::insert(u"rebuild"_s, 1, dns())), QString());
        QVERIFY(m_engine->startStep(u"a"_s).committed());
        QVERIFY(m_engine->completeStep(u"a"_s).committed());
        QVERIFY(m_engine->startStep(u"dns"_s).committed());
        const qsizetype before = stored().size();
        QCOMPARE(stack.undo(), u"cannot undo the insertion of “Recreate the DNS record”: step "
                               "`dns` has already run (it is running), so it stays in the "
                               "procedure; skip it or edit it instead"_s);
        QCOMPARE(stack.stack()->index(), 1);
        QCOMPARE(stored().size(), before);
        QVERIFY(m_engine->runbook().findStep(u"dns"_s));
        // A new drill starts with nothing to undo.
        stack.setEngine(nullptr);
        QCOMPARE(stack.undo(), u"nothing to undo"_s);
    }
};

QTEST_MAIN(TestRewriteUndoStack)
#include "tst_rewriteundostack.moc"
