// DrillReport and DrillReportComposer over the fixture drills: what is read from the store,
// how the log folds, and the figures each section states.
#include "bigdrillfixture.h"
#include "drillanalysis.h"
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "reportfixture.h"
#include "steprewrite.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

namespace {
const ReportDocument::Block *tableAfter(const ReportDocument &doc, const QString &heading)
{
    bool seen = false;
    for (const ReportDocument::Block &b : doc.blocks) {
        if (b.kind == ReportDocument::Block::Kind::Heading && b.level <= 2)
            seen = b.text == heading;
        else if (seen && b.kind == ReportDocument::Block::Kind::Table)
            return &b;
    }
    return nullptr;
}
// The block lives in the document: a temporary document would leave it dangling.
const ReportDocument::Block *tableAfter(ReportDocument &&, const QString &) = delete;

// The last cell (the expression's capture) of every line of text that is a row it matches.
QStringList lastCells(const QString &text, const QRegularExpression &row)
{
    QStringList cells;
    for (const QString &line : text.split(u'\n'))
        if (const auto m = row.match(line); m.hasMatch())
            cells << m.captured(1);
    return cells;
}

QStringList paragraphs(const ReportDocument &doc)
{
    QStringList out;
    for (const ReportDocument::Block &b : doc.blocks)
        if (b.kind == ReportDocument::Block::Kind::Paragraph)
            out << b.text;
    return out;
}
} // namespace

class TestDrillReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    ReportFixture::Ids m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"fixture.sqlite"_s);
        QVERIFY(ReportFixture::build(m_db, &m_ids));
    }

    void loadsTheDrillItsRevisionAndItsRecord()
    {
        const auto r = ReportFixture::load(m_db, m_ids.second);
        QVERIFY(r);
        QCOMPARE(r->drill.iteration, 2);
        QCOMPARE(r->runbook.id, u"jenkins-rebuild"_s);
        QCOMPARE(r->revision.sha256, RunbookRevisionStore::sha256Of(ReportFixture::yaml()));
        QCOMPARE(r->metrics.state, Drill::State::Finished);
        QCOMPARE(r->observations.size(), 3);
        QCOMPARE(r->observations[0].text, ReportFixture::scriptTag);
        QCOMPARE(r->rewrites.size(), 1);
        QCOMPARE(r->rewrites[0].after.value(u"expected"_s).toInt(), 900);
        QCOMPARE(r->rewrites[0].phaseId, u"rebuild"_s);
        QCOMPARE(r->rewrites[0].index, 1);
        // The procedure is the revision with the rewrite applied; the revision is untouched.
        QCOMPARE(r->procedure.findStep(u"launch"_s)->title, u"Launch from the AMI"_s);
        QCOMPARE(r->runbook.findStep(u"launch"_s)->title, u"Launch the instance"_s);
        QCOMPARE(r->scores.size(), 2); // both criteria, one scored
        QCOMPARE(r->scores[1].criterion, u"Communication"_s);
        QCOMPARE(r->scores[1].score, 4);
        QCOMPARE(r->scores[0].score, 0);
        QCOMPARE(r->actionItems.size(), 1);
        QCOMPARE(r->actionItems[0].owner, u"Jonas"_s);
        QCOMPARE(r->actionItems[0].observation, ReportFixture::scriptTag);
        QVERIFY(r->previous);
        QCOMPARE(r->previous->drill.id, m_ids.first);
        QCOMPARE(r->history.size(), 2); // the paused production drill has not ended
    }

    void firstIterationHasNothingToCompareWith()
    {
        const auto r = ReportFixture::load(m_db, m_ids.first);
        QVERIFY(r);
        QVERIFY(!r->previous);
        const ReportDocument doc = DrillReportComposer::compose(*r);
        QVERIFY(
            paragraphs(doc).contains(u"This is the first ended drill of this runbook in test."_s));
    }

    void unknownDrillNamesTheRange()
    {
        auto opened = Database::open(m_db, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        const DrillStore store(*db);
        const RunbookRevisionStore revisions(*db);
        const auto r = DrillReport::load(store, revisions, 42, at(3000));
        QVERIFY(!r);
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(r.error().message, u"no drill 42 in the database; the drills are 1–3"_s);
        QCOMPARE(DrillReport::lastDrillId(store).value(), m_ids.running);
    }

    void foldsEditsAndDeletesOfObservations()
    {
        QList<DrillEvent> log;
        DrillEvent a = ev(DrillEvent::Kind::Observation, 1, {},
                          DrillEvent::payloadWith(u"text"_s, u"first"_s));
        a.id = 10;
        DrillEvent b = ev(DrillEvent::Kind::Observation, 2, {},
                          DrillEvent::payloadWith(u"text"_s, u"second"_s));
        b.id = 11;
        DrillEvent edit = ev(
            DrillEvent::Kind::ObservationEdited, 3, {},
            ObservationLedger::editPayload(10, u"first, corrected"_s, u"note"_s, u"tester"_s, {}));
        DrillEvent gone = ev(DrillEvent::Kind::ObservationDeleted, 4, {},
                             ObservationLedger::deletePayload(11, u"duplicate"_s));
        log << a << b << edit << gone;
        DrillReport r;
        r.events = log;
        r.observations = ObservationLedger(log).current();
        const ReportDocument doc = DrillReportComposer::compose(r);
        QStringList details;
        for (const ReportDocument::Block &block : doc.blocks)
            if (block.kind == ReportDocument::Block::Kind::Table &&
                block.header.value(4) == u"Detail")
                for (const QStringList &row : block.rows)
                    details << row.at(4);
        QCOMPARE(details, QStringList{u"first, corrected (edited)"_s});
    }

    void movesSayWhereFromAndWhereTo()
    {
        DrillReport r;
        r.runbook = DrillTestSupport::runbook({StepSpec(u"a"_s), StepSpec(u"b"_s)});
        DrillEvent move = ev(DrillEvent::Kind::StepMoved, 5, u"b"_s,
                             u"{\"phase\": \"rebuild\", \"index\": 1, \"toPhase\": \"rebuild\", "
                             "\"toIndex\": 0, \"undo\": true, \"before\": {\"id\": \"b\", "
                             "\"title\": \"Step b\"}}"_s);
        r.rewrites = DrillReport::rewritesOf({move});
        QCOMPARE(r.rewrites.size(), 1);
        // Marked undo, but it takes back no earlier change: a change of its own.
        QCOMPARE(r.rewrites[0].role, RewriteHistory::Role::Change);
        const ReportDocument doc = DrillReportComposer::compose(r);
        bool found = false;
        for (const ReportDocument::Block &b : doc.blocks) {
            if (b.kind == ReportDocument::Block::Kind::Heading && b.level == 3 &&
                b.text.startsWith(u"Step “Step b” moved"_s))
                QVERIFY2(!b.text.contains(u"undo"_s), qPrintable(b.text));
            if (b.kind == ReportDocument::Block::Kind::Diff) {
                QCOMPARE(b.rows.value(0), (QStringList{u"  place:"_s, u"- step 2 of Rebuild"_s,
                                                       u"+ step 1 of Rebuild"_s}));
                found = true;
            }
        }
        QVERIFY(found);
    }

    // A rewrite undone and redone filled two PDF pages with a diff per event, each redo
    // labelled "undoing an earlier rewrite": the section shows each step's net change once,
    // and the history, each event called what it was, in an appendix at the end.
    void rewritesShowTheNetChangeAndTheHistoryLast()
    {
        DrillReport r;
        r.runbook = DrillTestSupport::runbook(
            {StepSpec(u"a"_s, 10), StepSpec(u"b"_s, 10), StepSpec(u"c"_s, 10)});
        const Step a = r.runbook.phases[0].steps[0];
        Step aRetitled = a;
        aRetitled.title = u"Step a, retitled"_s;
        const Step b = r.runbook.phases[0].steps[1];
        Step b15 = b, b20 = b;
        b15.expectedSeconds = 15 * 60;
        b20.expectedSeconds = 20 * 60;
        const Step c = r.runbook.phases[0].steps[2];
        Step cRetitled = c;
        cRetitled.title = u"Step c, retitled"_s;
        const StepRewrite editA = StepRewrite::edit(u"rebuild"_s, 0, a, aRetitled);
        StepRewrite redoA = editA;
        redoA.undo = true;
        const StepRewrite editC = StepRewrite::edit(u"rebuild"_s, 2, c, cRetitled);
        const QList<StepRewrite> rewrites = {
            editA,                                        // change
            editA.inverted(),                             // undo
            redoA,                                        // redo: a stands retitled
            StepRewrite::edit(u"rebuild"_s, 1, b, b15),   // b: 10m -> 15m
            StepRewrite::edit(u"rebuild"_s, 1, b15, b20), // b: 15m -> 20m
            editC,                                        // c: retitled...
            editC.inverted(),                             // ...and undone: no change
        };
        for (qsizetype i = 0; i < rewrites.size(); ++i) {
            DrillEvent e = rewrites[i].toEvent();
            e.timeMs = at(double(i + 1));
            e.author = u"Sam"_s;
            r.events.append(e);
        }
        r.rewrites = DrillReport::rewritesOf(r.events);
        using Role = RewriteHistory::Role;
        QList<Role> roles;
        for (const DrillReport::Rewrite &w : std::as_const(r.rewrites))
            roles << w.role;
        QCOMPARE(roles, (QList<Role>{Role::Change, Role::Undo, Role::Redo, Role::Change,
                                     Role::Change, Role::Change, Role::Undo}));

        const ReportDocument doc = DrillReportComposer::compose(r);
        QStringList diffs, rewriteHeadings, sections;
        QStringList rewriteText;
        bool inRewrites = false;
        for (const ReportDocument::Block &block : doc.blocks) {
            if (block.kind == ReportDocument::Block::Kind::Heading && block.level <= 2) {
                sections << block.text;
                inRewrites = block.text == u"Rewrites"_s;
            } else if (inRewrites && block.kind == ReportDocument::Block::Kind::Heading) {
                rewriteHeadings << block.text;
            } else if (inRewrites && block.kind == ReportDocument::Block::Kind::Paragraph) {
                rewriteText << block.text;
            } else if (block.kind == ReportDocument::Block::Kind::Diff) {
                diffs << block.rows.value(0).join(u'|');
            }
        }
        // One diff per step that changed: original -> final, nothing in between.
        QCOMPARE(diffs, (QStringList{u"  title:|- Step a|+ Step a, retitled"_s,
                                     u"  expected:|- 10m|+ 20m"_s}));
        QCOMPARE(rewriteHeadings.size(), 2);
        QVERIFY2(rewriteHeadings[0].startsWith(u"Step “Step a, retitled” edited"_s),
                 qPrintable(rewriteHeadings[0]));
        for (const QString &h : std::as_const(rewriteHeadings))
            QVERIFY2(!h.contains(u"undo"_s), qPrintable(h));
        QVERIFY(rewriteText.contains(
            u"The net change of these rewrites: edited, undone, redone; by Sam, the last at "
            "11-14 22:16:20."_s));
        QVERIFY(rewriteText.contains(u"Step “Step c”: no net change (edited, undone; by "
                                     "Sam, the last at 11-14 22:20:20)."_s));
        // The history comes last, each rewrite called what it was.
        QCOMPARE(sections.last(), u"Appendix: rewrite history"_s);
        const ReportDocument::Block *history = tableAfter(doc, sections.last());
        QVERIFY(history);
        QStringList labels;
        for (const QStringList &row : history->rows)
            labels << row.value(3);
        QCOMPARE(labels, (QStringList{u"edited"_s, u"edited (undo)"_s, u"edited (redo)"_s,
                                      u"edited"_s, u"edited"_s, u"edited"_s, u"edited (undo)"_s}));
        QCOMPARE(history->rows[4].value(4), u"expected"_s);
        // The timeline too.
        QStringList timeline;
        for (const QStringList &row : tableAfter(doc, u"Timeline"_s)->rows)
            timeline << row.value(2);
        QCOMPARE(timeline.mid(0, 3),
                 (QStringList{u"Step edited"_s, u"Step edited (undo)"_s, u"Step edited (redo)"_s}));
    }

    // One change per step: no appendix, it would say the same again.
    void aSingleRewriteNeedsNoHistory()
    {
        const auto r = ReportFixture::load(m_db, m_ids.second);
        QVERIFY(r);
        for (const ReportDocument::Block &b : DrillReportComposer::compose(*r).blocks)
            QVERIFY2(!b.text.contains(u"Appendix"_s), qPrintable(b.text));
    }

    void stepInsertedLiveIsListedInItsPhase()
    {
        DrillReport r;
        r.runbook = DrillTestSupport::runbook({StepSpec(u"a"_s), StepSpec(u"b"_s)});
        r.procedure = r.runbook;
        Step dns;
        dns.id = u"check-dns"_s;
        dns.title = u"Check the DNS record"_s;
        r.procedure.phases[0].steps.insert(1, dns);
        for (const QString &id : {u"a"_s, u"check-dns"_s, u"b"_s}) {
            StepMetrics m;
            m.stepId = id;
            m.title = r.procedure.findStep(id)->title;
            r.metrics.steps.append(m);
        }
        const ReportDocument doc = DrillReportComposer::compose(r);
        QStringList phaseHeadings;
        int stepRows = 0;
        bool inSteps = false;
        for (const ReportDocument::Block &b : doc.blocks) {
            if (b.kind == ReportDocument::Block::Kind::Heading && b.level < 3)
                inSteps = b.text == u"Steps"_s;
            else if (inSteps && b.kind == ReportDocument::Block::Kind::Heading)
                phaseHeadings << b.text;
            else if (inSteps && b.kind == ReportDocument::Block::Kind::Table)
                stepRows += int(b.rows.size());
        }
        QCOMPARE(phaseHeadings, QStringList{r.runbook.phases[0].title});
        QCOMPARE(stepRows, 3);
    }

    // Time spent only waiting on machines is split from hands-on work: for the drill (in the
    // objectives and its own section) and per step, in every format; without waiting there is
    // no such section.
    void reportSplitsHandsOnAndWaiting()
    {
        Runbook rb = runbook({{u"bake"_s, 30}, {u"config"_s, 20}});
        rb.phases[0].steps[0].waitsOnMachine = true;
        rb.phases[0].steps[0].title = u"Bake the AMI"_s;
        const QList<DrillEvent> log = {
            ev(DrillEvent::Kind::Started, 0),
            ev(DrillEvent::Kind::StepStarted, 0, u"bake"_s),
            ev(DrillEvent::Kind::StepDone, 30, u"bake"_s),
            ev(DrillEvent::Kind::StepStarted, 30, u"config"_s),
            ev(DrillEvent::Kind::WaitStarted, 35, u"config"_s),
            ev(DrillEvent::Kind::WaitEnded, 45, u"config"_s),
            ev(DrillEvent::Kind::StepDone, 50, u"config"_s),
            ev(DrillEvent::Kind::Finished, 60),
        };
        DrillReport r;
        r.runbook = rb;
        r.procedure = rb;
        r.drill.id = 7;
        r.events = log;
        r.metrics = DrillAnalysis::analyse(rb, log, std::nullopt, at(60));
        QVERIFY(DrillReportComposer::hasWaiting(r));
        const ReportDocument doc = DrillReportComposer::compose(r);
        QVERIFY(paragraphs(doc).contains(
            u"Of 1h active time, 20m was hands-on work and 40m (67 %) only waiting on machines, "
            "when every running step waited."_s));
        const auto *split = tableAfter(doc, u"Hands-on and waiting"_s);
        QVERIFY(split);
        QCOMPARE(split->header, (QStringList{u"Step"_s, u"Actual"_s, u"Hands-on"_s, u"Waiting"_s,
                                             u"Waiting share"_s}));
        QCOMPARE(split->rows,
                 (QList<QStringList>{{u"Bake the AMI ◷"_s, u"30m"_s, u"0s"_s, u"30m"_s, u"100 %"_s},
                                     {u"Step config"_s, u"20m"_s, u"10m"_s, u"10m"_s, u"50 %"_s}}));
        bool charted = false;
        for (const ReportDocument::Block &b : doc.blocks)
            charted |= b.kind == ReportDocument::Block::Kind::Chart &&
                       b.chartId == DrillReportComposer::handsOnWaitingChartId();
        QVERIFY(charted);
        const QString markdown = MarkdownReportWriter::write(doc, {});
        QVERIFY(markdown.contains(u"\n## Hands-on and waiting\n"_s));
        QVERIFY(markdown.contains(u"- **Waiting on machines:** 40m\n"_s));
        QVERIFY(HtmlReportWriter::write(doc, {}).contains(u"Bake the AMI ◷</td>"_s));

        // The same drill without waits: no section, the facts say none.
        const QList<DrillEvent> plain = {log[0], log[1], log[2], log[3], log[6], log[7]};
        r.runbook.phases[0].steps[0].waitsOnMachine = false;
        r.procedure = r.runbook;
        r.metrics = DrillAnalysis::analyse(r.runbook, plain, std::nullopt, at(60));
        QVERIFY(!DrillReportComposer::hasWaiting(r));
        const ReportDocument none = DrillReportComposer::compose(r);
        QVERIFY(!tableAfter(none, u"Hands-on and waiting"_s));
        QVERIFY(
            MarkdownReportWriter::write(none, {}).contains(u"- **Waiting on machines:** 0s\n"_s));
    }

    // A skipped step read "-4m49s" with an empty Who and Automation: it was not done early, and
    // the reader wants to know why it was skipped (and whose it was, inserted live or not).
    void aSkippedStepSaysSoAndWhy()
    {
        DrillReport r;
        r.runbook = DrillTestSupport::runbook({StepSpec(u"a"_s, 5), StepSpec(u"b"_s)});
        r.runbook.phases[0].steps[0].role = u"driver"_s;
        r.drill.participants = {{u"Dana"_s, u"driver"_s}};
        r.procedure = r.runbook;
        Step dns;
        dns.id = u"check-dns"_s;
        dns.title = u"Check the DNS record"_s;
        dns.role = u"driver"_s;
        dns.automation = Step::Automation::Scripted;
        r.procedure.phases[0].steps.insert(1, dns);
        for (const QString &id : {u"a"_s, u"check-dns"_s, u"b"_s}) {
            StepMetrics m;
            m.stepId = id;
            m.title = r.procedure.findStep(id)->title;
            m.status = id == u"b" ? StepStatus::NotStarted : StepStatus::Skipped;
            m.expectedMs = r.procedure.findStep(id)->expectedSeconds * 1000;
            m.actualMs = id == u"a" ? 11'000 : 0;
            m.latenessMs = m.expectedMs > 0 ? m.actualMs - m.expectedMs : 0;
            m.intervals = id == u"a" ? 1 : 0;
            r.metrics.steps.append(m);
        }
        r.events = {ev(DrillEvent::Kind::StepSkipped, 1, u"a"_s,
                       u"{\"reason\": \"the AMI was\\nalready there\"}"_s),
                    ev(DrillEvent::Kind::StepSkipped, 2, u"check-dns"_s,
                       u"{\"reason\": \"no DNS in test\"}"_s)};
        const ReportDocument doc = DrillReportComposer::compose(r);
        const auto *steps = tableAfter(doc, u"Steps"_s);
        QVERIFY(steps);
        QCOMPARE(steps->rows[0],
                 (QStringList{u"1"_s, u"Step a"_s, u"5m"_s, u"11s"_s, u"—"_s, u"driver (Dana)"_s,
                              u"manual"_s, u"skipped: the AMI was already there"_s}));
        QCOMPARE(steps->rows[1],
                 (QStringList{u"2"_s, u"Check the DNS record"_s, u"—"_s, u"—"_s, u"—"_s,
                              u"driver (Dana)"_s, u"scripted"_s, u"skipped: no DNS in test"_s}));
    }

    void objectiveLineSaysMetOrMissed_data()
    {
        QTest::addColumn<qint64>("achieved");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<QString>("line");
        QTest::addRow("met") << 40 * minute << 4 * hour
                             << u"RTO 40m against a target of 4h: met, 3h20m to spare."_s;
        QTest::addRow("exactly") << 4 * hour << 4 * hour
                                 << u"RTO 4h against a target of 4h: met, 0s to spare."_s;
        QTest::addRow("missed") << 4 * hour + 12 * minute << 4 * hour
                                << u"RTO 4h12m against a target of 4h: missed by 12m."_s;
        QTest::addRow("no target") << 40 * minute << qint64(0) << u"RTO 40m; no target."_s;
    }
    void objectiveLineSaysMetOrMissed()
    {
        QFETCH(qint64, achieved);
        QFETCH(qint64, target);
        QFETCH(QString, line);
        QCOMPARE(DrillReportComposer::objectiveLine(u"RTO"_s, achieved, target), line);
    }

    void composesTheSectionsWithTheirFigures()
    {
        const auto r = ReportFixture::load(m_db, m_ids.second);
        QVERIFY(r);
        const ReportDocument doc = DrillReportComposer::compose(*r);
        QStringList headings;
        for (const ReportDocument::Block &b : doc.blocks)
            if (b.kind == ReportDocument::Block::Kind::Heading && b.level <= 2)
                headings << b.text;
        QCOMPARE(headings, (QStringList{u"Drill report: Rebuild Jenkins from backup, test #2"_s,
                                        u"Participants"_s, u"Scenario"_s, u"Objectives"_s,
                                        u"Steps"_s, u"Timeline"_s, u"Rewrites"_s, u"Action items"_s,
                                        u"Scorecard"_s, u"Sign-offs"_s,
                                        u"Compared with the previous iteration"_s, u"Charts"_s}));
        // Failure at 990, service restored at 1030: 40m; data from 300 minutes before.
        const QStringList text = paragraphs(doc);
        QVERIFY(text.contains(u"RTO 40m against a target of 4h: met, 3h20m to spare."_s));
        QVERIFY(text.contains(u"RPO 5h against a target of 1d: met, 19h to spare."_s));
        QVERIFY(text.contains(u"The Jenkins instance is terminated <b>at night</b>."_s));

        const auto *steps = tableAfter(doc, u"Steps"_s);
        QVERIFY(steps);
        QCOMPARE(steps->rows.size(), 3);
        // bake-ami: 1000 to 1015 with 4 minutes paused: 11m against 20m.
        QCOMPARE(steps->rows[0],
                 (QStringList{u"1"_s, u"Bake the Jenkins AMI ●"_s, u"20m"_s, u"11m"_s, u"-9m"_s,
                              u"driver (Jonas)"_s, u"scripted"_s, u"done"_s}));
        QCOMPARE(steps->rows[2].at(5), u"scribe (Ada)"_s);
        bool phaseHeading = false;
        for (const ReportDocument::Block &b : doc.blocks)
            phaseHeading = phaseHeading || (b.kind == ReportDocument::Block::Kind::Heading &&
                                            b.level == 3 && b.text == u"Rebuild the instance");
        QVERIFY(phaseHeading);

        const auto *timeline = tableAfter(doc, u"Timeline"_s);
        QVERIFY(timeline);
        QStringList what;
        for (const QStringList &row : timeline->rows)
            what << row.at(2);
        QCOMPARE(what, (QStringList{u"Drill started"_s, u"Observation (issue)"_s, u"Observation"_s,
                                    u"Observation"_s, u"Inject"_s, u"Paused"_s, u"Resumed"_s,
                                    u"Step edited"_s, u"Service restored"_s,
                                    u"Restored data is from"_s, u"Drill finished"_s}));
        QCOMPARE(timeline->rows[4].at(4), u"EFS throughput is throttled"_s);
        QCOMPARE(timeline->rows[4].at(1), u"5:00"_s);

        const auto *comparison = tableAfter(doc, u"Compared with the previous iteration"_s);
        QVERIFY(comparison);
        QCOMPARE(comparison->header, (QStringList{u"Measure"_s, u"#1"_s, u"#2"_s, u"Change"_s}));
        QCOMPARE(comparison->rows[0], (QStringList{u"RTO"_s, u"35m"_s, u"40m"_s, u"+5m"_s}));

        const auto *scores = tableAfter(doc, u"Scorecard"_s);
        QVERIFY(scores);
        QCOMPARE(scores->rows[1].mid(0, 2), (QStringList{u"Communication"_s, u"4/5"_s}));
        QCOMPARE(scores->rows[0].at(1), u"not scored"_s);

        bool diffShown = false;
        for (const ReportDocument::Block &b : doc.blocks)
            if (b.kind == ReportDocument::Block::Kind::Diff)
                diffShown =
                    b.rows.value(0).contains(u"- 10m"_s) && b.rows.value(0).contains(u"+ 15m"_s);
        QVERIFY(diffShown);
    }

    // bake-ami is running in the paused drill; had the drill ended so, the report says
    // "unfinished" — "running" would read as now.
    void aStepRunningWhenTheDrillEndedIsUnfinished()
    {
        auto r = ReportFixture::load(m_db, m_ids.running);
        QVERIFY(r);
        const auto statusOfBake = [](const DrillReport &report) {
            const ReportDocument doc = DrillReportComposer::compose(report);
            const auto *steps = tableAfter(doc, u"Steps"_s);
            return steps ? steps->rows.value(0).value(7) : QString();
        };
        QCOMPARE(statusOfBake(*r), u"running"_s);
        r->metrics.state = Drill::State::Aborted;
        QCOMPARE(statusOfBake(*r), u"unfinished"_s);
    }

    // Production #1 finished while bake-ami still ran, before launch (service restored): no
    // RTO, however short; "not restored — RTO missed", in the objectives and the comparison.
    void drillEndedBeforeServiceRestoredHasNoRto()
    {
        const QString path = m_dir.filePath(u"not-restored.sqlite"_s);
        ReportFixture::Ids ids;
        QVERIFY(ReportFixture::buildWithUnrestoredDrill(path, &ids));
        auto r = ReportFixture::load(path, ids.running);
        QVERIFY(r);
        QCOMPARE(r->metrics.state, Drill::State::Finished);
        QVERIFY(!r->metrics.rtoMs);
        QStringList text = paragraphs(DrillReportComposer::compose(*r));
        const QString line = u"RTO: not restored — RTO missed: the drill ended before “Launch the "
                             "instance”, the step that marks the service restored, was done; the "
                             "target is 4h."_s;
        QVERIFY2(text.contains(line), qPrintable(text.join(u'\n')));
        for (const QString &p : text) // never "RTO 20m against a target of 4h: met"
            QVERIFY2(!p.startsWith(u"RTO "_s), qPrintable(p));

        // Compared by the next iteration: its RTO cell says why it is empty.
        DrillReport next = *ReportFixture::load(m_db, m_ids.second);
        QVERIFY(next.previous);
        next.previous->metrics = r->metrics;
        const ReportDocument nextDoc = DrillReportComposer::compose(next);
        const auto *comparison = tableAfter(nextDoc, u"Compared with the previous iteration"_s);
        QVERIFY(comparison);
        QCOMPARE(comparison->rows[0], (QStringList{u"RTO"_s, u"not restored"_s, u"40m"_s, u"—"_s}));

        // Skipped: said so. Without a target: not restored, nothing missed.
        r->metrics.steps[1].status = StepStatus::Skipped;
        r->metrics.rtoTargetMs = 0;
        text = paragraphs(DrillReportComposer::compose(*r));
        QVERIFY2(text.contains(u"RTO: not restored: “Launch the instance”, the step that marks the "
                               "service restored, was skipped; no target."_s),
                 qPrintable(text.join(u'\n')));
    }

    void scenarioStaysHiddenUntilTheDrillEnds()
    {
        const auto r = ReportFixture::load(m_db, m_ids.running);
        QVERIFY(r);
        QCOMPARE(r->metrics.state, Drill::State::Paused);
        const QStringList text = paragraphs(DrillReportComposer::compose(*r));
        QVERIFY(text.contains(u"(hidden until the drill ends)"_s));
        for (const QString &p : text)
            QVERIFY2(!p.contains(u"terminated"_s), qPrintable(p));
    }

    // The report of a drill of 10,000 events lists every observation as it stands, in the
    // order logged, in the document and in the Markdown and HTML written from it: the
    // timeline's rows are looked up, not scanned for, and nothing fell out on the way.
    void bigDrillReportShowsEveryObservation()
    {
        const QString path = m_dir.filePath(u"big.sqlite"_s);
        const auto built = BigDrillFixture::build(path, 10'000);
        QVERIFY(built);
        QCOMPARE(built->events, 10'000);
        QVERIFY(built->observations.size() > 8'000);
        QVERIFY(built->edited > 100 && built->deleted > 100);
        const auto report = ReportFixture::load(path, built->drillId);
        QVERIFY(report);
        QCOMPARE(report->events.size(), 10'000);
        const ReportDocument doc = DrillReportComposer::compose(*report);
        const ReportDocument::Block *timeline = tableAfter(doc, u"Timeline"_s);
        QVERIFY(timeline);
        QStringList shown;
        int paused = 0;
        for (const QStringList &row : timeline->rows) {
            if (row.value(2).startsWith(u"Observation"_s))
                shown << row.value(4);
            paused += row.value(2) == u"Paused" ? 1 : 0;
        }
        QCOMPARE(shown.size(), built->observations.size());
        QCOMPARE(shown, built->observations);
        QVERIFY(paused > 200);

        // Markdown and HTML: one table row per observation, its text escaped in the last cell.
        static const QRegularExpression mdRow(
            u"^\\| [^|]* \\| [^|]* \\| Observation[^|]* \\| [^|]* \\| (.*) \\|$"_s);
        QStringList expected;
        for (const QString &text : std::as_const(built->observations))
            expected << MarkdownReportWriter::escape(text);
        QCOMPARE(lastCells(MarkdownReportWriter::write(doc, {}), mdRow), expected);
        static const QRegularExpression htmlRow(
            u"^<tr>.*<td>Observation[^<]*</td><td[^>]*>[^<]*</td><td[^>]*>(.*)</td></tr>$"_s);
        expected.clear();
        for (const QString &text : std::as_const(built->observations))
            expected << text.toHtmlEscaped();
        QCOMPARE(lastCells(HtmlReportWriter::write(doc, {}), htmlRow), expected);
    }
};

QTEST_GUILESS_MAIN(TestDrillReport)
#include "tst_drillreport.moc"
