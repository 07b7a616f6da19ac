// The history charts and window offscreen, over the example database: charts read the models,
// points open their drill, and PNG, SVG and CSV exports are complete files.
#include "automationsharemodel.h"
#include "chartexporter.h"
#include "demodata.h"
#include "drivendrillsmodel.h"
#include "drivermatrixmodel.h"
#include "historycharts.h"
#include "historywindow.h"
#include "phasebreakdownmodel.h"
#include "reportexportdialog.h"
#include "stepcomparisonmodel.h"
#include "stepstatisticsmodel.h"
#include "timelinemarkersitem.h"
#include "timelinemodel.h"
#include "trendmodel.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestHistoryCharts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        QVERIFY(!DemoData::write(m_db));
    }

    // Issue 23: the People tab — who drove which runbook over the whole example database, the
    // backup verification's single driver named in its header, and the drills of the runbook
    // shown with those driven by someone new marked.
    void peopleTabShowsWhoDroveWhichRunbook()
    {
        HistoryWindow window(m_db, true);
        window.resize(1280, 800);
        window.setRunbook(u"jenkins-rebuild"_s);
        window.showPeople();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *matrix = window.driverMatrixView();
        QVERIFY(matrix->isVisible());
        const QAbstractItemModel *m = matrix->model();
        QCOMPARE(m->rowCount(), 12); // the drivers of four rotations (3+3+3+2) and Eva
        QStringList headers;
        for (int c = 0; c < m->columnCount(); ++c)
            headers << m->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 (QStringList{u"data-gather-restore"_s, u"datacenter-failover"_s,
                              u"jenkins-rebuild"_s, u"mysql-backup-verification\n(single driver)"_s,
                              u"tabletop-failure-levels"_s}));
        int samRow = -1;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->headerData(r, Qt::Vertical).toString() == u"Sam")
                samRow = r;
        QVERIFY(samRow >= 0);
        QCOMPARE(m->index(samRow, 2).data(DriverMatrixModel::DrillsRole).toInt(), 2);
        QVERIFY(m->index(samRow, 2).data().toString().startsWith(u"2 · 2025-"_s));
        QCOMPARE(m->index(samRow, 0).data().toString(), QString());
        const DrivenDrillsModel *driven = window.drivenDrillsModel();
        QCOMPARE(driven->rowCount(), 4);
        QCOMPARE(driven->index(1, DrivenDrillsModel::NewDriverColumn).data().toString(),
                 u"driven by someone new: Priya"_s);
        QCOMPARE(driven->index(3, DrivenDrillsModel::NewDriverColumn).data().toString(), QString());
        window.setRunbook(u"tabletop-failure-levels"_s);
        QCOMPARE(driven->rowCount(), 2);
        window.setRunbook(u"jenkins-rebuild"_s);
        if (const QString dir = qEnvironmentVariable("DRILLDECK_SCREENSHOTS"); !dir.isEmpty()) {
            QApplication::processEvents();
            QVERIFY(window.grab().save(dir + u"/people-matrix.png"_s));
        }
    }

    void windowShowsEveryChartOfTheChosenRunbook()
    {
        HistoryWindow window(m_db, true);
        QVERIFY(window.windowTitle().contains(u"example data"_s));
        QCOMPARE(window.runbookIds().size(), 5);
        window.setRunbook(u"data-gather-restore"_s);
        QCOMPARE(window.runbookId(), u"data-gather-restore"_s);
        QCOMPARE(window.tabCount(), 6); // trend, phases, RPO, automation, steps, timeline
        QCOMPARE(window.tableView(0)->model()->rowCount(), 6);
        QChart *trend = window.chartView(0)->chart();
        QVERIFY(trend->title().contains(u"example data"_s));
        // test, production and the target line.
        QCOMPARE(trend->series().size(), 3);
        auto *test = qobject_cast<QLineSeries *>(trend->series().at(0));
        QVERIFY(test);
        QCOMPARE(test->name(), u"test"_s);
        QCOMPARE(test->count(), 4);
        QVERIFY(test->at(0).y() > 120);
        QCOMPARE(test->at(3).x(), 4.0);
        auto *bars =
            qobject_cast<QStackedBarSeries *>(window.chartView(1)->chart()->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 5); // phases
        QCOMPARE(bars->barSets().at(0)->count(), 6);

        // Clicking the second test point opens test #2.
        QSignalSpy opened(&window, &HistoryWindow::drillActivated);
        Q_EMIT test->clicked(test->at(1));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), window.trendModel()->drillIdAt(1));
        QCOMPARE(window.tableView(0)->selectionModel()->selectedRows().value(0).row(), 1);
        // ...and shows its timeline.
        QCOMPARE(window.timelineModel()->label(), u"test #2"_s);
        QCOMPARE(window.tableView(5)->model()->rowCount(), 15);
        QVERIFY(window.chartView(5)->chart()->title().contains(u"test #2"_s));

        // Steps: the last two production drills, step by step.
        QCOMPARE(window.tableView(4)->model()->headerData(2, Qt::Horizontal).toString(),
                 u"production #1 (min)"_s);
        QCOMPARE(window.tableView(4)->model()->rowCount(), 15);
        QVERIFY(window.chartView(4)->chart()->title().contains(u"production #2"_s));

        window.setRunbook(u"jenkins-rebuild"_s);
        QCOMPARE(window.tableView(0)->model()->rowCount(), 4);
        QCOMPARE(window.chartView(0)->chart()->series().size(), 3);
    }

    void trendByDate()
    {
        HistoryWindow window(m_db, true);
        window.setRunbook(u"data-gather-restore"_s);
        window.setXAxisByDate(true);
        QChart *trend = window.chartView(0)->chart();
        QCOMPARE(trend->axes(Qt::Horizontal).size(), 1);
        QVERIFY(qobject_cast<QDateTimeAxis *>(trend->axes(Qt::Horizontal).constFirst()));
        auto *test = qobject_cast<QLineSeries *>(trend->series().at(0));
        QVERIFY(test);
        QCOMPARE(test->count(), 4);
        // Test #1 started on 2025-03-03 at 09:00 UTC; its point sits at that instant.
        QCOMPARE(qint64(test->at(0).x()),
                 QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QVERIFY(test->at(0).y() > 120);
        // A click near test #4's date opens test #4 (drill 4).
        QSignalSpy opened(&window, &HistoryWindow::drillActivated);
        Q_EMIT test->clicked(QPointF(test->at(3).x() + 3600 * 1000, test->at(3).y()));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().constFirst().toLongLong(), 4);
    }

    // Test #2 finished before its service-restored step was done: it has no RTO. It is an ×
    // on the target line with its own legend entry, never a point of the test line (the line
    // used to drop it to zero); clicking the × opens the drill.
    void notRestoredDrillIsAMarkerNotAPoint_data()
    {
        QTest::addColumn<bool>("byDate");
        QTest::addRow("by iteration") << false;
        QTest::addRow("by date") << true;
    }
    void notRestoredDrillIsAMarkerNotAPoint()
    {
        QFETCH(bool, byDate);
        constexpr qint64 minute = 60'000;
        constexpr qint64 day = 24 * 60 * minute;
        QList<DrillSummary> drills;
        for (int i = 1; i <= 3; ++i) {
            DrillSummary s;
            s.drill.id = 10 + i;
            s.drill.environment = u"test"_s;
            s.drill.iteration = i;
            DrillMetrics &m = s.metrics;
            m.state = Drill::State::Finished;
            m.startedMs = i * day;
            m.rtoMs = (90 - 10 * i) * minute;
            m.rtoTargetMs = 60 * minute;
            m.wallMs = m.activeMs = 100 * minute;
            drills.append(s);
        }
        drills[1].metrics.rtoMs.reset();
        TrendModel model;
        model.setDrills(drills);
        qint64 clicked = 0;
        HistoryCharts::Options options;
        options.byDate = byDate;
        options.drillClicked = [&clicked](qint64 id) { clicked = id; };
        const auto xOf = [byDate](const DrillSummary &d) {
            return byDate ? double(d.metrics.startedMs) : double(d.drill.iteration);
        };

        QChartView view(HistoryCharts::trend(&model, TrendModel::RtoColumn, options));
        QChart *chart = view.chart();
        QCOMPARE(chart->series().size(), 3); // test, the target, not restored
        auto *line = qobject_cast<QLineSeries *>(chart->series().at(0));
        QVERIFY(line);
        QCOMPARE(line->points(), (QList<QPointF>{{xOf(drills[0]), 80.0}, {xOf(drills[2]), 60.0}}));
        auto *marks = qobject_cast<QScatterSeries *>(chart->series().at(2));
        QVERIFY(marks);
        QCOMPARE(marks->name(), u"not restored (no RTO)"_s);
        QCOMPARE(marks->points(), (QList<QPointF>{{xOf(drills[1]), 60.0}}));
        QVERIFY(!marks->lightMarker().isNull()); // the ×
        const QList<QLegendMarker *> legend = chart->legend()->markers(marks);
        QCOMPARE(legend.size(), 1);
        QCOMPARE(legend.constFirst()->label(), u"not restored (no RTO)"_s);
        QCOMPARE(legend.constFirst()->shape(), QLegend::MarkerShapeFromSeries);
        Q_EMIT marks->clicked(marks->at(0));
        QCOMPARE(clicked, 12);

        // Wall-clock time was measured: every drill is a point, there is no ×.
        QChartView wall(HistoryCharts::trend(&model, TrendModel::WallColumn, options));
        QCOMPARE(wall.chart()->series().size(), 2);
        QCOMPARE(qobject_cast<QLineSeries *>(wall.chart()->series().at(0))->count(), 3);

        // Without a target the × sits at the top of the chart.
        for (DrillSummary &d : drills)
            d.metrics.rtoTargetMs = 0;
        model.setDrills(drills);
        QChartView untargeted(HistoryCharts::trend(&model, TrendModel::RtoColumn, options));
        QCOMPARE(untargeted.chart()->series().size(), 2); // test, not restored
        auto *top = qobject_cast<QScatterSeries *>(untargeted.chart()->series().at(1));
        QVERIFY(top);
        const auto *y = qobject_cast<QValueAxis *>(untargeted.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(top->at(0).y(), y->max());
        QVERIFY(y->max() > 80);
    }

    // The Runs box: the backup verification's hand-run drills, its nightly automated runs, or
    // both; picked with the keyboard (Alt+U, then Down) as a user would.
    void runsBoxShowsHandRunOrAutomatedDrills()
    {
        HistoryWindow window(m_db, true);
        window.setRunbook(u"mysql-backup-verification"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *table = window.tableView(0)->model();
        QCOMPARE(table->rowCount(), 36); // 6 hand-run (staging 4, production 2), 30 nightly
        auto kinds = [table] {
            QStringList k;
            for (int r = 0; r < table->rowCount(); ++r)
                if (!k.contains(table->index(r, TrendModel::RunColumn).data().toString()))
                    k << table->index(r, TrendModel::RunColumn).data().toString();
            return k;
        };
        QCOMPARE(kinds(), QStringList({u"hand-run"_s, u"automated"_s}));
        QStringList names;
        for (QAbstractSeries *series : window.chartView(0)->chart()->series())
            names << series->name();
        QVERIFY2(names.contains(u"production — automated"_s) &&
                     names.contains(u"production — hand-run"_s) &&
                     names.contains(u"not restored (no RTO)"_s), // the failed night
                 qPrintable(names.join(u", "_s)));

        QComboBox *runs = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>())
            if (box->itemText(0) == u"Hand-run and automated")
                runs = box;
        QVERIFY(runs);
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(runs->hasFocus());
        QTest::keyClick(runs, Qt::Key_Down); // hand-run only
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(kinds(), QStringList({u"hand-run"_s}));
        QTest::keyClick(runs, Qt::Key_Down); // automated only
        QCOMPARE(table->rowCount(), 30);
        QCOMPARE(kinds(), QStringList({u"automated"_s}));
        names.clear();
        for (QAbstractSeries *series : window.chartView(0)->chart()->series())
            names << series->name();
        QCOMPARE(names, QStringList({u"production — automated"_s, u"production — automated"_s,
                                     u"RTO target (60 min)"_s, u"not restored (no RTO)"_s}));
    }

    // Automated runs beside the drills people ran: per environment a hand-run line (filled,
    // labelled points) and an automated one in the same colour, thin and dashed, whose points
    // are hollow (a scatter series with a transparent brush) and which the legend names.
    void automatedRunsAreHollowPointsOfTheirOwnSeries()
    {
        QList<DrillSummary> drills;
        for (int i = 0; i < 5; ++i) {
            DrillSummary d;
            d.drill.id = 20 + i;
            d.drill.environment = u"production"_s;
            d.drill.iteration = i + 1;
            d.drill.runKind = i % 2 ? Drill::RunKind::Hand : Drill::RunKind::Automated;
            d.metrics.state = Drill::State::Finished;
            d.metrics.startedMs = (i + 1) * 86'400'000LL;
            d.metrics.rtoMs = (30 + i) * 60'000LL;
            d.metrics.rtoTargetMs = 60 * 60'000LL;
            d.metrics.wallMs = *d.metrics.rtoMs;
            drills.append(d);
        }
        TrendModel model;
        model.setDrills(drills);
        qint64 clicked = 0;
        HistoryCharts::Options options;
        options.drillClicked = [&clicked](qint64 id) { clicked = id; };
        QChartView view(HistoryCharts::trend(&model, TrendModel::RtoColumn, options));
        QChart *chart = view.chart();
        QStringList names;
        for (QAbstractSeries *series : chart->series())
            names << series->name();
        QCOMPARE(names, QStringList({u"production — hand-run"_s, u"production — automated"_s,
                                     u"production — automated"_s, u"RTO target (60 min)"_s}));
        auto *hand = qobject_cast<QLineSeries *>(chart->series().at(0));
        auto *automatedLine = qobject_cast<QLineSeries *>(chart->series().at(1));
        auto *hollow = qobject_cast<QScatterSeries *>(chart->series().at(2));
        QVERIFY(hand && automatedLine && hollow);
        QCOMPARE(hand->points(), (QList<QPointF>{{2, 31}, {4, 33}}));
        QVERIFY(hand->pointsVisible());
        QCOMPARE(hollow->points(), (QList<QPointF>{{1, 30}, {3, 32}, {5, 34}}));
        QCOMPARE(automatedLine->points(), hollow->points());
        QVERIFY(!automatedLine->pointsVisible());
        QCOMPARE(automatedLine->pen().style(), Qt::DashLine);
        QCOMPARE(hollow->brush().color().alpha(), 0);   // hollow
        QCOMPARE(hollow->pen().color(), hand->color()); // the environment's colour
        QCOMPARE(automatedLine->color(), hand->color());
        // The legend: one entry per run kind, the automated one showing the hollow point.
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!chart->legend()->markers(automatedLine).constFirst()->isVisible());
        QVERIFY(chart->legend()->markers(hollow).constFirst()->isVisible());
        QCOMPARE(chart->legend()->markers(hollow).constFirst()->shape(),
                 QLegend::MarkerShapeFromSeries);
        Q_EMIT hollow->clicked(QPointF(3.1, 32));
        QCOMPARE(clicked, 22);
        Q_EMIT hand->clicked(QPointF(3.1, 32)); // the nearest hand-run drill, not the automated
        QCOMPARE(clicked, 23);

        // Without automated runs the lines keep their environment's name.
        for (DrillSummary &d : drills)
            d.drill.runKind = Drill::RunKind::Hand;
        model.setDrills(drills);
        QChartView handOnly(HistoryCharts::trend(&model, TrendModel::RtoColumn, options));
        QCOMPARE(handOnly.chart()->series().constFirst()->name(), u"production"_s);
        QCOMPARE(handOnly.chart()->series().size(), 2);
    }

    void stepComparisonPicksAnyTwoDrills()
    {
        HistoryWindow window(m_db, true);
        window.setRunbook(u"data-gather-restore"_s);
        StepComparisonModel *steps = window.stepComparisonModel();
        auto header = [steps](int column) {
            return steps->headerData(column, Qt::Horizontal).toString();
        };
        // By default the last two of production.
        QCOMPARE(header(StepComparisonModel::ActualAColumn), u"production #1 (min)"_s);
        QCOMPARE(header(StepComparisonModel::ActualBColumn), u"production #2 (min)"_s);
        window.compareDrills(1, 4); // test #1 against test #4
        QCOMPARE(header(StepComparisonModel::ActualAColumn), u"test #1 (min)"_s);
        QCOMPARE(header(StepComparisonModel::ActualBColumn), u"test #4 (min)"_s);
        QVERIFY(steps->rowCount() > 0);
        // The chart follows: its bars are the two drills picked.
        QChart *chart = window.chartView(4)->chart();
        QVERIFY(!chart->series().isEmpty());
        QVERIFY(chart->title().contains(u"example data"_s));
    }

    // Per step across the drills before the last one: median within the interquartile range,
    // within min–max; drill A of the comparison can be the median of the last five.
    void stepStatisticsAndTheMedianOfTheLastFive()
    {
        HistoryWindow window(m_db, true);
        window.setRunbook(u"data-gather-restore"_s);
        window.setStatisticsDrills(10);
        const StepStatisticsModel *stats = window.stepStatisticsModel();
        QVERIFY(stats->rowCount() > 0);
        QCOMPARE(window.statisticsView()->model(), stats);
        const StepStatistics &first = stats->statistics().constFirst();
        QVERIFY(first.drills >= 1);
        QVERIFY(first.minMs <= first.q1Ms && first.q1Ms <= first.medianMs);
        QVERIFY(first.medianMs <= first.q3Ms && first.q3Ms <= first.maxMs);
        window.compareWithMedian();
        QVERIFY2(window.stepComparisonModel()->labelA().startsWith(u"median of the last "_s),
                 qPrintable(window.stepComparisonModel()->labelA()));
        QVERIFY(window.stepComparisonModel()->rowCount() > 0);
        if (!qEnvironmentVariableIsEmpty("HISTORY_SCREENSHOT")) {
            window.findChild<QTabWidget *>()->setCurrentIndex(4);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("HISTORY_SCREENSHOT")));
        }
    }

    void exportsPngSvgAndCsv()
    {
        HistoryWindow window(m_db, true);
        window.setRunbook(u"datacenter-failover"_s);
        QChartView *view = window.chartView(0);
        QString error;
        const QString png = m_dir.filePath(u"trend.png"_s);
        QVERIFY2(ChartExporter::writePng(view, png, QSize(900, 500), &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), view->size()); // in a window: the size it shows
        QVERIFY(image.width() > 600);
        const QString svg = m_dir.filePath(u"trend.svg"_s);
        QVERIFY2(ChartExporter::writeSvg(view, svg, QSize(900, 500), &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Iteration"));
        const QString csv = m_dir.filePath(u"trend.csv"_s);
        QVERIFY(ChartExporter::write(view, *window.tableView(0)->model(), csv, {}, &error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 5); // header and four drills
        QVERIFY(!ChartExporter::write(view, *window.tableView(0)->model(),
                                      m_dir.filePath(u"trend.pdf"_s), {}, &error));
        QVERIFY(error.contains(u".png"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"trend.pdf"_s)));
    }

    void reportOfTheDrillTheTimelineShows()
    {
        HistoryWindow window(m_db, true);
        window.setRunbook(u"jenkins-rebuild"_s);
        const qint64 shown = window.timelineDrillId();
        QVERIFY(shown > 0);
        ReportExportDialog *dialog = window.exportReport();
        QVERIFY(dialog);
        QCOMPARE(dialog->drillId(), shown);
        QVERIFY(dialog->preview()->toPlainText().startsWith(
            u"Drill report: Rebuild Jenkins on AWS from backup"_s));
        dialog->close();
    }

    // A drill of thousands of observations: the timeline draws every marker (one item draws
    // them all) through a handful of series, one legend entry per kind, as it looked with a
    // series per marker, which took minutes for such a drill.
    void timelineOfThousandsOfObservationsKeepsFewSeries()
    {
        constexpr qint64 start = 1'700'000'000'000;
        constexpr qint64 minute = 60'000;
        DrillSummary drill;
        drill.drill.environment = u"test"_s;
        drill.drill.iteration = 1;
        drill.metrics.state = Drill::State::Finished;
        drill.metrics.startedMs = start;
        drill.metrics.endedMs = start + 180 * minute;
        for (int s = 0; s < 3; ++s) {
            StepMetrics step;
            step.stepId = u"step-%1"_s.arg(s);
            step.firstStartMs = start + s * 60 * minute;
            step.endMs = step.firstStartMs + 60 * minute;
            drill.metrics.steps << step;
        }
        QList<DrillEvent> events;
        auto add = [&events](DrillEvent::Kind kind, qint64 at, const QString &payload = {}) {
            DrillEvent e;
            e.kind = kind;
            e.timeMs = at;
            e.payload = payload;
            events << e;
        };
        // 1,500 observations in the first hour, pauses among them; one lone observation at
        // 150 minutes.
        for (int i = 0; i < 1'500; ++i) {
            add(DrillEvent::Kind::Observation, start + i * 2'000,
                DrillEvent::payloadWith(u"text"_s, u"seen %1"_s.arg(i)));
            if (i % 100 == 50) {
                add(DrillEvent::Kind::Paused, start + i * 2'000 + 500);
                add(DrillEvent::Kind::Resumed, start + i * 2'000 + 1'000);
            }
        }
        add(DrillEvent::Kind::InjectRevealed, start + 90 * minute,
            DrillEvent::payloadWith(u"inject"_s, u"efs-slow"_s));
        add(DrillEvent::Kind::Observation, start + 150 * minute,
            DrillEvent::payloadWith(u"text"_s, u"alone"_s));
        TimelineModel model;
        model.setDrill(drill, events);
        QCOMPARE(model.markers().size(), 1'500 + 30 + 1 + 1);

        QChartView view(HistoryCharts::timeline(&model, {})); // owns the chart
        QChart *chart = view.chart();
        QStringList names;
        for (const QAbstractSeries *series : chart->series())
            names << series->name();
        // The steps' bars, then a legend entry per kind of marker, in the order they occur.
        QCOMPARE(names, (QStringList{QString(), u"Observation"_s, u"Paused / resumed"_s,
                                     u"Inject revealed"_s}));
        TimelineMarkersItem *markers = nullptr;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *m = dynamic_cast<TimelineMarkersItem *>(item))
                markers = m;
        QVERIFY(markers);
        QCOMPARE(markers->lines().size(), model.markers().size());

        // Drawn: the lone observation is a dotted green line across the plot at its minute,
        // and nothing is drawn where no marker is.
        view.resize(1200, 700);
        view.grab();
        const QImage image = view.grab().toImage();
        const QRectF plot = chart->plotArea();
        const auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        auto greenIn = [&](double minute) {
            const int x = qRound(plot.left() + (minute - axis->min()) /
                                                   (axis->max() - axis->min()) * plot.width());
            int green = 0;
            for (int y = int(plot.top()) + 1; y < int(plot.bottom()); ++y)
                for (int dx = -1; dx <= 1; ++dx) {
                    const QColor c = image.pixelColor(x + dx, y);
                    green += c.green() > 140 && c.red() < 120 && c.blue() < 150 ? 1 : 0;
                }
            return green;
        };
        QVERIFY2(greenIn(150) > plot.height() / 6, qPrintable(QString::number(greenIn(150))));
        QCOMPARE(greenIn(120), 0);
    }

    void unreadableDatabaseIsSaid_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("reason");
        QTest::addRow("missing") << QByteArray() << u"there is no DrillDeck database at %1"_s;
        QTest::addRow("not SQLite")
            << QByteArray(4096, 'x')
            << u"%1 is not a DrillDeck database (it is not a SQLite file)"_s;
    }
    void unreadableDatabaseIsSaid()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(u"unreadable-%1.sqlite"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
        }
        HistoryWindow window(path, false);
        QCOMPARE(window.runbookIds().size(), 0);
        QCOMPARE(window.windowTitle(), u"History"_s);
        // The window says why, above the (empty) charts.
        QStringList shown;
        const auto labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (!label->isHidden())
                shown << label->text();
        const QString expected = u"Cannot read the history: "_s + reason.arg(path);
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                             [&](const QString &text) { return text.startsWith(expected); }),
                 qPrintable(expected + u"\nnot in\n"_s + shown.join(u'\n')));
        QCOMPARE(QFile(path).size(), content.size()); // and the file is left as it was
    }
};

QTEST_MAIN(TestHistoryCharts)
#include "tst_historycharts.moc"
