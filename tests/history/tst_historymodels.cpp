// The history item models: the numbers of a small hand-made history (trend, RPO, phases,
// automation share), chart order, and CSV of any model; QAbstractItemModelTester on each.
#include "automationsharemodel.h"
#include "csvexport.h"
#include "phasebreakdownmodel.h"
#include "stepcomparisonmodel.h"
#include "timelinemodel.h"
#include "trendmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60'000;

Runbook fixtureRunbook()
{
    Runbook r;
    r.id = u"restore"_s;
    r.title = u"Restore"_s;
    Phase a{u"prepare"_s, u"Prepare"_s, {}, {}};
    Step s1;
    s1.id = u"brief"_s;
    s1.automation = Step::Automation::Manual;
    Step s2;
    s2.id = u"import"_s;
    s2.automation = Step::Automation::Scripted;
    a.steps = {s1};
    Phase b{u"restore"_s, u"Restore data"_s, {}, {}};
    Step s3;
    s3.id = u"check"_s;
    s3.automation = Step::Automation::Automated;
    b.steps = {s2, s3};
    r.phases = {a, b};
    return r;
}

// A finished drill: steps brief, import, check taking the given minutes.
DrillSummary drill(qint64 id, const QString &env, int iteration, qint64 startMin, double rtoMin,
                   const QList<qint64> &stepMinutes, std::optional<double> rpoMin = {})
{
    DrillSummary s;
    s.drill.id = id;
    s.drill.runbookId = u"restore"_s;
    s.drill.environment = env;
    s.drill.iteration = iteration;
    DrillMetrics &m = s.metrics;
    m.state = Drill::State::Finished;
    m.startedMs = startMin * minute;
    m.wallMs = qint64((rtoMin + 10) * minute);
    m.activeMs = qint64((rtoMin + 5) * minute);
    m.rtoMs = qint64(rtoMin * minute);
    m.rtoTargetMs = 60 * minute;
    if (rpoMin)
        m.rpoMs = qint64(*rpoMin * minute);
    m.rpoTargetMs = 24 * 60 * minute;
    const QStringList ids = {u"brief"_s, u"import"_s, u"check"_s};
    for (qsizetype i = 0; i < stepMinutes.size(); ++i) {
        StepMetrics step;
        step.stepId = ids.value(i, u"gone"_s);
        step.actualMs = stepMinutes[i] * minute;
        m.steps.append(step);
    }
    return s;
}

QList<DrillSummary> fixture()
{
    DrillSummary unfinished = drill(9, u"test"_s, 4, 5000, 1, {1, 1, 1});
    unfinished.metrics.state = Drill::State::Running;
    return {
        drill(4, u"production"_s, 1, 4000, 50, {10, 30, 10}, 600),
        drill(1, u"test"_s, 1, 1000, 130, {20, 90, 30}, 1600),
        drill(2, u"test"_s, 2, 2000, 95.04, {10, 60, 30}),
        drill(3, u"test"_s, 3, 3000, 70, {10, 40, 10, 20}, 300),
        unfinished,
    };
}

QStringList rowTexts(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.data(model.index(r, c)).toString();
        rows << cells.join(u'|');
    }
    return rows;
}
} // namespace

class TestHistoryModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trendRowsAreInChartOrderWithMinutes()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrills(fixture());
        // Unfinished drills are left out; test ran first, so it comes first.
        QCOMPARE(
            rowTexts(model),
            QStringList({u"test|1|1970-01-01|130|60|missed|140|135|1600|1440|1|135|0|hand-run"_s,
                         u"test|2|1970-01-02|95|60|missed|105|100||1440|2|100|0|hand-run"_s,
                         u"test|3|1970-01-03|70|60|missed|80|75|300|1440|3|75|0|hand-run"_s,
                         u"production|1|1970-01-03|50|60|met|60|55|600|1440|4|55|0|hand-run"_s}));
        QCOMPARE(model.environments(), QStringList({u"test"_s, u"production"_s}));
        QCOMPARE(model.rowsOf(u"test"_s), qMakePair(0, 3));
        QCOMPARE(model.rowsOf(u"production"_s), qMakePair(3, 1));
        QCOMPARE(model.drillIdAt(1), 2);
        QCOMPARE(model.rowNear(u"test"_s, 2.2), 1);
        QCOMPARE(model.rowNear(u"production"_s, 3), 3);
        QCOMPARE(model.maximum(TrendModel::RpoColumn), 1600.0);
        model.setDrills({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The trend can show hands-on or waiting time instead of the whole active time.
    void trendSplitsHandsOnAndWaiting()
    {
        QList<DrillSummary> drills = fixture().mid(0, 1);
        drills[0].metrics.waitingMs = 20 * 60'000;
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrills(drills);
        const double active = model.data(model.index(0, TrendModel::ActiveColumn)).toDouble();
        QCOMPARE(model.data(model.index(0, TrendModel::WaitingColumn)).toDouble(), 20.0);
        QCOMPARE(model.data(model.index(0, TrendModel::HandsOnColumn)).toDouble(), active - 20.0);
        QCOMPARE(model.headerData(TrendModel::HandsOnColumn, Qt::Horizontal).toString(),
                 u"Hands-on (min)"_s);
        QCOMPARE(model.headerData(TrendModel::WaitingColumn, Qt::Horizontal).toString(),
                 u"Waiting (min)"_s);
    }

    // Automated runs (drilldeck run) share the environment's iterations and rows; the Run column
    // and RunKindRole tell them from the drills people ran, rowNear finds either kind.
    void trendTellsAutomatedRunsApart()
    {
        QList<DrillSummary> drills = fixture();
        drills[2].drill.runKind = Drill::RunKind::Automated; // test #2
        drills[3].drill.runKind = Drill::RunKind::Automated; // test #3
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrills(drills);
        QVERIFY(model.hasAutomatedRuns());
        QCOMPARE(model.runKindsOf(u"test"_s),
                 QList<Drill::RunKind>({Drill::RunKind::Hand, Drill::RunKind::Automated}));
        QCOMPARE(model.runKindsOf(u"production"_s), QList<Drill::RunKind>({Drill::RunKind::Hand}));
        QCOMPARE(model.runKindsOf(u"staging"_s), QList<Drill::RunKind>());
        QCOMPARE(model.data(model.index(1, TrendModel::RunColumn)).toString(), u"automated"_s);
        QCOMPARE(model.data(model.index(0, TrendModel::RunColumn)).toString(), u"hand-run"_s);
        QCOMPARE(model.data(model.index(2, 0), TrendModel::RunKindRole).toInt(),
                 int(Drill::RunKind::Automated));
        QCOMPARE(model.headerData(TrendModel::RunColumn, Qt::Horizontal).toString(), u"Run"_s);
        QCOMPARE(model.rowNear(u"test"_s, 2.2), 1);
        QCOMPARE(model.rowNear(u"test"_s, 2.2, Drill::RunKind::Hand), 0);
        QCOMPARE(model.rowNear(u"test"_s, 1, Drill::RunKind::Automated), 1);
        QCOMPARE(model.rowNearDate(u"test"_s, 3000.0 * minute, Drill::RunKind::Hand), 0);
        model.setDrills(fixture());
        QVERIFY(!model.hasAutomatedRuns());
    }

    // Finished before its service-restored step was done: no RTO, not a zero; the status says
    // "not restored"; the wall and active time stay.
    void notRestoredDrillHasNoRtoValue()
    {
        QList<DrillSummary> drills = fixture();
        drills[2].metrics.rtoMs.reset(); // test #2
        drills[2].metrics.rtoMilestoneStepId = u"check"_s;
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrills(drills);
        QCOMPARE(rowTexts(model).value(1),
                 u"test|2|1970-01-02||60|not restored|105|100||1440|2|100|0|hand-run"_s);
        QVERIFY(!model.data(model.index(1, TrendModel::RtoColumn)).isValid());
        QCOMPARE(model.data(model.index(1, 0), TrendModel::RtoStatusRole).toInt(),
                 int(RtoStatus::NotRestored));
        QCOMPARE(model.maximum(TrendModel::RtoColumn), 130.0);
        QCOMPARE(model.notRestoredRowNear(2.4, false), 1);
        QCOMPARE(model.notRestoredRowNear(9, false), 1);
        QCOMPARE(model.notRestoredRowNear(0, true), 1); // by date: the only one
        drills[2].metrics.rtoMs = 95 * minute;
        model.setDrills(drills);
        QCOMPARE(model.notRestoredRowNear(2, false), -1);
    }

    void minutes_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<double>("minutes");
        QTest::addRow("zero") << qint64(0) << 0.0;
        QTest::addRow("one minute") << minute << 1.0;
        QTest::addRow("rounds to a tenth") << qint64(95'040 * 60) << 95.0;
        QTest::addRow("half a minute") << qint64(30'000) << 0.5;
        QTest::addRow("a day") << 24 * 60 * minute << 1440.0;
    }
    void minutes()
    {
        QFETCH(qint64, ms);
        QFETCH(double, minutes);
        QCOMPARE(TrendModel::minutes(ms), minutes);
    }

    void phaseBreakdownSumsStepClocksPerPhase()
    {
        PhaseBreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(fixtureRunbook(), fixture());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Prepare"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Restore data"_s);
        // A step the runbook no longer has is counted apart.
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Other steps"_s);
        QCOMPARE(rowTexts(model), QStringList({u"test #1|20|120|0"_s, u"test #2|10|90|0"_s,
                                               u"test #3|10|50|20"_s, u"production #1|10|40|0"_s}));
        QCOMPARE(model.total(2), 80.0);
        QCOMPARE(model.data(model.index(0, 0), PhaseBreakdownModel::DrillIdRole).toLongLong(), 1);
    }

    void phaseBreakdownWithoutRemovedStepsHasNoOtherColumn()
    {
        PhaseBreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(fixtureRunbook(), fixture().mid(0, 2));
        QCOMPARE(model.columnCount(), 3);
    }

    void automationShareIsWeightedByTime()
    {
        AutomationShareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(fixtureRunbook(), fixture());
        // test #1: 20 manual, 90 scripted, 30 automated of 140 minutes.
        QCOMPARE(rowTexts(model),
                 QStringList({u"test #1|14.3|64.3|21.4"_s, u"test #2|10|60|30"_s,
                              u"test #3|37.5|50|12.5"_s, u"production #1|20|60|20"_s}));
    }

    void stepComparisonSortsByChangeAndMarksRewrites()
    {
        StepComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<DrillSummary> drills = fixture();
        DrillSummary a = drills[2]; // test #2: brief 10, import 60, check 30
        DrillSummary b = drills[3]; // test #3: brief 10, import 40, check 10, gone 20
        a.metrics.steps[0].expectedMs = 5 * minute;
        b.metrics.steps.removeAt(2); // a rewrite dropped `check`
        model.setDrills(a, b);
        QCOMPARE(model.headerData(StepComparisonModel::ActualAColumn, Qt::Horizontal).toString(),
                 u"test #2 (min)"_s);
        // By change, largest first; steps without both times count as no change.
        QCOMPARE(rowTexts(model),
                 QStringList({u"brief|5|10|10|0|"_s, u"gone|0||20||added"_s,
                              u"check|0|30|||removed"_s, u"import|0|60|40|-20|"_s}));
    }

    void stepComparisonDefaultsToTheLastTwoOfTheNewestEnvironmentElseTheOneBefore()
    {
        QList<DrillSummary> drills = fixture();
        // production #1 is the newest (started at minute 4000) and has no predecessor in
        // production: it is compared with the last rehearsal in test (#3, index 3).
        QCOMPARE(StepComparisonModel::defaultPair(drills), qMakePair(3, 0));
        drills.removeAt(0);
        QCOMPARE(StepComparisonModel::defaultPair(drills), qMakePair(1, 2));
        QCOMPARE(StepComparisonModel::defaultPair({drills[0]}), qMakePair(-1, -1));
        QCOMPARE(StepComparisonModel::defaultPair({}), qMakePair(-1, -1));
    }

    void timelinePlacesStepsAndMarkersFromTheStart()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DrillSummary d = fixture()[1]; // test #1, started at minute 1000
        DrillMetrics &m = d.metrics;
        const qint64 t0 = m.startedMs;
        m.endedMs = t0 + 150 * minute;
        m.steps[0].firstStartMs = t0;
        m.steps[0].endMs = t0 + 20 * minute;
        m.steps[1].firstStartMs = t0 + 20 * minute;
        m.steps[1].endMs = t0 + 110 * minute;
        m.steps[1].critical = true; // steps[2] never started: left out
        m.rtoFromMilestone = true;
        DrillEvent paused;
        paused.kind = DrillEvent::Kind::Paused;
        paused.timeMs = t0 + 30 * minute;
        DrillEvent note;
        note.kind = DrillEvent::Kind::Observation;
        note.timeMs = t0 + 45 * minute;
        note.payload = DrillEvent::payloadWith(u"text"_s, u"slow import"_s);
        DrillEvent started;
        started.kind = DrillEvent::Kind::StepStarted;
        started.timeMs = t0;
        model.setDrill(d, {started, paused, note});
        QCOMPARE(model.label(), u"test #1"_s);
        QCOMPARE(rowTexts(model),
                 QStringList({u"brief|0|20|20|"_s, u"import|20|110|90|critical"_s}));
        using Kind = TimelineModel::Marker::Kind;
        QCOMPARE(model.markers(), QList<TimelineModel::Marker>(
                                      {{Kind::Paused, 30, {}},
                                       {Kind::Observation, 45, u"slow import"_s},
                                       {Kind::ServiceRestored, 130, u"service restored"_s}}));
        QCOMPARE(model.lastMinute(), 150.0);
    }

    void csvHasHeadersAndQuotes()
    {
        TrendModel model;
        QList<DrillSummary> drills = fixture().mid(0, 1);
        drills[0].drill.environment = u"prod, eu"_s;
        model.setDrills(drills);
        const QStringList lines = CsvExport::toCsv(model).split(u'\n');
        QCOMPARE(lines.value(0), u"Environment,Iteration,Date,RTO (min),RTO target (min),"
                                 "RTO status,Wall (min),Active (min),RPO (min),RPO target (min),"
                                 "Drill,Hands-on (min),Waiting (min),Run"_s);
        QCOMPARE(lines.value(1),
                 u"\"prod, eu\",1,1970-01-03,50,60,met,60,55,600,1440,4,55,0,hand-run"_s);
        QCOMPARE(lines.size(), 3); // a trailing newline
        QCOMPARE(CsvExport::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    }

    // CSV injection (OWASP): a cell a spreadsheet would run as a formula is written as text; a
    // plain number stays a number (docs/csv.md).
    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::addRow("equals") << u"=cmd|' /C calc'!A0"_s << u"\"'=cmd|' /C calc'!A0\""_s;
        QTest::addRow("minus formula") << u"-2+3 @SUM(A1)"_s << u"\"'-2+3 @SUM(A1)\""_s;
        QTest::addRow("plus") << u"+1+1"_s << u"\"'+1+1\""_s;
        QTest::addRow("at") << u"@SUM(A1:A9)"_s << u"\"'@SUM(A1:A9)\""_s;
        QTest::addRow("tab") << u"\t=1+1"_s << u"\"'\t=1+1\""_s;
        // A carriage return is shown, not sent (it would move the terminal's cursor back), and
        // "␍=1+1" is no formula.
        QTest::addRow("carriage return") << u"\r=1+1"_s << u"␍=1+1"_s;
        QTest::addRow("escape sequence")
            << u"prod\x1b]0;PWNED\a\x1b[2J"_s << u"prod␛]0;PWNED␇␛[2J"_s;
        QTest::addRow("line break kept") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::addRow("quotes inside")
            << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::addRow("comma inside") << u"-1,=1+1"_s << u"\"'-1,=1+1\""_s;
        QTest::addRow("duration delta") << u"-4m49s"_s << u"\"'-4m49s\""_s;
        QTest::addRow("lone minus") << u"-"_s << u"\"'-\""_s;
        QTest::addRow("negative integer") << u"-12"_s << u"-12"_s;
        QTest::addRow("negative decimal") << u"-4.5"_s << u"-4.5"_s;
        QTest::addRow("negative exponent") << u"-1e-05"_s << u"-1e-05"_s;
        QTest::addRow("plus number") << u"+5"_s << u"\"'+5\""_s;
        QTest::addRow("inner equals") << u"a=b"_s << u"a=b"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void csvNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvExport::field(cell), written);
    }

    void csvOfAModelNeutralisesEveryCell()
    {
        TrendModel model;
        QList<DrillSummary> drills = fixture().mid(0, 1);
        drills[0].drill.environment = u"=cmd|' /C calc'!A0"_s;
        model.setDrills(drills);
        const QStringList lines = CsvExport::toCsv(model).split(u'\n');
        QCOMPARE(
            lines.value(1),
            u"\"'=cmd|' /C calc'!A0\",1,1970-01-03,50,60,met,60,55,600,1440,4,55,0,hand-run"_s);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
