// Decision steps in a drill (DrillEngine::decide, DrillReplay's rules, DrillAnalysis): the
// choice is logged with who and how long, the other branches become "not taken" (finished for
// progress and dependencies, never late), an abort option aborts, and what breaks the rules is
// refused with a sentence and nothing written.
#include "database.h"
#include "drillanalysis.h"
#include "drillengine.h"
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "markdownreportwriter.h"
#include "runbookrevisionstore.h"

#include <QJsonObject>
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

// Phase decide: ask (yes -> promote, no -> restore, give up -> abort), promote, restore, replay
// (the rest of the restore branch); phase verify: check, after both branches.
Runbook decisionRunbook()
{
    Runbook r = runbook({});
    Step ask = step(u"ask"_s, 5);
    ask.decision.question = u"Is the replica current?"_s;
    ask.decision.options = {{u"yes"_s, u"promote"_s, false, {}},
                            {u"no"_s, u"restore"_s, false, {}},
                            {u"give up"_s, {}, true, {}}};
    Phase decide;
    decide.id = u"decide"_s;
    decide.title = u"Decide"_s;
    decide.steps = {ask, step(u"promote"_s, 5, {u"ask"_s}), step(u"restore"_s, 20, {u"ask"_s}),
                    step(u"replay"_s, 10, {u"restore"_s})};
    Phase verify;
    verify.id = u"verify"_s;
    verify.title = u"Verify"_s;
    verify.steps = {step(u"check"_s, 5, {u"promote"_s, u"replay"_s})};
    r.phases = {decide, verify};
    return r;
}
} // namespace

