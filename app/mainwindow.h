// The facilitator's window: the runbook outline, the current step in full, the stopwatch.
#pragma once

#include "runbook.h"

#include <QMainWindow>

class AppSettings;
class QLabel;
class QMenu;
class QTreeView;
class RunbookModel;
class StepDetailView;
class StopwatchWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads and shows a runbook; on failure keeps the current one, tells the user every
    // diagnostic and returns false.
    bool openRunbook(const QString &path);
    QString runbookPath() const { return m_runbookPath; }
    QString lastError() const { return m_lastError; }
    const Runbook &runbook() const;

    QTreeView *outline() const { return m_outline; }
    StepDetailView *stepView() const { return m_stepView; }
    StopwatchWidget *stopwatch() const { return m_stopwatch; }

public Q_SLOTS:
    void openRunbookDialog();
    void selectNextStep();
    void selectPreviousStep();
    void toggleStopwatch();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void showCurrentStep();
    void updateTitle();

    AppSettings *m_settings;
    RunbookModel *m_model;
    QTreeView *m_outline;
    StepDetailView *m_stepView;
    StopwatchWidget *m_stopwatch;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusRunbook;
    QString m_runbookPath;
    QString m_lastError;
};
