// Statistics that compare honestly: per step across the drills before the last one, the
// median, the interquartile range and min–max on known data, the last drill against them, the
// table the history window shows, and the step comparison against "median of the last 5".
#include "stepcomparisonmodel.h"
#include "stepstatistics.h"
#include "stepstatisticsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60'000;

// A finished drill of runbook "restore": steps brief and import taking the given minutes
// (negative: skipped).
DrillSummary drill(qint64 id, const QString &environment, qint64 startMin,
                   const QList<double> &stepMinutes,
                   const QStringList &ids = {u"brief"_s, u"import"_s})
{
    DrillSummary s;
    s.drill.id = id;
    s.drill.runbookId = u"restore"_s;
    s.drill.environment = environment;
    s.drill.iteration = int(id);
    s.metrics.state = Drill::State::Finished;
    s.metrics.startedMs = startMin * minute;
    for (qsizetype i = 0; i < stepMinutes.size(); ++i) {
        StepMetrics m;
        m.stepId = ids.value(i);
        m.title = u"Step "_s + m.stepId;
        m.status = stepMinutes[i] < 0 ? StepStatus::Skipped : StepStatus::Done;
        m.actualMs = stepMinutes[i] < 0 ? 0 : qint64(stepMinutes[i] * minute);
        s.metrics.steps.append(m);
    }
    return s;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.data(model.index(row, c)).toString();
    return out;
}
} // namespace

class TestStepStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantilesOnKnownData_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("q1");
        QTest::addColumn<qint64>("q3");
        QTest::addRow("none") << QList<qint64>{} << qint64(0) << qint64(0) << qint64(0);
        QTest::addRow("one") << QList<qint64>{7} << qint64(7) << qint64(7) << qint64(7);
        QTest::addRow("odd, unsorted")
            << QList<qint64>{9, 1, 5, 3, 7} << qint64(5) << qint64(3) << qint64(7);
        // Linear interpolation between the nearest ranks: 1 2 3 4 → Q1 1.75, median 2.5, Q3 3.25.
        QTest::addRow("even") << QList<qint64>{400, 100, 300, 200} << qint64(250) << qint64(175)
                              << qint64(325);
    }
    void quantilesOnKnownData()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(qint64, median);
        QFETCH(qint64, q1);
        QFETCH(qint64, q3);
        QCOMPARE(StepStatistics::median(values), median);
        QCOMPARE(StepStatistics::quantile(values, 0.25), q1);
        QCOMPARE(StepStatistics::quantile(values, 0.75), q3);
    }

    void lastAgainstThePreviousDrills()
    {
        const QList<DrillSummary> drills = {
            drill(1, u"test"_s, 100, {99, 99}), // beyond the last 4 before the last drill
            drill(2, u"test"_s, 200, {10, 40}),
            drill(3, u"test"_s, 300, {12, -1}), // import skipped: no time
            drill(4, u"test"_s, 400, {14, 50}),
            drill(5, u"test"_s, 500, {16, 60}),
            drill(6, u"production"_s, 550, {1, 1}), // another environment
            drill(7, u"test"_s, 600, {11, 70}),     // the last one
        };
        const QList<StepStatistics> stats =
            StepStatistics::compute(drills, u"restore"_s, u"test"_s, 4);
        QCOMPARE(stats.size(), 2);
        const StepStatistics &brief = stats[0];
        QCOMPARE(brief.stepId, u"brief"_s);
        QCOMPARE(brief.drills, 4); // 10 12 14 16
        QCOMPARE(brief.medianMs, 13 * minute);
        QCOMPARE(brief.q1Ms, qint64(11.5 * minute));
        QCOMPARE(brief.q3Ms, qint64(14.5 * minute));
        QCOMPARE(brief.minMs, 10 * minute);
        QCOMPARE(brief.maxMs, 16 * minute);
        QCOMPARE(brief.lastMs, 11 * minute);
        QCOMPARE(brief.verdict(), StepStatistics::Verdict::Faster);
        const StepStatistics &import = stats[1];
        QCOMPARE(import.drills, 3); // 40 50 60: the skip has no time
        QCOMPARE(import.medianMs, 50 * minute);
        QCOMPARE(import.verdict(), StepStatistics::Verdict::Slower);

        StepStatisticsModel model;
        QAbstractItemModelTester tester(&model);
        model.setStatistics(stats);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            rowTexts(model, 0),
            (QStringList{u"Step brief"_s, u"4"_s, u"13:00"_s, u"11:30–14:30"_s, u"10:00–16:00"_s,
                         u"11:00"_s, u"−2:00"_s, u"▼ faster than usual (below Q1)"_s}));
        QCOMPARE(rowTexts(model, 1).at(StepStatisticsModel::LastVsMedianColumn), u"+20:00"_s);
        QCOMPARE(model.headerData(StepStatisticsModel::SpreadColumn, Qt::Horizontal).toString(),
                 u"Interquartile range (Q1–Q3)"_s);
    }

    void newStepsHaveNoHistory()
    {
        const QList<DrillSummary> drills = {
            drill(1, u"test"_s, 100, {10, 40}),
            drill(2, u"test"_s, 200, {10, 40, 5}, {u"brief"_s, u"import"_s, u"new"_s}),
        };
        const QList<StepStatistics> stats =
            StepStatistics::compute(drills, u"restore"_s, u"test"_s, 10);
        QCOMPARE(stats.size(), 3);
        QCOMPARE(stats[2].stepId, u"new"_s);
        QCOMPARE(stats[2].drills, 0);
        QCOMPARE(stats[2].verdict(), StepStatistics::Verdict::NoData);
        StepStatisticsModel model;
        model.setStatistics(stats);
        QCOMPARE(model.data(model.index(2, StepStatisticsModel::VerdictColumn)).toString(),
                 u"no earlier drill did it"_s);
        QVERIFY(StepStatistics::compute({}, u"restore"_s, u"test"_s, 5).isEmpty());
        // One earlier drill is no "usual": the last is not called faster or slower than it.
        QCOMPARE(stats[0].drills, 1);
        QCOMPARE(stats[0].verdict(), StepStatistics::Verdict::TooFew);
        QCOMPARE(model.data(model.index(0, StepStatisticsModel::VerdictColumn)).toString(),
                 u"too few earlier drills to say"_s);
    }

    void comparisonAgainstTheMedianOfTheLastFive()
    {
        QList<DrillSummary> drills;
        const QList<double> imports = {90, 10, 20, 30, 40, 50};
        for (qsizetype i = 0; i < imports.size(); ++i)
            drills.append(drill(i + 1, u"test"_s, 100 * (i + 1), {5, imports[i]}));
        drills.append(drill(7, u"test"_s, 800, {5, 45}));
        const QList<DrillSummary> previous = StepComparisonModel::previousDrills(drills, 6, 5);
        QCOMPARE(previous.size(), 5);
        QCOMPARE(previous.constFirst().drill.id, 2); // drill 1 is older than the last five
        StepComparisonModel model;
        QAbstractItemModelTester tester(&model);
        model.setMedianReference(previous, drills[6]);
        QCOMPARE(model.labelA(), u"median of the last 5"_s);
        QCOMPARE(model.rowCount(), 2);
        // Largest slowdown first: import 45 against the median 30 (10 20 30 40 50).
        QCOMPARE(model.data(model.index(0, StepComparisonModel::StepColumn)).toString(),
                 u"Step import"_s);
        QCOMPARE(model.data(model.index(0, StepComparisonModel::ActualAColumn)).toDouble(), 30.0);
        QCOMPARE(model.data(model.index(0, StepComparisonModel::DeltaColumn)).toDouble(), 15.0);
        QVERIFY(model.data(model.index(0, StepComparisonModel::ChangeColumn)).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStepStatistics)
#include "tst_stepstatistics.moc"