class TestDrillDecisions : public QObject
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
        e->setAuthor(u"Fran"_s);
        return e;
    }

    QList<DrillEvent> stored() { return m_store->events(m_drill.id).value(); }

    // Started, with the decision step running since T0.
    std::unique_ptr<DrillEngine> askRunning()
    {
        auto e = engine();
        if (!e->start().committed() || !e->startStep(u"ask"_s).committed())
            qFatal("cannot start the drill");
        return e;
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
        m_runbook = decisionRunbook();
        RunbookRevisionStore revisions(*m_db);
        const auto rev = revisions.addRevision(runbookYaml(), m_runbook.id, m_runbook.title, T0);
        QVERIFY(rev.ok());
        Drill d;
        d.revisionId = rev->id;
        d.runbookId = m_runbook.id;
        d.environment = u"test"_s;
        m_drill = m_store->createDrill(d, T0).value();
        m_now = T0;
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    // The branches wait for the decision; the step cannot be done without one.
    void branchesWaitForTheDecision()
    {
        auto e = askRunning();
        QCOMPARE(e->readySteps(), QStringList());
        AppendResult r = e->startStep(u"promote"_s, true);
        QVERIFY(r.rejected());
        QCOMPARE(r.message, u"step `promote` is on a branch of decision `ask`, which is not made "
                            "yet; answer it first (keys 1-9)"_s);
        r = e->completeStep(u"ask"_s);
        QVERIFY(r.rejected());
        QCOMPARE(r.message, u"step `ask` asks “Is the replica current?”: answer it (keys 1-3) "
                            "before marking it done"_s);
        QCOMPARE(stored().size(), 2);
    }

    void decideTakesOneBranch()
    {
        auto e = askRunning();
        m_now = at(3);
        QString started;
        const AppendResult r = e->decide(u"ask"_s, 2, &started);
        QVERIFY2(r.committed(), qPrintable(r.message));
        QCOMPARE(started, u"restore"_s);

        const QList<DrillEvent> log = stored();
        QCOMPARE(log.size(), 5);
        const DrillEvent &made = log[2];
        QCOMPARE(made.kind, Kind::DecisionMade);
        QCOMPARE(made.stepId, u"ask"_s);
        QCOMPARE(made.author, u"Fran"_s);
        const QJsonObject payload = made.payloadObject();
        QCOMPARE(payload.value(u"option"_s).toInt(), 2);
        QCOMPARE(payload.value(u"label"_s).toString(), u"no"_s);
        QCOMPARE(payload.value(u"goto"_s).toString(), u"restore"_s);
        QCOMPARE(payload.value(u"abort"_s).toBool(), false);
        QCOMPARE(payload.value(u"decisionMs"_s).toInteger(), 3 * minute);
        QCOMPARE(log[3].kind, Kind::StepDone);
        QCOMPARE(log[4].kind, Kind::StepStarted);
        QCOMPARE(log[4].stepId, u"restore"_s);

        QCOMPARE(e->stepStatus(u"ask"_s), StepStatus::Done);
        QCOMPARE(e->stepStatus(u"promote"_s), StepStatus::NotTaken);
        QCOMPARE(e->stepStatus(u"restore"_s), StepStatus::Running);
        QCOMPARE(e->stepStatus(u"replay"_s), StepStatus::NotStarted);
        QCOMPARE(e->replay().decision(u"ask"_s)->option, 2);
        QCOMPARE(e->replay().decision(u"ask"_s)->author, u"Fran"_s);

        // Not taken: finished for dependencies, never started, never late.
        AppendResult refused = e->startStep(u"promote"_s);
        QVERIFY(refused.rejected());
        QCOMPARE(refused.message, u"step `promote` is on a branch the decision did not take"_s);
        QVERIFY(e->skipStep(u"promote"_s, u"why not"_s).rejected());
        QVERIFY(e->reopenStep(u"promote"_s, u"again"_s).rejected());
        m_now = at(40);
        QVERIFY(e->completeAndStartNext(u"restore"_s).committed());
        QVERIFY(e->completeAndStartNext(u"replay"_s).committed());
        QCOMPARE(e->currentSteps(), QStringList{u"check"_s}); // promote counts as finished

        const DrillMetrics m = e->metrics();
        QCOMPARE(m.decisionMs, 3 * minute);
        QCOMPARE(m.step(u"ask"_s)->decisionMs, 3 * minute);
        QCOMPARE(m.step(u"restore"_s)->decisionMs, 0);
        QCOMPARE(m.notTakenSteps, 1);
        QCOMPARE(m.doneSteps, 3);
        QCOMPARE(m.skippedSteps, 0);
        QCOMPARE(m.step(u"promote"_s)->status, StepStatus::NotTaken);
        QCOMPARE(m.step(u"promote"_s)->latenessMs, 0);
        QCOMPARE(stepStatusName(StepStatus::NotTaken), u"not-taken"_s);

        // The same log read again derives the same.
        auto reloaded = engine(stored());
        QCOMPARE(reloaded->stepStatus(u"promote"_s), StepStatus::NotTaken);
        QCOMPARE(reloaded->metrics().decisionMs, 3 * minute);
    }

    void anAbortOptionAbortsTheDrill()
    {
        auto e = askRunning();
        m_now = at(2);
        const AppendResult r = e->decide(u"ask"_s, 3);
        QVERIFY2(r.committed(), qPrintable(r.message));
        QCOMPARE(e->state(), Drill::State::Aborted);
        const QList<DrillEvent> log = stored();
        QCOMPARE(log.constLast().kind, Kind::Aborted);
        QCOMPARE(log.constLast().reason(), u"Decision “Is the replica current?”: give up"_s);
        QCOMPARE(log[log.size() - 3].payloadObject().value(u"abort"_s).toBool(), true);
        QCOMPARE(e->stepStatus(u"promote"_s), StepStatus::NotTaken);
        QCOMPARE(e->stepStatus(u"restore"_s), StepStatus::NotTaken);
    }

    void refusals()
    {
        auto e = engine();
        QVERIFY(e->start().committed());
        AppendResult r = e->decide(u"ask"_s, 1);
        QVERIFY(r.rejected());
        QCOMPARE(r.message, u"step `ask` is not running; a decision is made while its step runs"_s);
        QVERIFY(e->startStep(u"ask"_s).committed());
        r = e->decide(u"ask"_s, 4);
        QVERIFY(r.rejected());
        QCOMPARE(r.message, u"decision `ask` has options 1 to 3; there is no option 4"_s);
        QVERIFY(e->decide(u"ask"_s, 0).rejected());
        r = e->decide(u"check"_s, 1);
        QVERIFY(r.rejected());
        QCOMPARE(r.message, u"step `check` asks no question, so no decision can be made at it"_s);
        QCOMPARE(stored().size(), 2); // nothing written
    }

    // Reopened, the decision can be made again and the latest counts, but not away from a
    // branch that has started.
    void theLatestDecisionCounts()
    {
        auto e = askRunning();
        m_now = at(1);
        QVERIFY(e->decide(u"ask"_s, 1).committed()); // promote starts
        m_now = at(2);
        QVERIFY(e->reopenStep(u"ask"_s, u"the lag was misread"_s).committed());
        QCOMPARE(e->stepStatus(u"restore"_s), StepStatus::NotTaken); // until decided again
        AppendResult r = e->decide(u"ask"_s, 2);
        QVERIFY(r.rejected());
        QCOMPARE(r.message, u"step `promote` has already started, on a branch option 2 (“no”) "
                            "would not take; choose its branch, or un-start it first"_s);
        QVERIFY(e->unstartStep(u"promote"_s, u"mis-click"_s).committed());
        m_now = at(4);
        QString started;
        QVERIFY(e->decide(u"ask"_s, 2, &started).committed());
        QCOMPARE(started, u"restore"_s);
        QCOMPARE(e->stepStatus(u"promote"_s), StepStatus::NotTaken);
        QCOMPARE(e->stepStatus(u"restore"_s), StepStatus::Running);
        QCOMPARE(e->replay().decision(u"ask"_s)->option, 2);
        // Its running time over both spans is the time the decision took.
        QCOMPARE(e->metrics().decisionMs, 1 * minute + 2 * minute);
    }

    // The report lists the decision (question, choice, who, how long), the deciding time apart
    // and the steps not taken; a not-taken step has no delta.
    void theReportListsTheDecision()
    {
        auto e = askRunning();
        m_now = at(3);
        QVERIFY(e->decide(u"ask"_s, 2).committed());
        m_now = at(30);
        QVERIFY(e->completeAndStartNext(u"restore"_s).committed());
        QVERIFY(e->completeAndStartNext(u"replay"_s).committed());
        QVERIFY(e->completeStep(u"check"_s).committed());
        QVERIFY(e->finish().committed());
        DrillReport report;
        report.drill = m_drill;
        report.runbook = m_runbook;
        report.procedure = m_runbook;
        report.events = stored();
        report.metrics = e->metrics();
        const QString md = MarkdownReportWriter::write(DrillReportComposer::compose(report));
        QVERIFY2(md.contains(u"## Decisions"_s), qPrintable(md));
        QVERIFY2(md.contains(u"| Is the replica current? | 2 — no → Step restore | Fran | 3m"_s),
                 qPrintable(md));
        QVERIFY2(md.contains(u"Not taken: Step promote."_s), qPrintable(md));
        QVERIFY2(md.contains(u"Deciding took 3m"_s), qPrintable(md));
        QVERIFY2(md.contains(u"not-taken"_s), qPrintable(md));
    }

    // A decision step skipped without a decision frees every branch.
    void skippingTheDecisionFreesTheBranches()
    {
        auto e = askRunning();
        QVERIFY(e->skipStep(u"ask"_s, u"no replica in this environment"_s).committed());
        QCOMPARE(e->readySteps(), (QStringList{u"promote"_s, u"restore"_s}));
        QCOMPARE(e->metrics().notTakenSteps, 0);
        QCOMPARE(e->metrics().decisionMs, 0);
    }
};

QTEST_GUILESS_MAIN(TestDrillDecisions)
#include "tst_drilldecisions.moc"
