// Spreading the knowledge (issue 23): who drove which runbook, derived from a small hand-made
// history — the people × runbooks matrix, the drills driven by someone new, the single-driver
// runbooks, the suggested next driver and why; the drill report's line; the programme's flag.
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "drivendrillsmodel.h"
#include "driverhistory.h"
#include "drivermatrixmodel.h"
#include "driverrole.h"
#include "programmemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
qint64 day(int month, int dayOfMonth)
{
    return QDateTime(QDate(2025, month, dayOfMonth), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

DrillSummary drill(qint64 id, const QString &runbook, qint64 startedMs,
                   const QList<Participant> &team, Drill::State state = Drill::State::Finished)
{
    DrillSummary s;
    s.drill.id = id;
    s.drill.runbookId = runbook;
    s.drill.environment = u"test"_s;
    s.drill.iteration = int(id);
    s.drill.createdMs = startedMs - 3'600'000;
    s.drill.participants = team;
    s.metrics.state = state;
    s.metrics.startedMs = state == Drill::State::Planned ? -1 : startedMs;
    return s;
}

// jenkins: Sam, Sam, then Priya (new), then Sam; mysql: Eva twice (a single driver), a planned
// drill by Leo that never started; gather: Maria and, in the same drill, Jonas as a second
// driver spelled " Driver ". Given out of order: earlier is by start time.
QList<DrillSummary> history()
{
    return {
        drill(4, u"jenkins"_s, day(4, 1), {{u"Sam"_s, u"driver"_s}, {u"Priya"_s, u"aws-admin"_s}}),
        drill(1, u"jenkins"_s, day(3, 1), {{u"Sam"_s, u"driver"_s}, {u"Priya"_s, u"aws-admin"_s}}),
        drill(2, u"jenkins"_s, day(3, 10), {{u"Sam"_s, u"DRIVER"_s}, {u"Leo"_s, u"scribe"_s}}),
        drill(3, u"jenkins"_s, day(3, 20), {{u"Priya"_s, u"driver"_s}, {u"Sam"_s, u"aws-admin"_s}}),
        drill(5, u"mysql"_s, day(3, 2), {{u"Eva"_s, u"driver"_s}, {u"Omar"_s, u"scribe"_s}}),
        drill(6, u"mysql"_s, day(5, 2), {{u"Eva"_s, u"driver"_s}}, Drill::State::Aborted),
        drill(7, u"mysql"_s, day(6, 2), {{u"Leo"_s, u"driver"_s}}, Drill::State::Planned),
        drill(8, u"gather"_s, day(3, 5),
              {{u"Maria"_s, u"driver"_s}, {u" Jonas "_s, u" Driver "_s}, {u"Aylin"_s, u""_s}}),
    };
}

QStringList rowTexts(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells{model.headerData(r, Qt::Vertical).toString()};
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(u" | "_s);
    }
    return rows;
}

QString allText(const ReportDocument &doc)
{
    QStringList out;
    for (const ReportDocument::Block &b : doc.blocks)
        out << b.text;
    return out.join(u'\n');
}
} // namespace

class TestDriverHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDriverIsAParticipantWithTheRoleDriver()
    {
        Drill d;
        d.participants = {{u"Ana"_s, u"scribe"_s},  {u" Ana "_s, u"Driver"_s},
                          {u"Ben"_s, u" driver"_s}, {u"Ana"_s, u"driver"_s},
                          {u" "_s, u"driver"_s},    {u"Cy"_s, u"co-driver"_s}};
        QCOMPARE(DriverRole::driversOf(d), (QStringList{u"Ana"_s, u"Ben"_s}));
    }

    void countsWhoDroveWhichRunbookAndWhen()
    {
        const DriverHistory h = DriverHistory::of(history());
        // Leo only planned a drill that never started: not seen driving.
        QCOMPARE(h.people(), (QStringList{u"Eva"_s, u"Jonas"_s, u"Maria"_s, u"Priya"_s, u"Sam"_s}));
        QCOMPARE(h.runbookIds(), (QStringList{u"gather"_s, u"jenkins"_s, u"mysql"_s}));
        QCOMPARE(h.tally(u"jenkins"_s, u"Sam"_s), (DriverHistory::Tally{3, day(4, 1)}));
        QCOMPARE(h.tally(u"jenkins"_s, u"Priya"_s), (DriverHistory::Tally{1, day(3, 20)}));
        QCOMPARE(h.tally(u"mysql"_s, u"Eva"_s), (DriverHistory::Tally{2, day(5, 2)})); // aborted
        QCOMPARE(h.tally(u"mysql"_s, u"Leo"_s), DriverHistory::Tally{});
        QCOMPARE(h.driversOf(u"gather"_s), (QStringList{u"Jonas"_s, u"Maria"_s}));
    }

    void marksDrillsDrivenBySomeoneNew()
    {
        const DriverHistory h = DriverHistory::of(history());
        QStringList seen;
        for (const DriverHistory::Driven &d : h.drillsOf(u"jenkins"_s))
            seen << u"#%1 %2 new: %3"_s.arg(d.drillId).arg(d.drivers.join(u'+'),
                                                           d.newDrivers.join(u'+'));
        QCOMPARE(seen, (QStringList{u"#1 Sam new: Sam"_s, u"#2 Sam new: "_s,
                                    u"#3 Priya new: Priya"_s, u"#4 Sam new: "_s}));
        QVERIFY(h.drill(3).drivenBySomeoneNew());
        QVERIFY(!h.drill(4).drivenBySomeoneNew());
        QCOMPARE(h.drill(8).newDrivers, (QStringList{u"Maria"_s, u"Jonas"_s}));
        QCOMPARE(h.drill(7).drillId, 0); // never started: not in the history
        // Driving another runbook does not count: Priya is new to gather too.
        QList<DrillSummary> more = history();
        more << drill(9, u"gather"_s, day(6, 1), {{u"Priya"_s, u"driver"_s}});
        QCOMPARE(DriverHistory::of(more).drill(9).newDrivers, QStringList{u"Priya"_s});
    }

    void flagsARunbookOnlyOnePersonEverDrove()
    {
        const DriverHistory h = DriverHistory::of(history());
        QVERIFY(h.singleDriver(u"mysql"_s));
        QVERIFY(!h.singleDriver(u"jenkins"_s));
        QVERIFY(!h.singleDriver(u"gather"_s)); // two drivers in one drill
        QCOMPARE(h.singleDriverRunbooks(), QStringList{u"mysql"_s});
        // Once someone else drives it, it is no longer a silo.
        QList<DrillSummary> more = history();
        more << drill(9, u"mysql"_s, day(6, 1), {{u"Sam"_s, u"driver"_s}});
        QVERIFY(DriverHistory::of(more).singleDriverRunbooks().isEmpty());
    }

    void suggestsWhoHasDrivenTheRunbookLeast_data()
    {
        QTest::addColumn<QString>("runbook");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("drills");
        QTest::addColumn<QString>("why");
        // Nobody but Eva drove mysql; of the other four (0 each) Jonas comes first by name.
        QTest::addRow("never driven, by name")
            << u"mysql"_s << u"Jonas"_s << 0 << u"Jonas has driven it 0 time(s)"_s;
        // jenkins: Eva, Jonas, Maria never drove it; Sam 3, Priya 1.
        QTest::addRow("a runbook nobody drove yet")
            << u"backup"_s << u"Eva"_s << 0 << u"Eva has driven it 0 time(s)"_s;
        QTest::addRow("jenkins") << u"jenkins"_s << u"Eva"_s << 0
                                 << u"Eva has driven it 0 time(s)"_s;
    }

    void suggestsWhoHasDrivenTheRunbookLeast()
    {
        QFETCH(QString, runbook);
        QFETCH(QString, name);
        QFETCH(int, drills);
        QFETCH(QString, why);
        const DriverHistory::Suggestion s = DriverHistory::of(history()).suggestDriver(runbook);
        QCOMPARE(s.name, name);
        QCOMPARE(s.tally.drills, drills);
        QCOMPARE(s.why(), why);
    }

    // Everyone has driven it: the one who drove it least; a tie goes to whoever drove it
    // longest ago.
    void aTieGoesToWhoeverDroveItLongestAgo()
    {
        const QList<DrillSummary> drills = {
            drill(1, u"r"_s, day(3, 1), {{u"Ana"_s, u"driver"_s}}),
            drill(2, u"r"_s, day(3, 2), {{u"Ben"_s, u"driver"_s}}),
            drill(3, u"r"_s, day(3, 3), {{u"Ana"_s, u"driver"_s}}),
            drill(4, u"r"_s, day(3, 4), {{u"Cy"_s, u"driver"_s}}),
        };
        const DriverHistory::Suggestion s = DriverHistory::of(drills).suggestDriver(u"r"_s);
        QCOMPARE(s.name, u"Ben"_s); // Ben and Cy once each; Ben on 2 March, Cy on 4 March
        QCOMPARE(s.why(), u"Ben has driven it 1 time(s), last on 2025-03-02"_s);
        QVERIFY(!DriverHistory::of({}).suggestDriver(u"r"_s).isValid());
        QCOMPARE(DriverHistory::of({}).suggestDriver(u"r"_s).why(), QString());
    }

    void theMatrixShowsPeopleByRunbook()
    {
        DriverMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(DriverHistory::of(history()));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(rowTexts(model), (QStringList{
                                      u"Eva |  |  | 2 · 2025-05-02"_s,
                                      u"Jonas | 1 · 2025-03-05 |  | "_s,
                                      u"Maria | 1 · 2025-03-05 |  | "_s,
                                      u"Priya |  | 1 · 2025-03-20 | "_s,
                                      u"Sam |  | 3 · 2025-04-01 | "_s,
                                  }));
        // The single driver says so in words, not only in a colour.
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"gather"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"mysql\n(single driver)"_s);
        QVERIFY(model.headerData(2, Qt::Horizontal, DriverMatrixModel::SingleDriverRole).toBool());
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Only Eva has ever driven mysql"_s));
        QCOMPARE(model.index(4, 1).data(DriverMatrixModel::DrillsRole).toInt(), 3);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 u"Eva has never driven gather"_s);
        model.setHistory(DriverHistory::of({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void theDrivenDrillsSayWhoWasNew()
    {
        DrivenDrillsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrills(DriverHistory::of(history()).drillsOf(u"jenkins"_s));
        QStringList rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model.columnCount(); ++c)
                cells << model.index(r, c).data().toString();
            rows << cells.join(u" | "_s);
        }
        QCOMPARE(rows, (QStringList{
                           u"#1 · test #1 | 2025-03-01 | Sam | driven by someone new: Sam"_s,
                           u"#2 · test #2 | 2025-03-10 | Sam | "_s,
                           u"#3 · test #3 | 2025-03-20 | Priya | driven by someone new: Priya"_s,
                           u"#4 · test #4 | 2025-04-01 | Sam | "_s,
                       }));
        QCOMPARE(model.index(2, 0).data(DrivenDrillsModel::DrillIdRole).toLongLong(), 3);
        QVERIFY(model.index(2, 0).data(DrivenDrillsModel::DrivenBySomeoneNewRole).toBool());
    }

    // The drill report says in one line whether the drill was driven by someone new.
    void theReportSaysWhetherTheDriverWasNew()
    {
        const QList<DrillSummary> all = history();
        DrillReport r;
        for (const DrillSummary &s : all)
            if (s.drill.runbookId == u"jenkins" && s.drill.id != 3)
                r.history << s;
        r.drill = all[3].drill; // #3: Priya's first time; it is not in the history yet
        r.metrics = all[3].metrics;
        QString text = allText(DrillReportComposer::compose(r));
        QVERIFY2(
            text.contains(u"Driven by someone new: Priya drove this runbook for the first time."_s),
            qPrintable(text));
        r.drill = all[0].drill; // #4: Sam again
        r.metrics = all[0].metrics;
        text = allText(DrillReportComposer::compose(r));
        QVERIFY2(text.contains(u"Driven by Sam, who had driven this runbook before."_s),
                 qPrintable(text));
        r.drill.participants = {{u"Sam"_s, u"scribe"_s}}; // no driver: no line
        text = allText(DrillReportComposer::compose(r));
        QVERIFY(!text.contains(u"Driven by"_s));
    }

    // The programme window and `drilldeck status` name the runbooks only one person drove.
    void theProgrammeNamesTheSingleDriverRunbooks()
    {
        ProgrammeStatus::Row mysqlTest, mysqlProd, jenkins, none;
        mysqlTest.runbookId = mysqlProd.runbookId = u"mysql"_s;
        mysqlTest.drivers = mysqlProd.drivers = {u"Eva"_s};
        jenkins.runbookId = u"jenkins"_s;
        jenkins.drivers = {u"Priya"_s, u"Sam"_s};
        none.runbookId = u"tabletop"_s;
        QCOMPARE(ProgrammeModel::singleDriverText({jenkins, mysqlTest, mysqlProd, none}),
                 u"Single driver — a knowledge silo, let someone else drive the next drill: "
                 "mysql (only Eva)."_s);
        QCOMPARE(ProgrammeModel::singleDriverText({jenkins, none}), QString());
        ProgrammeModel model;
        model.setRows({jenkins, mysqlTest}, QDate(2025, 6, 30));
        QCOMPARE(model.index(1, ProgrammeModel::DriversColumn).data().toString(),
                 u"only Eva (single driver)"_s);
        QVERIFY(model.index(1, ProgrammeModel::DriversColumn)
                    .data(ProgrammeModel::NeedsAttentionRole)
                    .toBool());
        QCOMPARE(model.index(0, ProgrammeModel::DriversColumn).data().toString(), u"2 people"_s);
    }
};

QTEST_GUILESS_MAIN(TestDriverHistory)
#include "tst_driverhistory.moc"
