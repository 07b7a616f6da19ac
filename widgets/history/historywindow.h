// The History window: pick a runbook (and environment, and hand-run or automated runs), see its
// trend, phase, RPO, automation step comparison and timeline (of the drill last clicked) charts,
// each over a table of the same model, and export them.
#pragma once

#include "drillsummary.h"
#include "runselection.h"

#include <QDialog>

#include <memory>

class AutomationShareModel;
class Database;
class DrillStore;
class DrivenDrillsModel;
class DriverMatrixModel;
class PhaseBreakdownModel;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class ReportExportDialog;
class RunbookRevisionStore;
class QSpinBox;
class StepComparisonModel;
class StepStatisticsModel;
class TimelineModel;
class TrendModel;

class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    // Opens its own read-only connection to the database at databasePath.
    explicit HistoryWindow(const QString &databasePath, bool exampleData,
                           QWidget *parent = nullptr);
    ~HistoryWindow() override;

    QStringList runbookIds() const;
    void setRunbook(const QString &runbookId);
    void setXAxisByDate(bool byDate);      // trend and RPO charts: dates instead of iterations
    void setRuns(RunSelection::Runs runs); // hand-run drills, automated runs or both
    QString runbookId() const;
    int tabCount() const;
    QChartView *chartView(int tab) const;
    QTableView *tableView(int tab) const;
    TrendModel *trendModel() const { return m_trend; }
    TimelineModel *timelineModel() const { return m_timeline; }
    StepComparisonModel *stepComparisonModel() const { return m_steps; }
    // Per step across the drills before the last one of the environment chosen (its last
    // finished drill's environment when "All" is): median, spread, the last against them.
    StepStatisticsModel *stepStatisticsModel() const { return m_statistics; }
    QTableView *statisticsView() const { return m_statisticsView; }
    void setStatisticsDrills(int previous);
    // Drill A of the step comparison becomes the median of the 5 finished drills before B.
    void compareWithMedian();
    // The step comparison of two drills of the runbook shown (by drill id).
    void compareDrills(qint64 drillA, qint64 drillB);
    // The drill the timeline shows; 0 when none.
    qint64 timelineDrillId() const { return m_timelineDrillId; }
    // Drill Report…: the export dialog for the drill the timeline shows.
    ReportExportDialog *exportReport();
    // The People tab: who drove which runbook (every runbook), and the drills of the runbook
    // shown with their drivers, those driven by someone new marked.
    void showPeople();
    DriverMatrixModel *driverMatrixModel() const { return m_driverMatrix; }
    DrivenDrillsModel *drivenDrillsModel() const { return m_drivenDrills; }
    QTableView *driverMatrixView() const { return m_driverMatrixView; }

Q_SIGNALS:
    // A point or bar was clicked: the drill it stands for.
    void drillActivated(qint64 drillId);

private:
    void reload();
    void rebuildCharts();
    void exportTab();
    void selectDrill(qint64 drillId);
    void compareSelected();
    void showTimeline(qint64 drillId);
    void updateStatistics();

    std::unique_ptr<Database> m_database;
    // For the report dialog; destroyed before the database.
    std::unique_ptr<DrillStore> m_reportDrills;
    std::unique_ptr<RunbookRevisionStore> m_reportRevisions;
    qint64 m_timelineDrillId = 0;
    bool m_exampleData = false;
    QString m_runbookTitle;
    QComboBox *m_runbooks = nullptr;
    QComboBox *m_environments = nullptr;
    QComboBox *m_runs = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_xAxis = nullptr;
    QComboBox *m_compareA = nullptr;
    QComboBox *m_compareB = nullptr;
    QLabel *m_problem = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrendModel *m_trend = nullptr;
    PhaseBreakdownModel *m_phases = nullptr;
    AutomationShareModel *m_automation = nullptr;
    StepComparisonModel *m_steps = nullptr;
    TimelineModel *m_timeline = nullptr;
    DriverMatrixModel *m_driverMatrix = nullptr;
    DrivenDrillsModel *m_drivenDrills = nullptr;
    QTableView *m_driverMatrixView = nullptr;
    QWidget *m_peoplePage = nullptr;
    StepStatisticsModel *m_statistics = nullptr;
    QTableView *m_statisticsView = nullptr;
    QSpinBox *m_statisticsDrills = nullptr;
    QLabel *m_statisticsCaption = nullptr;
    QList<DrillSummary> m_history; // of the runbook shown, for the timeline
    QList<QChartView *> m_views;
    QList<QTableView *> m_tables;
};
