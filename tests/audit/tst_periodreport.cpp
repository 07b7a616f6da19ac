// The period report's data and composition: every drill started in [from, to] (UTC days, both
// ends included) across the runbooks, read from a real SQLite database built through the real
// engine (ReportFixture); its sections: summary, objectives against results, trends, misses and
// their corrective actions, who drove, sign-offs; an empty period says so.
#include "actionitemstore.h"
#include "periodreport.h"
#include "periodreportcomposer.h"
#include "reportfixture.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

namespace {
qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

DrillSummary startedAt(qint64 ms, qint64 id)
{
    DrillSummary s;
    s.drill.id = id;
    s.drill.runbookId = u"rb"_s;
    s.metrics.startedMs = ms;
    return s;
}

const ReportDocument::Block *tableAfter(const ReportDocument &doc, const QString &heading)
{
    bool found = false;
    for (const ReportDocument::Block &b : doc.blocks) {
        if (b.kind == ReportDocument::Block::Kind::Heading && b.text == heading)
            found = true;
        else if (found && b.kind == ReportDocument::Block::Kind::Table)
            return &b;
    }
    return nullptr;
}

QString factOf(const ReportDocument &doc, const QString &label)
{
    for (const ReportDocument::Block &b : doc.blocks)
        if (b.kind == ReportDocument::Block::Kind::Facts)
            for (const QStringList &row : b.rows)
                if (row.value(0) == label)
                    return row.value(1);
    return {};
}

QString allText(const ReportDocument &doc)
{
    QStringList out;
    for (const ReportDocument::Block &b : doc.blocks) {
        out << b.text;
        out << b.header.join(u" | "_s);
        for (const QStringList &row : b.rows)
            out << row.join(u" | "_s);
    }
    return out.join(u'\n');
}
} // namespace

class TestPeriodReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    ReportFixture::Ids m_ids;

    // The fixture's drills: test #1 started 2023-11-14 22:13 UTC, test #2 2023-11-15 14:53,
    // production #1 (here finished before the service was restored) 2023-11-16 07:33.
    PeriodReport load(const char *from, const char *to)
    {
        auto opened = Database::open(m_db, Database::Mode::ReadOnly);
        if (!opened)
            qFatal("cannot open the fixture");
        std::unique_ptr<Database> db = std::move(opened).value();
        const DrillStore drills(*db);
        const RunbookRevisionStore revisions(*db);
        const ActionItemStore items(*db);
        auto report = PeriodReport::load(
            drills, revisions, items, QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
            QDate::fromString(QString::fromLatin1(to), Qt::ISODate), at(3000));
        if (!report)
            qFatal("cannot load the period: %s", qPrintable(report.error().message));
        return report.value();
    }

    static QList<qint64> ids(const PeriodReport &r)
    {
        QList<qint64> out;
        for (const DrillSummary &s : r.drills)
            out << s.drill.id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"period.sqlite"_s);
        QVERIFY(ReportFixture::buildWithUnrestoredDrill(m_db, &m_ids));
    }

    void periodKeepsTheDrillsStartedInIt_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<int>>("drills"); // 1, 2, 3: first, second, production
        QTest::addRow("all three") << u"2023-11-14"_s << u"2023-11-16"_s << QList<int>{1, 2, 3};
        QTest::addRow("one day") << u"2023-11-15"_s << u"2023-11-15"_s << QList<int>{2};
        QTest::addRow("first day included") << u"2023-11-14"_s << u"2023-11-14"_s << QList<int>{1};
        QTest::addRow("last day included")
            << u"2023-11-01"_s << u"2023-11-16"_s << QList<int>{1, 2, 3};
        QTest::addRow("from the second") << u"2023-11-15"_s << u"2024-12-31"_s << QList<int>{2, 3};
        QTest::addRow("before any") << u"2023-01-01"_s << u"2023-11-13"_s << QList<int>{};
        QTest::addRow("after all") << u"2023-11-17"_s << u"2023-12-31"_s << QList<int>{};
    }
    void periodKeepsTheDrillsStartedInIt()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QList<int>, drills);
        const PeriodReport r = load(qPrintable(from), qPrintable(to));
        QList<qint64> expected;
        const qint64 byNumber[] = {0, m_ids.first, m_ids.second, m_ids.running};
        for (int n : drills)
            expected << byNumber[n];
        QCOMPARE(ids(r), expected);
        QCOMPARE(r.from, QDate::fromString(from, Qt::ISODate));
        QCOMPARE(r.to, QDate::fromString(to, Qt::ISODate));
    }

    // Whole UTC days: the first millisecond of `from` and the last of `to` are in.
    void boundariesAreInclusiveUtcDays()
    {
        const QDate from(2025, 1, 1);
        const QDate to(2025, 3, 31);
        QVERIFY(PeriodReport::inPeriod(startedAt(utcMs("2025-01-01T00:00:00.000Z"), 1), from, to));
        QVERIFY(PeriodReport::inPeriod(startedAt(utcMs("2025-03-31T23:59:59.999Z"), 2), from, to));
        QVERIFY(!PeriodReport::inPeriod(startedAt(utcMs("2024-12-31T23:59:59.999Z"), 3), from, to));
        QVERIFY(!PeriodReport::inPeriod(startedAt(utcMs("2025-04-01T00:00:00.000Z"), 4), from, to));
        QVERIFY(!PeriodReport::inPeriod(startedAt(-1, 5), from, to)); // never started
        // Ordered by start, whatever order they come in.
        const PeriodReport r = PeriodReport::of({startedAt(utcMs("2025-03-31T23:59:59.999Z"), 2),
                                                 startedAt(utcMs("2025-04-01T00:00:00.000Z"), 4),
                                                 startedAt(utcMs("2025-01-01T00:00:00.000Z"), 1)},
                                                from, to, 0);
        QCOMPARE(ids(r), (QList<qint64>{1, 2}));
    }

    void emptyPeriodSaysSo()
    {
        const PeriodReport r = load("2024-01-01", "2024-03-31");
        QVERIFY(r.drills.isEmpty());
        const ReportDocument doc = PeriodReportComposer::compose(r);
        QCOMPARE(doc.title, u"Period report: 2024-01-01 to 2024-03-31"_s);
        QVERIFY(doc.blocks.size() >= 2);
        QCOMPARE(doc.blocks[1].kind, ReportDocument::Block::Kind::Paragraph);
        QVERIFY(doc.blocks[1].strong);
        QCOMPARE(doc.blocks[1].text,
                 u"No drill started between 2024-01-01 and 2024-03-31 (UTC, both days "
                 "included): there is nothing to report for this period."_s);
        QVERIFY(!tableAfter(doc, u"Objectives and results"_s));
    }

    void summaryAndResults()
    {
        const PeriodReport r = load("2023-11-14", "2023-11-16");
        const ReportDocument doc = PeriodReportComposer::compose(r);
        QCOMPARE(factOf(doc, u"Period"_s), u"2023-11-14 to 2023-11-16 (UTC, both days included)"_s);
        QCOMPARE(factOf(doc, u"Drills"_s), u"3 (3 hand-run, 0 automated)"_s);
        QCOMPARE(factOf(doc, u"Runbooks"_s), u"1"_s);
        QCOMPARE(factOf(doc, u"Objectives met"_s), u"2"_s);
        QCOMPARE(factOf(doc, u"Objectives missed"_s), u"1"_s);
        QCOMPARE(factOf(doc, u"Signed off"_s), u"0 of 3 ended hand-run drills"_s);
        // Drill 2's item, due 2023-12-01, open; the report is made before that day.
        QCOMPARE(factOf(doc, u"Action items"_s), u"1 open (0 overdue), 0 closed"_s);
        const ReportDocument::Block *results = tableAfter(doc, u"Objectives and results"_s);
        QVERIFY(results);
        QCOMPARE(results->header,
                 (QStringList{u"Date"_s, u"Runbook"_s, u"Drill"_s, u"Run"_s, u"RTO (target)"_s,
                              u"RTO"_s, u"RPO (target)"_s, u"RPO"_s}));
        QCOMPARE(results->rows.size(), 3);
        QCOMPARE(results->rows[0], (QStringList{u"2023-11-14"_s, u"Rebuild Jenkins from backup"_s,
                                                u"test #1"_s, u"hand-run"_s, u"35m (4h)"_s,
                                                u"met"_s, u"— (1d)"_s, u"not measured"_s}));
        QCOMPARE(results->rows[1],
                 (QStringList{u"2023-11-15"_s, u"Rebuild Jenkins from backup"_s, u"test #2"_s,
                              u"hand-run"_s, u"40m (4h)"_s, u"met"_s, u"5h (1d)"_s, u"met"_s}));
        QCOMPARE(results->rows[2].mid(0, 6),
                 (QStringList{u"2023-11-16"_s, u"Rebuild Jenkins from backup"_s, u"production #1"_s,
                              u"hand-run"_s, u"not restored (4h)"_s, u"missed"_s}));
    }

    void trendsNameFirstAndLastAndTheirCharts()
    {
        const PeriodReport r = load("2023-11-14", "2023-11-16");
        const ReportDocument doc = PeriodReportComposer::compose(r);
        const ReportDocument::Block *trends = tableAfter(doc, u"Trends"_s);
        QVERIFY(trends);
        QCOMPARE(trends->rows.size(), 1);
        QCOMPARE(trends->rows[0],
                 (QStringList{u"Rebuild Jenkins from backup"_s, u"3"_s, u"35m (2023-11-14)"_s,
                              u"40m (2023-11-15)"_s, u"+5m (slower)"_s, u"2 of 3"_s}));
        QStringList charts;
        for (const ReportDocument::Block &b : doc.blocks)
            if (b.kind == ReportDocument::Block::Kind::Chart)
                charts << b.chartId;
        QCOMPARE(charts, QStringList{u"trend-jenkins-rebuild"_s});
        QCOMPARE(PeriodReportComposer::trendChartId(u"db/../x y"_s), u"trend-db_.._x_y"_s);
    }

    // The production drill missed (not restored) and has no action item: said so, strongly.
    // With items (closing fields set as the store will once it reads them), each with its
    // closure and evidence.
    void missesListTheirCorrectiveActions()
    {
        PeriodReport r = load("2023-11-14", "2023-11-16");
        ReportDocument doc = PeriodReportComposer::compose(r);
        QString text = allText(doc);
        QVERIFY2(text.contains(u"Rebuild Jenkins from backup, production #1, 2023-11-16: the "
                               "service was not restored"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"No corrective action was recorded for this miss."_s));
        QVERIFY(text.contains(u"1 misses; 0 corrective actions still open; 1 misses without a "
                              "corrective action."_s));

        ActionItem open;
        open.title = u"Script the launch"_s;
        open.owner = u"Jonas"_s;
        open.dueDate = u"2023-11-10"_s; // before the day the report is made: overdue
        ActionItem done;
        done.title = u"Raise the EFS throughput"_s;
        done.owner = u"Ada"_s;
        done.dueDate = u"2023-12-01"_s;
        done.status = ActionItem::Status::Done;
        done.closingNote = u"Provisioned throughput set"_s;
        done.closingLink = u"https://tickets.example/OPS-7"_s;
        done.closedMs = utcMs("2023-11-20T10:00:00Z");
        r.drills[2].actionItems = {open, done};
        doc = PeriodReportComposer::compose(r);
        QVERIFY(!allText(doc).contains(u"No corrective action was recorded"_s));
        const ReportDocument::Block *items = nullptr;
        for (const ReportDocument::Block &b : doc.blocks)
            if (b.kind == ReportDocument::Block::Kind::Table &&
                b.header.value(4) == u"Closing note and link")
                items = &b;
        QVERIFY(items);
        QCOMPARE(items->rows.size(), 2);
        QCOMPARE(items->rows[0], (QStringList{u"Script the launch"_s, u"Jonas"_s, u"2023-11-10"_s,
                                              u"open, overdue since 2023-11-10"_s, u"—"_s}));
        QCOMPARE(items->rows[1],
                 (QStringList{u"Raise the EFS throughput"_s, u"Ada"_s, u"2023-12-01"_s,
                              u"done 2023-11-20"_s,
                              u"Provisioned throughput set — https://tickets.example/OPS-7"_s}));
    }

    void driversSayWhetherKnowledgeIsSpread()
    {
        PeriodReport r = load("2023-11-14", "2023-11-16");
        ReportDocument doc = PeriodReportComposer::compose(r);
        const ReportDocument::Block *people = tableAfter(doc, u"Who took part"_s);
        QVERIFY(people);
        QCOMPARE(
            people->rows,
            (QList<QStringList>{
                {u"Ada"_s, u"3"_s, u"0"_s, u"scribe"_s, u"Rebuild Jenkins from backup"_s},
                {u"Jonas"_s, u"3"_s, u"3"_s, u"driver"_s, u"Rebuild Jenkins from backup"_s},
                {u"Maria"_s, u"3"_s, u"0"_s, u"facilitator"_s, u"Rebuild Jenkins from backup"_s}}));
        const ReportDocument::Block *drove = tableAfter(doc, u"Who drove each runbook"_s);
        QVERIFY(drove);
        QCOMPARE(drove->rows[0], (QStringList{u"Rebuild Jenkins from backup"_s, u"3"_s, u"1"_s,
                                              u"Jonas (3)"_s, u"one person only: not spread"_s}));
        QVERIFY(
            allText(doc).contains(u"1 runbooks were driven by one person only in the period."_s));

        // Ada drives the second: two drivers. A drill whose roles have no "driver": those
        // playing a step's role drove it.
        r.drills[1].drill.participants = {{u"Ada"_s, u"driver"_s}};
        r.drills[2].drill.participants = {{u"Lee"_s, u"operator"_s}, {u"Kim"_s, u"observer"_s}};
        r.drills[2].stepRoles = {{u"bake-ami"_s, u"operator"_s}};
        QCOMPARE(PeriodReport::drivers(r.drills[2]), QStringList{u"Lee"_s});
        doc = PeriodReportComposer::compose(r);
        drove = tableAfter(doc, u"Who drove each runbook"_s);
        QCOMPARE(drove->rows[0],
                 (QStringList{u"Rebuild Jenkins from backup"_s, u"3"_s, u"3"_s,
                              u"Ada (1), Jonas (1), Lee (1)"_s, u"spread over 3 people"_s}));
    }

    // Sign-offs come from the log (SignOff::of): who, role, when, statement, reservations,
    // and whether the record changed after it.
    void signOffsAndThoseThatPredateChanges()
    {
        PeriodReport r = load("2023-11-15", "2023-11-15");
        QCOMPARE(r.drills.size(), 1);
        DrillEvent signed_;
        signed_.kind = DrillEvent::Kind::SignedOff;
        signed_.timeMs = at(1100);
        signed_.author = u"Maria"_s;
        SignOff o;
        o.name = u"Maria"_s;
        o.role = u"facilitator"_s;
        o.statement = u"I observed this drill; the figures are correct."_s;
        o.reservations = u"RPO read from the backup log"_s;
        signed_.payload = o.toPayload();
        DrillEvent edited;
        edited.kind = DrillEvent::Kind::ObservationEdited;
        edited.timeMs = at(1200);
        r.drills[0].events << signed_ << edited;
        const ReportDocument doc = PeriodReportComposer::compose(r);
        const ReportDocument::Block *signOffs = tableAfter(doc, u"Sign-offs"_s);
        QVERIFY(signOffs);
        QCOMPARE(signOffs->rows.size(), 1);
        QCOMPARE(signOffs->rows[0],
                 (QStringList{u"Rebuild Jenkins from backup, test #2"_s, u"Maria"_s,
                              u"facilitator"_s, u"2023-11-15 16:33 UTC"_s,
                              u"I observed this drill; the figures are correct. With "
                              "reservations: RPO read from the backup log"_s,
                              signOffs->rows[0].value(5)}));
        // "change" once the English plural forms (the application's) are installed.
        QVERIFY(signOffs->rows[0].value(5).startsWith(u"predates 1 later change"_s));
        QCOMPARE(factOf(doc, u"Signed off"_s), u"1 of 1 ended hand-run drills"_s);
        QVERIFY(allText(doc).contains(u"1 sign-off"_s));
        QVERIFY(allText(doc).contains(u"later changes to the drill's record"_s));

        const ReportDocument none = PeriodReportComposer::compose(load("2023-11-14", "2023-11-14"));
        QVERIFY(allText(none).contains(u"No drill of the period was signed off."_s));
        QVERIFY(allText(none).contains(
            u"Ended without a sign-off: Rebuild Jenkins from backup, test #1."_s));

        // An automated run is a machine's record: not listed as unsigned, counted apart.
        PeriodReport automated = load("2023-11-14", "2023-11-14");
        automated.drills[0].drill.runKind = Drill::RunKind::Automated;
        const ReportDocument machine = PeriodReportComposer::compose(automated);
        QVERIFY(!allText(machine).contains(u"Ended without a sign-off"_s));
        QVERIFY(allText(machine).contains(u"1 of them ended in the period without a sign-off"_s));
        QCOMPARE(factOf(machine, u"Signed off"_s), u"0 of 0 ended hand-run drills"_s);
    }
};

QTEST_GUILESS_MAIN(TestPeriodReport)
#include "tst_periodreport.moc"
