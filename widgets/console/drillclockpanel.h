// The facilitator's stopwatch block: total elapsed, the current steps against their estimates,
// the RTO countdown that turns into an overrun, and the forecast finish.
#pragma once

#include "drillmetrics.h"
#include "ghostpace.h"
#include "rtocountdown.h"

#include <QWidget>

class GhostProgressBar;
class QGridLayout;
class QLabel;
class SecondTicker;
struct Runbook;

class DrillClockPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DrillClockPanel(QWidget *parent = nullptr);
    ~DrillClockPanel() override;

    // A fresh reading from the log; the clocks then tick by themselves while the drill runs.
    void setMetrics(const Runbook &runbook, const DrillMetrics &metrics,
                    const QStringList &runningSteps);
    void clear();
    // The reference run's pace, from the same reading as setMetrics (invalid: none): ahead or
    // behind on the tick, the ghost on the steps bar, the step without a reference or where the
    // reference was fastest.
    void setGhost(const GhostPace &ghost);
    QString ghostText() const;
    QString ghostNoteText() const;
    GhostProgressBar *ghostBar() const { return m_ghostBar; }

    QString totalText() const;
    QString rtoText() const;
    // The moment's lines: "Service restored — …" and "RPO … — met (target …)"; empty if not yet.
    QString restoredText() const;
    QString rpoText() const;
    QStringList stepTexts() const;
    // The once-a-second wake-up of these clocks, for other views of the same drill (the
    // outline's Actual column). It ticks while the drill clock runs, and in a pause while the
    // RTO countdown or the forecast goes on; the drill's clocks add the time only while the
    // drill runs.
    SecondTicker *ticker() const { return m_ticker; }

private:
    void tick(qint64 sinceSnapshotMs);

    struct StepClock
    {
        QLabel *title;
        QLabel *clock;
        qint64 elapsedMs;
        qint64 expectedMs;
    };

    SecondTicker *m_ticker;
    QLabel *m_total;
    QLabel *m_state;
    QLabel *m_rto;
    QLabel *m_forecast;
    QLabel *m_restored; // large once the service is restored: the moment the room waits for
    QLabel *m_rpo;
    QWidget *m_stepsBox;
    QGridLayout *m_stepsLayout;
    QList<StepClock> m_steps;
    QLabel *m_ghost;
    QLabel *m_ghostNote;
    GhostProgressBar *m_ghostBar;
    GhostPace m_ghostPace;
    DrillMetrics m_metrics;
    RtoCountdown m_rtoCountdown;
};
