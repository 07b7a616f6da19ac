// DrillReplay with a rewritten procedure: inserted steps run and count, removed steps vanish,
// edits change the plan, refused rewrites are explained, and a restart rebuilds the same thing.
#include "drillanalysis.h"
#include "drillengine.h"
#include "drillreplay.h"
#include "drillsession.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "steprewrite.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

namespace {
Step step(const QString &id, qint64 minutes, const QStringList &dependsOn = {})
{
    Step s;
    s.id = id;
    s.title = u"Step "_s + id;
    s.expectedSeconds = minutes * 60;
    s.dependsOn = dependsOn;
    return s;
}

DrillEvent rewriteAt(const StepRewrite &r, double minutes)
{
    DrillEvent e = r.toEvent();
    e.timeMs = at(minutes);
    e.author = u"tester"_s;
    return e;
}

QStringList ids(const DrillReplay &replay)
{
    QStringList out;
    for (const DrillReplay::StepState &s : replay.steps())
        out << s.step.id;
    return out;
}
} // namespace

class TestDrillReplay : public QObject
{
    Q_OBJECT
    // a (10m) -> b (10m) -> c (5m), one phase `rebuild`.
    Runbook m_runbook = runbook({{u"a"_s, 10}, {u"b"_s, 10, {u"a"_s}}, {u"c"_s, 5, {u"b"_s}}});

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void insertedStepRunsAndCounts()
    {
        DrillReplay replay(m_runbook);
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::StepStarted, 0, u"a"_s),
            ev(Kind::StepDone, 10, u"a"_s),
            rewriteAt(StepRewrite::insert(u"rebuild"_s, 1, step(u"dns"_s, 5, {u"a"_s})), 11),
        };
        for (const DrillEvent &e : log) {
            QCOMPARE(replay.check(e), QString());
            replay.apply(e);
        }
        QCOMPARE(ids(replay), (QStringList{u"a"_s, u"dns"_s, u"b"_s, u"c"_s}));
        QCOMPARE(replay.nextStep(), u"dns"_s); // reading order: before b
        QCOMPARE(replay.rewrittenSteps(), QSet<QString>{u"dns"_s});
        QCOMPARE(replay.runbook().stepCount(), 4);
        QCOMPARE(replay.revisionRunbook(), m_runbook);
        for (const DrillEvent &e :
             {ev(Kind::StepStarted, 12, u"dns"_s), ev(Kind::StepDone, 20, u"dns"_s)}) {
            QCOMPARE(replay.check(e), QString());
            replay.apply(e);
        }
        const DrillMetrics m = DrillAnalysis::analyse(replay.runbook(), replay, {}, at(20));
        QCOMPARE(m.steps.size(), 4);
        QCOMPARE(m.doneSteps, 2);
        QCOMPARE(m.step(u"dns"_s)->actualMs, 8 * minute);
        QCOMPARE(m.step(u"dns"_s)->expectedMs, 5 * minute);
        QCOMPARE(m.step(u"a"_s)->actualMs, 10 * minute); // its record survives the rebuild
    }

    void editChangesThePlanAndRemoveDropsTheStep()
    {
        DrillReplay replay(m_runbook);
        replay.apply(ev(Kind::Started, 0));
        Step longer = m_runbook.phases[0].steps[1];
        longer.expectedSeconds = 30 * 60;
        replay.apply(
            rewriteAt(StepRewrite::edit(u"rebuild"_s, 1, m_runbook.phases[0].steps[1], longer), 1));
        QCOMPARE(replay.step(u"b"_s)->step.expectedSeconds, 30 * 60);
        QVERIFY(replay.isRewritten(u"b"_s));
        const DrillEvent removeC =
            rewriteAt(StepRewrite::remove(u"rebuild"_s, 2, m_runbook.phases[0].steps[2]), 2);
        QCOMPARE(replay.check(removeC), QString());
        replay.apply(removeC);
        QCOMPARE(ids(replay), (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(!replay.step(u"c"_s));
        QCOMPARE(replay.check(ev(Kind::StepStarted, 3, u"c"_s)),
                 u"step `c` is not in this revision of the runbook"_s);
        const DrillMetrics m = DrillAnalysis::analyse(replay.runbook(), replay, {}, at(3));
        QCOMPARE(m.steps.size(), 2);
        QCOMPARE(m.criticalPathMs, 40 * minute); // a 10m + b 30m
        // Undoing the edit (an edit back) leaves b as it was: not marked any more.
        replay.apply(rewriteAt(
            StepRewrite::edit(u"rebuild"_s, 1, m_runbook.phases[0].steps[1], longer).inverted(),
            4));
        QVERIFY(!replay.isRewritten(u"b"_s));
        // A step inserted before a rewritten-and-restored step does not mark it as moved.
        replay.apply(rewriteAt(StepRewrite::insert(u"rebuild"_s, 0, step(u"first"_s, 1)), 5));
        QCOMPARE(replay.rewrittenSteps(), QSet<QString>{u"first"_s});
        replay.apply(rewriteAt(
            StepRewrite::move(u"rebuild"_s, 2, m_runbook.phases[0].steps[1], u"rebuild"_s, 1), 6));
        QCOMPARE(ids(replay), (QStringList{u"first"_s, u"b"_s, u"a"_s}));
        QCOMPARE(replay.rewrittenSteps(), (QSet<QString>{u"first"_s, u"b"_s}));
    }

    void refusesRewritesThatBreakTheRules_data()
    {
        QTest::addColumn<QList<DrillEvent>>("log");
        QTest::addColumn<DrillEvent>("proposed");
        QTest::addColumn<QString>("message");
        const QList<DrillEvent> ranA = {ev(Kind::Started, 0), ev(Kind::StepStarted, 0, u"a"_s)};
        const Step a = m_runbook.phases[0].steps[0];
        const Step c = m_runbook.phases[0].steps[2];
        QTest::addRow("remove a step that ran")
            << ranA << rewriteAt(StepRewrite::remove(u"rebuild"_s, 0, a), 1)
            << u"step `a` has already run (it is running), so it stays in the procedure; skip "
               "it or edit it instead"_s;
        QTest::addRow("after the end")
            << QList<DrillEvent>{ev(Kind::Started, 0), ev(Kind::Finished, 1)}
            << rewriteAt(StepRewrite::remove(u"rebuild"_s, 2, c), 2)
            << u"the drill is already finished; no step-removed event can follow it"_s;
        Step cyclic = a;
        cyclic.dependsOn = {u"c"_s};
        QTest::addRow("cycle") << ranA
                               << rewriteAt(StepRewrite::edit(u"rebuild"_s, 0, a, cyclic), 1)
                               << u"dependency cycle: a -> c -> b -> a; a step cannot wait "
                                  "for itself"_s;
        QTest::addRow("duplicate")
            << ranA << rewriteAt(StepRewrite::insert(u"rebuild"_s, 3, step(u"b"_s, 1)), 1)
            << u"duplicate step id `b`; another step of the "
               "procedure already uses it"_s;
    }

    void refusesRewritesThatBreakTheRules()
    {
        QFETCH(QList<DrillEvent>, log);
        QFETCH(DrillEvent, proposed);
        QFETCH(QString, message);
        DrillReplay replay(m_runbook);
        replay.applyAll(log);
        QCOMPARE(replay.check(proposed), message);
    }

    // The console logs rewrites through DrillSession; after a crash the resumed drill runs
    // the rewritten procedure, with the inserted step's record.
    void restartRebuildsTheRewrittenProcedure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"drilldeck.sqlite"_s);
        const QByteArray yaml = runbookYaml();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"r.yaml"_s);
        QVERIFY(loaded.ok());
        qint64 now = T0;
        Runbook live;
        QList<StepMetrics> before;
        qint64 drillId = 0;
        {
            auto session = DrillSession::open(path);
            QVERIFY(session.ok());
            (*session)->setClock([&now] { return now; });
            Drill d;
            d.environment = u"test"_s;
            d.facilitator = u"Alex"_s;
            auto created = (*session)->createDrill(yaml, *loaded.runbook, d);
            QVERIFY(created.ok());
            DrillEngine *e = created.value();
            drillId = e->drill().id;
            QVERIFY(e->start().committed());
            QVERIFY(e->startStep(u"bake-ami"_s).committed());
            now += 20 * minute;
            QVERIFY(e->completeStep(u"bake-ami"_s).committed());
            const AppendResult inserted = e->rewrite(
                StepRewrite::insert(u"rebuild"_s, 1, step(u"recreate-dns"_s, 5, {u"bake-ami"_s})));
            QVERIFY2(inserted.committed(), qPrintable(inserted.message));
            QCOMPARE(inserted.event.author, u"Alex"_s);
            QCOMPARE(inserted.event.timeMs, now);
            QVERIFY(e->startStep(u"recreate-dns"_s).committed());
            now += 4 * minute;
            live = e->runbook();
            QCOMPARE(live.stepCount(), 4);
            QCOMPARE(e->revisionRunbook(), *loaded.runbook);
            before = e->metrics().steps;
        } // the session closes as a crash would leave it: the drill unfinished
        auto session = DrillSession::open(path);
        QVERIFY(session.ok());
        (*session)->setClock([&now] { return now; });
        auto resumed = (*session)->resumeDrill(drillId);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
        DrillEngine *e = resumed.value();
        QCOMPARE(e->runbook(), live);
        QCOMPARE(e->metrics().steps, before);
        QCOMPARE(e->currentSteps(), QStringList{u"recreate-dns"_s});
        QVERIFY(e->completeStep(u"recreate-dns"_s).committed());
        QCOMPARE(e->replay().rewrittenSteps(), QSet<QString>{u"recreate-dns"_s});
    }
};

QTEST_GUILESS_MAIN(TestDrillReplay)
#include "tst_drillreplay.moc"
