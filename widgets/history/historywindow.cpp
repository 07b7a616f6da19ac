#include "historywindow.h"

#include "automationsharemodel.h"
#include "chartexporter.h"
#include "database.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "drivendrillsmodel.h"
#include "driverhistory.h"
#include "drivermatrixmodel.h"
#include "historycharts.h"
#include "interfacedates.h"
#include "phasebreakdownmodel.h"
#include "reportexportdialog.h"
#include "runbookhistory.h"
#include "runbookrevisionstore.h"
#include "runselection.h"
#include "stepcomparisonmodel.h"
#include "stepstatistics.h"
#include "stepstatisticsmodel.h"
#include "timelinemodel.h"
#include "trendmodel.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Tab { TrendTab, PhasesTab, RpoTab, AutomationTab, StepsTab, TimelineTab, TabCount };
// Drill A's item that stands for the median of the drills before B (not an index).
constexpr int medianOfLastFive = -2;
constexpr int medianDrills = 5;
} // namespace

HistoryWindow::HistoryWindow(const QString &databasePath, bool exampleData, QWidget *parent)
    : QDialog(parent), m_exampleData(exampleData)
{
    setWindowTitle(exampleData ? tr("History — example data") : tr("History"));
    resize(1100, 800);
    m_trend = new TrendModel(this);
    m_phases = new PhaseBreakdownModel(this);
    m_automation = new AutomationShareModel(this);
    m_steps = new StepComparisonModel(this);
    m_timeline = new TimelineModel(this);
    m_statistics = new StepStatisticsModel(this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_runbooks = new QComboBox(this);
    m_environments = new QComboBox(this);
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("RTO achieved"), int(TrendModel::RtoColumn));
    m_measure->addItem(tr("Wall-clock time"), int(TrendModel::WallColumn));
    m_measure->addItem(tr("Active time"), int(TrendModel::ActiveColumn));
    m_measure->addItem(tr("Hands-on time"), int(TrendModel::HandsOnColumn));
    m_measure->addItem(tr("Waiting on machines"), int(TrendModel::WaitingColumn));
    m_runs = new QComboBox(this);
    m_runs->addItem(tr("Hand-run and automated"), int(RunSelection::Runs::Both));
    m_runs->addItem(tr("Hand-run only"), int(RunSelection::Runs::Hand));
    m_runs->addItem(tr("Automated only"), int(RunSelection::Runs::Automated));
    m_runs->setToolTip(tr("Drills people ran, runs recorded by drilldeck run, or both"));
    m_xAxis = new QComboBox(this);
    m_xAxis->addItem(tr("Iteration"));
    m_xAxis->addItem(tr("Date"));
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    auto *reportButton = new QPushButton(tr("Drill Re&port…"), this);
    reportButton->setToolTip(tr("The report of the drill the timeline shows"));
    bar->addWidget(new QLabel(tr("&Runbook:"), this));
    bar->addWidget(m_runbooks, 1);
    bar->addWidget(new QLabel(tr("E&nvironment:"), this));
    bar->addWidget(m_environments);
    auto *runsLabel = new QLabel(tr("R&uns:"), this);
    runsLabel->setBuddy(m_runs);
    bar->addWidget(runsLabel);
    bar->addWidget(m_runs);
    bar->addWidget(new QLabel(tr("&Measure:"), this));
    bar->addWidget(m_measure);
    bar->addWidget(new QLabel(tr("&X axis:"), this));
    bar->addWidget(m_xAxis);
    bar->addWidget(exportButton);
    bar->addWidget(reportButton);
    const auto labels = findChildren<QLabel *>();
    labels.value(0)->setBuddy(m_runbooks);
    labels.value(1)->setBuddy(m_environments);
    labels.value(3)->setBuddy(m_measure);
    labels.value(4)->setBuddy(m_xAxis);
    layout->addLayout(bar);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget(this);
    const QStringList names = {tr("&Trend"),      tr("&Phases"), tr("RP&O"),
                               tr("&Automation"), tr("&Steps"),  tr("Time&line")};
    for (int t = 0; t < TabCount; ++t) {
        auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
        auto *view = new QChartView(splitter);
        view->setRenderHint(QPainter::Antialiasing);
        auto *table = new QTableView(splitter);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        const QList<QAbstractItemModel *> models = {m_trend,      m_phases, m_trend,
                                                    m_automation, m_steps,  m_timeline};
        table->setModel(models[t]);
        // A screen reader cannot read the chart; the table under it has the same figures.
        const QString name = QString(names[t]).remove(u'&');
        view->setAccessibleName(tr("%1 chart").arg(name));
        view->setAccessibleDescription(tr("The table below holds the chart's figures."));
        table->setAccessibleName(tr("%1 figures").arg(name));
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        m_views.append(view);
        m_tables.append(table);
        if (t != StepsTab) {
            m_tabs->addTab(splitter, names[t]);
            continue;
        }
        // The step comparison picks its two drills (by default the last two).
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        auto *pick = new QHBoxLayout;
        m_compareA = new QComboBox(page);
        m_compareB = new QComboBox(page);
        auto *labelA = new QLabel(tr("Compare drill &A:"), page);
        auto *labelB = new QLabel(tr("with drill &B:"), page);
        labelA->setBuddy(m_compareA);
        labelB->setBuddy(m_compareB);
        pick->addWidget(labelA);
        pick->addWidget(m_compareA, 1);
        pick->addWidget(labelB);
        pick->addWidget(m_compareB, 1);
        pageLayout->addLayout(pick);
        pageLayout->addWidget(splitter, 1);
        // Per step across the last N drills: below the comparison, sharing its page.
        auto *statsBar = new QHBoxLayout;
        m_statisticsCaption = new QLabel(page);
        m_statisticsCaption->setWordWrap(true);
        m_statisticsDrills = new QSpinBox(page);
        m_statisticsDrills->setRange(2, 100);
        m_statisticsDrills->setValue(10);
        m_statisticsDrills->setAccessibleName(tr("Drills the statistics compare with"));
        auto *drillsLabel = new QLabel(tr("Statistics over the last N &drills:"), page);
        drillsLabel->setBuddy(m_statisticsDrills);
        statsBar->addWidget(drillsLabel);
        statsBar->addWidget(m_statisticsDrills);
        statsBar->addWidget(m_statisticsCaption, 1);
        pageLayout->addLayout(statsBar);
        m_statisticsView = new QTableView(page);
        m_statisticsView->setModel(m_statistics);
        m_statisticsView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_statisticsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_statisticsView->setAccessibleName(tr("Step statistics"));
        pageLayout->addWidget(m_statisticsView, 1);
        m_tabs->addTab(page, names[t]);
    }
    // People: who drove which runbook, over every runbook; the drills of the one shown below.
    m_driverMatrix = new DriverMatrixModel(this);
    m_drivenDrills = new DrivenDrillsModel(this);
    m_peoplePage = new QWidget(m_tabs);
    auto *peopleLayout = new QVBoxLayout(m_peoplePage);
    auto *peopleNote = new QLabel(
        tr("Who has driven which runbook: drills driven · the last one's date. A runbook only "
           "one person has ever driven says <b>single driver</b>: let someone else drive it "
           "next. Below, the drills of the runbook chosen above with their drivers."),
        m_peoplePage);
    peopleNote->setWordWrap(true);
    auto *peopleSplitter = new QSplitter(Qt::Vertical, m_peoplePage);
    m_driverMatrixView = new QTableView(peopleSplitter);
    m_driverMatrixView->setModel(m_driverMatrix);
    m_driverMatrixView->setAccessibleName(tr("People and the runbooks they drove"));
    m_driverMatrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *drivenView = new QTableView(peopleSplitter);
    drivenView->setModel(m_drivenDrills);
    drivenView->setAccessibleName(tr("Drills of this runbook and their drivers"));
    drivenView->setSelectionBehavior(QAbstractItemView::SelectRows);
    drivenView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    drivenView->horizontalHeader()->setStretchLastSection(true);
    drivenView->verticalHeader()->hide();
    peopleSplitter->setSizes({560, 180}); // the matrix first: a row for everyone seen driving
    peopleLayout->addWidget(peopleNote);
    peopleLayout->addWidget(peopleSplitter, 1);
    m_tabs->addTab(m_peoplePage, tr("People")); // every letter of it is taken by another key
    layout->addWidget(m_tabs, 1);

    auto opened = Database::open(databasePath, Database::Mode::ReadOnly);
    if (opened) {
        m_database = std::move(opened).value();
        const DrillStore drills(*m_database);
        auto ids = RunbookHistory::runbookIds(drills);
        if (ids)
            m_runbooks->addItems(ids.value());
        const RunbookRevisionStore revisions(*m_database);
        if (auto all =
                DrillHistory::load(drills, revisions, {}, QDateTime::currentMSecsSinceEpoch()))
            m_driverMatrix->setHistory(DriverHistory::of(all.value()));
        if (!ids || ids->isEmpty()) {
            m_problem->setText(ids ? tr("No drills yet in %1.").arg(databasePath)
                                   : ids.error().message);
            m_problem->show();
        }
    } else {
        m_problem->setText(tr("Cannot read the history: %1").arg(opened.error().message));
        m_problem->show();
    }

    connect(m_runbooks, &QComboBox::currentTextChanged, this, [this] {
        m_environments->blockSignals(true);
        m_environments->clear();
        m_environments->blockSignals(false);
        reload();
    });
    connect(m_environments, &QComboBox::currentIndexChanged, this, &HistoryWindow::reload);
    connect(m_runs, &QComboBox::currentIndexChanged, this, &HistoryWindow::reload);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &HistoryWindow::rebuildCharts);
    connect(m_xAxis, &QComboBox::currentIndexChanged, this, &HistoryWindow::rebuildCharts);
    connect(m_compareA, &QComboBox::currentIndexChanged, this, &HistoryWindow::compareSelected);
    connect(m_compareB, &QComboBox::currentIndexChanged, this, &HistoryWindow::compareSelected);
    connect(m_statisticsDrills, &QSpinBox::valueChanged, this, &HistoryWindow::updateStatistics);
    connect(exportButton, &QPushButton::clicked, this, &HistoryWindow::exportTab);
    connect(reportButton, &QPushButton::clicked, this, &HistoryWindow::exportReport);
    connect(this, &HistoryWindow::drillActivated, this, &HistoryWindow::selectDrill);
    connect(this, &HistoryWindow::drillActivated, this, &HistoryWindow::showTimeline);
    reload();
}

