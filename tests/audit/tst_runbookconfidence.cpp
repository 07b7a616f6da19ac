// The confidence rule (docs/programme.md) with its dates injected: each level, the decay by the
// cadence (at its boundaries), a runbook changed since its last drill, which environments count
// as production, what a success is, and the inputs taken from drills.
#include "drillsummary.h"
#include "runbookconfidence.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Level = RunbookConfidence::Level;

namespace {
const QDate today(2025, 6, 30);

RunbookConfidence::Drilled drilled(qint64 id, const QDate &ended, bool succeeded)
{
    RunbookConfidence::Drilled d;
    d.drillId = id;
    d.iteration = int(id);
    d.ended = ended;
    d.succeeded = succeeded;
    d.outcome = succeeded ? u"finished, RTO met"_s : u"finished, RTO missed"_s;
    return d;
}

// The last drill in environment ended daysAgo before today, and succeeded or not.
RunbookConfidence::Inputs inputs(const QString &environment, qint64 daysAgo, bool succeeded,
                                 qint64 cadenceDays = 90, bool changed = false)
{
    RunbookConfidence::Inputs in;
    in.today = today;
    in.environment = environment;
    in.cadenceDays = cadenceDays;
    in.cadenceSet = true;
    in.drillsCounted = 1;
    in.lastDrill = drilled(7, today.addDays(-daysAgo), succeeded);
    if (succeeded)
        in.lastSuccess = in.lastDrill;
    in.changedSinceLastDrill = changed;
    return in;
}

DrillSummary summary(qint64 id, const QString &environment, const QDateTime &ended,
                     Drill::State state, std::optional<qint64> rtoMs,
                     qint64 rtoTargetMs = 4 * 3'600'000)
{
    DrillSummary s;
    s.drill.id = id;
    s.drill.iteration = int(id);
    s.drill.environment = environment;
    s.metrics.state = state;
    s.metrics.endedMs = Drill::isEnded(state) ? ended.toMSecsSinceEpoch() : -1;
    s.metrics.rtoMs = rtoMs;
    s.metrics.rtoTargetMs = rtoTargetMs;
    return s;
}
} // namespace

class TestRunbookConfidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverDrilledIsNone()
    {
        RunbookConfidence::Inputs in;
        in.today = today;
        in.environment = u"production"_s;
        const RunbookConfidence c = RunbookConfidence::assess(in);
        QCOMPARE(c.level, Level::None);
        QVERIFY(c.why().contains(u"never drilled"_s));
    }

    void eachLevel_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<qint64>("daysAgo");
        QTest::addColumn<bool>("succeeded");
        QTest::addColumn<Level>("expected");
        QTest::addColumn<bool>("decayed");
        // Cadence 90 days.
        QTest::newRow("production, recent success")
            << u"production"_s << 10LL << true << Level::High << false;
        QTest::newRow("production, success on the cadence's last day")
            << u"production"_s << 90LL << true << Level::High << false;
        QTest::newRow("production, a day past the cadence: medium")
            << u"production"_s << 91LL << true << Level::Medium << true;
        QTest::newRow("production, twice the cadence: still medium")
            << u"production"_s << 180LL << true << Level::Medium << true;
        QTest::newRow("production, past twice the cadence: low")
            << u"production"_s << 181LL << true << Level::Low << true;
        QTest::newRow("production, last drill failed")
            << u"production"_s << 1LL << false << Level::Low << false;
        QTest::newRow("test, recent success")
            << u"staging"_s << 10LL << true << Level::Medium << false;
        QTest::newRow("test, past the cadence: low")
            << u"staging"_s << 91LL << true << Level::Low << true;
        QTest::newRow("test, past twice the cadence: low")
            << u"staging"_s << 400LL << true << Level::Low << true;
        QTest::newRow("test, last drill failed")
            << u"test"_s << 1LL << false << Level::Low << false;
    }
    void eachLevel()
    {
        QFETCH(QString, environment);
        QFETCH(qint64, daysAgo);
        QFETCH(bool, succeeded);
        QFETCH(Level, expected);
        QFETCH(bool, decayed);
        const RunbookConfidence c =
            RunbookConfidence::assess(inputs(environment, daysAgo, succeeded));
        QCOMPARE(c.level, expected);
        QCOMPARE(c.decayed, decayed);
        QVERIFY(c.why().startsWith(RunbookConfidence::levelText(expected) + u':'));
        QVERIFY(c.why().contains(u"Cadence 90 days"_s));
    }

    // The same drill fades as today moves on: high, then medium, then low.
    void decaysAsTodayMovesOn()
    {
        RunbookConfidence::Inputs in = inputs(u"prod"_s, 0, true, 30);
        QList<Level> levels;
        for (int day : {0, 30, 31, 60, 61, 365}) {
            in.today = in.lastDrill->ended.addDays(day);
            levels << RunbookConfidence::assess(in).level;
        }
        QCOMPARE(levels, (QList<Level>{Level::High, Level::High, Level::Medium, Level::Medium,
                                       Level::Low, Level::Low}));
    }

    void changedSinceLastDrill()
    {
        // High becomes medium: the procedure that was proven is not the one on file.
        RunbookConfidence c = RunbookConfidence::assess(inputs(u"live"_s, 5, true, 90, true));
        QCOMPARE(c.level, Level::Medium);
        QVERIFY(c.why().contains(u"changed since its last drill"_s));
        QVERIFY(c.why().contains(u"high becomes medium"_s));
        // Medium in test stays medium, marked; low stays low.
        c = RunbookConfidence::assess(inputs(u"test"_s, 5, true, 90, true));
        QCOMPARE(c.level, Level::Medium);
        QVERIFY(c.why().contains(u"changed since its last drill"_s));
        QVERIFY(!c.why().contains(u"high becomes medium"_s));
        QCOMPARE(RunbookConfidence::assess(inputs(u"prod"_s, 5, false, 90, true)).level,
                 Level::Low);
    }

    void withoutCadenceAYearIsAssumed()
    {
        RunbookConfidence::Inputs in = inputs(u"production"_s, 300, true);
        in.cadenceDays = RunbookConfidence::cadenceDaysOf(0);
        in.cadenceSet = false;
        QCOMPARE(in.cadenceDays, 365LL);
        const RunbookConfidence c = RunbookConfidence::assess(in);
        QCOMPARE(c.level, Level::High);
        QVERIFY(c.why().contains(u"No cadence set: 365 days assumed"_s));
        QCOMPARE(RunbookConfidence::cadenceDaysOf(90 * 86'400), 90LL);
        QCOMPARE(RunbookConfidence::cadenceDaysOf(36 * 3600), 2LL); // rounded up
    }

    void productionNames()
    {
        for (const QString &name : {u"production"_s, u"Prod"_s, u"PRD"_s, u"live"_s, u" prod "_s})
            QVERIFY2(RunbookConfidence::isProduction(name), qPrintable(name));
        for (const QString &name : {u"test"_s, u"staging"_s, u"preprod"_s, u"dr-site"_s, u""_s})
            QVERIFY2(!RunbookConfidence::isProduction(name), qPrintable(name));
    }

    void overallIsTheHighest()
    {
        QCOMPARE(RunbookConfidence::overall({}), Level::None);
        QCOMPARE(RunbookConfidence::overall({Level::Low, Level::High, Level::None}), Level::High);
        QCOMPARE(RunbookConfidence::overall({Level::Low, Level::Medium}), Level::Medium);
    }

    void whatASuccessIs()
    {
        const QDateTime t(today, QTime(12, 0), Qt::UTC);
        QVERIFY(RunbookConfidence::succeeded(
            summary(1, u"prod"_s, t, Drill::State::Finished, 3'600'000)));
        // Missed, not restored, aborted: not a success.
        QVERIFY(!RunbookConfidence::succeeded(
            summary(1, u"prod"_s, t, Drill::State::Finished, 5 * 3'600'000)));
        QVERIFY(
            !RunbookConfidence::succeeded(summary(1, u"prod"_s, t, Drill::State::Finished, {})));
        QVERIFY(!RunbookConfidence::succeeded(
            summary(1, u"prod"_s, t, Drill::State::Aborted, 3'600'000)));
        // No target: finished and restored is enough.
        QVERIFY(RunbookConfidence::succeeded(
            summary(1, u"prod"_s, t, Drill::State::Finished, 9 * 3'600'000, 0)));
        // An RPO target set and measured must be met too; not measured: not held against it.
        DrillSummary s = summary(1, u"prod"_s, t, Drill::State::Finished, 3'600'000);
        s.metrics.rpoTargetMs = 3'600'000;
        QVERIFY(RunbookConfidence::succeeded(s));
        s.metrics.rpoMs = 2 * 3'600'000;
        QVERIFY(!RunbookConfidence::succeeded(s));
        QCOMPARE(RunbookConfidence::outcome(s), u"finished, RTO met, RPO missed"_s);
        s.metrics.rpoMs = 3'600'000;
        QVERIFY(RunbookConfidence::succeeded(s));
        // A revision that cannot be read: no judgement.
        s.problem = u"does not load"_s;
        QVERIFY(!RunbookConfidence::succeeded(s));
    }

    // The inputs from drills: only this environment's ended drills up to today count; the last
    // is the last to end; the last success is kept apart.
    void inputsFromDrills()
    {
        const auto at = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(9, 0), Qt::UTC);
        };
        QList<DrillSummary> drills{
            summary(1, u"production"_s, at(2025, 3, 1), Drill::State::Finished, 3'600'000),
            summary(2, u"production"_s, at(2025, 5, 1), Drill::State::Finished, 5 * 3'600'000),
            summary(3, u"staging"_s, at(2025, 6, 1), Drill::State::Finished, 3'600'000),
            summary(4, u"production"_s, at(2025, 6, 29), Drill::State::Running, {}),
            summary(5, u"production"_s, at(2025, 7, 15), Drill::State::Finished, 3'600'000),
        };
        drills[1].drill.runKind = Drill::RunKind::Automated;
        const RunbookConfidence::Inputs in =
            RunbookConfidence::inputsFrom(drills, u"production"_s, 90 * 86'400, false, today);
        QCOMPARE(in.drillsCounted, 2); // not the running one, not the one after today
        QVERIFY(in.lastDrill && in.lastSuccess);
        QCOMPARE(in.lastDrill->drillId, 2LL);
        QCOMPARE(in.lastDrill->runKind, Drill::RunKind::Automated);
        QVERIFY(!in.lastDrill->succeeded);
        QCOMPARE(in.lastDrill->outcome, u"finished, RTO missed"_s);
        QCOMPARE(in.lastSuccess->drillId, 1LL);
        QCOMPARE(in.lastSuccess->ended, QDate(2025, 3, 1));
        const RunbookConfidence c = RunbookConfidence::assess(in);
        QCOMPARE(c.level, Level::Low); // the last drill missed its RTO
        QVERIFY(c.why().contains(u"automated"_s));
        QVERIFY(c.why().contains(u"did not succeed"_s));

        // The day after drill 5 it counts: high again.
        const RunbookConfidence later = RunbookConfidence::assess(RunbookConfidence::inputsFrom(
            drills, u"production"_s, 90 * 86'400, false, QDate(2025, 7, 16)));
        QCOMPARE(later.level, Level::High);
        QCOMPARE(later.successAgeDays(), 1LL);
    }
};

QTEST_GUILESS_MAIN(TestRunbookConfidence)
#include "tst_runbookconfidence.moc"