HistoryWindow::~HistoryWindow()
{
    // The charts' mappers point at the models: take the charts down first.
    for (QChartView *view : std::as_const(m_views))
        delete view->chart();
}

QStringList HistoryWindow::runbookIds() const
{
    QStringList ids;
    for (int i = 0; i < m_runbooks->count(); ++i)
        ids << m_runbooks->itemText(i);
    return ids;
}

void HistoryWindow::setXAxisByDate(bool byDate)
{
    m_xAxis->setCurrentIndex(byDate ? 1 : 0);
}

void HistoryWindow::setRuns(RunSelection::Runs runs)
{
    m_runs->setCurrentIndex(m_runs->findData(int(runs)));
}

void HistoryWindow::setRunbook(const QString &runbookId)
{
    m_runbooks->setCurrentText(runbookId);
}

QString HistoryWindow::runbookId() const
{
    return m_runbooks->currentText();
}

int HistoryWindow::tabCount() const
{
    return int(m_views.size());
}

QChartView *HistoryWindow::chartView(int tab) const
{
    return m_views.value(tab);
}

QTableView *HistoryWindow::tableView(int tab) const
{
    return m_tables.value(tab);
}

void HistoryWindow::reload()
{
    if (!m_database || m_runbooks->currentText().isEmpty())
        return;
    const DrillStore drills(*m_database);
    const RunbookRevisionStore revisions(*m_database);
    const QString environment = m_environments->currentData().toString();
    auto history = RunbookHistory::load(
        drills, revisions, m_runbooks->currentText(), environment,
        QDateTime::currentMSecsSinceEpoch(),
        RunSelection::runKind(RunSelection::Runs(m_runs->currentData().toInt())));
    if (!history) {
        m_problem->setText(history.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    if (m_environments->count() == 0) {
        m_environments->blockSignals(true);
        m_environments->addItem(tr("All"), QString());
        for (const QString &e : history->environments)
            m_environments->addItem(e, e);
        m_environments->blockSignals(false);
    }
    m_runbookTitle = history->runbook.title;
    m_drivenDrills->setDrills(m_driverMatrix->history().drillsOf(m_runbooks->currentText()));
    // Charts first: their mappers must not see the models change under them.
    for (QChartView *view : std::as_const(m_views)) {
        QChart *old = view->chart();
        view->setChart(new QChart);
        delete old;
    }
    m_trend->setDrills(history->drills);
    m_phases->setHistory(history->runbook, history->drills);
    m_automation->setHistory(history->runbook, history->drills);
    m_history = history->drills;
    const auto [a, b] = StepComparisonModel::defaultPair(history->drills);
    for (QComboBox *box : {m_compareA, m_compareB}) {
        box->blockSignals(true);
        box->clear();
        for (qsizetype i = 0; i < m_history.size(); ++i) {
            const Drill &d = m_history[i].drill;
            box->addItem(tr("#%1 · %2 #%3 · %4")
                             .arg(d.id)
                             .arg(d.environment)
                             .arg(d.iteration)
                             .arg(InterfaceDates::date(
                                 QDateTime::fromMSecsSinceEpoch(m_history[i].metrics.startedMs)
                                     .toLocalTime()
                                     .date())),
                         int(i));
        }
        if (box == m_compareA)
            box->addItem(tr("Median of the last %n before B", nullptr, medianDrills),
                         medianOfLastFive);
        box->setCurrentIndex(box->findData(box == m_compareA ? a : b));
        box->blockSignals(false);
    }
    updateStatistics();
    if (a >= 0)
        m_steps->setDrills(history->drills[a], history->drills[b]);
    else
        m_steps->setDrills({}, {});
    showTimeline(b >= 0                      ? history->drills[b].drill.id
                 : history->drills.isEmpty() ? 0
                                             : history->drills.last().drill.id);
}

void HistoryWindow::rebuildCharts()
{
    HistoryCharts::Options options;
    options.runbookTitle = m_runbookTitle;
    options.exampleData = m_exampleData;
    options.animated = false;
    options.drillClicked = [this](qint64 id) { Q_EMIT drillActivated(id); };
    options.byDate = m_xAxis->currentIndex() == 1;
    const auto measure = TrendModel::Column(m_measure->currentData().toInt());
    const QList<QChart *> charts = {
        HistoryCharts::trend(m_trend, measure, options),
        HistoryCharts::phases(m_phases, options),
        HistoryCharts::rpo(m_trend, options),
        HistoryCharts::automation(m_automation, options),
        HistoryCharts::stepComparison(m_steps, options),
        HistoryCharts::timeline(m_timeline, options),
    };
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(charts[i]);
        delete old;
    }
}

void HistoryWindow::showTimeline(qint64 drillId)
{
    DrillSummary shown;
    for (const DrillSummary &d : std::as_const(m_history))
        if (d.drill.id == drillId)
            shown = d;
    m_timelineDrillId = shown.drill.id;
    QList<DrillEvent> events;
    if (m_database && shown.drill.id != 0) {
        const DrillStore drills(*m_database);
        auto log = drills.events(shown.drill.id);
        if (log)
            events = log.value();
    }
    QChart *old = m_views[TimelineTab]->chart();
    m_views[TimelineTab]->setChart(new QChart);
    delete old;
    m_timeline->setDrill(shown, events);
    rebuildCharts();
}

void HistoryWindow::compareDrills(qint64 drillA, qint64 drillB)
{
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        if (m_history[i].drill.id == drillA)
            m_compareA->setCurrentIndex(m_compareA->findData(int(i)));
        if (m_history[i].drill.id == drillB)
            m_compareB->setCurrentIndex(m_compareB->findData(int(i)));
    }
}

void HistoryWindow::compareSelected()
{
    const int a = m_compareA->currentData().toInt();
    const int b = m_compareB->currentData().toInt();
    const bool median = a == medianOfLastFive;
    if (m_compareA->currentIndex() < 0 || m_compareB->currentIndex() < 0 || (a < 0 && !median) ||
        b < 0 || a >= m_history.size() || b >= m_history.size())
        return;
    // The chart's mappers must not see the model change under them.
    QChart *old = m_views[StepsTab]->chart();
    m_views[StepsTab]->setChart(new QChart);
    delete old;
    if (median)
        m_steps->setMedianReference(StepComparisonModel::previousDrills(m_history, b, medianDrills),
                                    m_history[b]);
    else
        m_steps->setDrills(m_history[a], m_history[b]);
    rebuildCharts();
}

void HistoryWindow::compareWithMedian()
{
    m_compareA->setCurrentIndex(m_compareA->findData(medianOfLastFive));
}

void HistoryWindow::setStatisticsDrills(int previous)
{
    m_statisticsDrills->setValue(previous);
}

void HistoryWindow::updateStatistics()
{
    QString environment = m_environments->currentData().toString();
    if (environment.isEmpty()) { // "All": the environment of the last finished drill
        qint64 latest = -1;
        for (const DrillSummary &d : std::as_const(m_history))
            if (d.metrics.state == Drill::State::Finished && d.metrics.startedMs > latest) {
                latest = d.metrics.startedMs;
                environment = d.drill.environment;
            }
    }
    const int previous = m_statisticsDrills->value();
    const QList<StepStatistics> rows =
        StepStatistics::compute(m_history, m_runbooks->currentText(), environment, previous);
    m_statistics->setStatistics(rows);
    const int compared =
        int(StepStatistics::finishedDrills(m_history, m_runbooks->currentText(), environment)
                .size()) -
        1;
    m_statisticsCaption->setText(
        rows.isEmpty()
            ? tr("No finished drill in this environment yet.")
            : tr("The last drill in %1 against the %n drill(s) before it: median, interquartile "
                 "range (the middle half, Q1–Q3) and min–max of each step's time; skipped steps "
                 "have no time.",
                 nullptr, qMin(previous, qMax(0, compared)))
                  .arg(environment));
}

void HistoryWindow::selectDrill(qint64 drillId)
{
    const int tab = m_tabs->currentIndex();
    QTableView *table = m_tables.value(tab);
    if (!table)
        return;
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, 0), Qt::UserRole).toLongLong() == drillId) {
            table->selectRow(row);
            return;
        }
}

ReportExportDialog *HistoryWindow::exportReport()
{
    if (!m_database)
        return nullptr;
    if (!m_reportDrills) {
        m_reportDrills = std::make_unique<DrillStore>(*m_database);
        m_reportRevisions = std::make_unique<RunbookRevisionStore>(*m_database);
    }
    auto *dialog = new ReportExportDialog(*m_reportDrills, *m_reportRevisions, m_timelineDrillId,
                                          m_exampleData, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void HistoryWindow::showPeople()
{
    m_tabs->setCurrentWidget(m_peoplePage);
}

void HistoryWindow::exportTab()
{
    const int tab = m_tabs->currentIndex();
    if (m_tabs->currentWidget() == m_peoplePage) { // a table, no chart: CSV
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export table"), u"drivers.csv"_s, tr("CSV table (*.csv)"));
        QString error;
        if (!path.isEmpty() && !ChartExporter::writeCsv(*m_driverMatrix, path, &error))
            QMessageBox::warning(this, tr("Export table"), error);
        return;
    }
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), m_runbooks->currentText() + u".png"_s,
        tr("PNG image (*.png);;SVG image (*.svg);;CSV table (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!ChartExporter::write(m_views[tab], *m_tables[tab]->model(), path, QSize(1200, 700),
                              &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}
