// The projector window the room watches: current step, clocks, progress; never a secret.
#pragma once

#include "audiencestate.h"
#include "projectortheme.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>

class CurrentStepPanel;
class FinishedPanel;
class InjectsAndNotesPanel;
class LatestObservationsPanel;
class NextStepCard;
class ParallelStepsPanel;
class ProjectorClockCard;
class ProjectorHeader;
class QFrame;
class QLabel;
class QStackedWidget;
class ServiceRestoredBanner;

class AudienceWindow : public QWidget
{
    Q_OBJECT
public:
    // Always a top-level window (Qt::Window), even with a parent that owns it.
    explicit AudienceWindow(QWidget *parent = nullptr);
    ~AudienceWindow() override;
    void setVisible(bool visible) override;

    // Shows a snapshot; while state.clockRunning (the RTO: state.rtoRunning) the clocks tick on
    // from it by themselves.
    void setState(const AudienceState &state);
    const AudienceState &state() const { return m_state; }

    // For tests: the monotonic clock (ms) the clocks tick on from, instead of the system's;
    // set it before setState(), which takes its snapshot from it.
    using Clock = std::function<qint64()>;
    void setClock(Clock monotonicMs);

    void setThemeVariant(ProjectorTheme::Variant variant);
    ProjectorTheme::Variant themeVariant() const { return m_theme.variant(); }

    bool isBlanked() const { return m_blanked; }
    // Height / 1080: every size on the screen is multiplied by it.
    qreal scale() const { return m_scale; }

    // Design sizes at 1080 lines, before scaling.
    static constexpr int titlePixels = 68;
    static constexpr int titleMinimumPixels = 48;
    static constexpr int bodyPixels = 34;
    static constexpr int bodyMinimumPixels = 28;
    static constexpr int smallPixels = 28;
    // How long the "Service restored" banner stays up once the service is restored.
    static constexpr int restoredBannerMs = 20000;
    bool isRestoredBannerShown() const;

public Q_SLOTS:
    void setBlanked(bool blanked);
    void toggleBlanked();

Q_SIGNALS:
    void blankedChanged(bool blanked);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildLivePage();
    QWidget *buildBottom();

    void applyState();
    void applyTheme();
    void refit();
    void tick();
    void scheduleNextTick();
    qint64 sinceSnapshot() const;
    // Only the clock labels: the time since the snapshot added to each running clock.
    void updateClocks();

    AudienceState m_state;
    ProjectorTheme m_theme;
    Clock m_clock;
    qint64 m_snapshotAt = -1; // m_clock's reading at setState(); -1 before the first
    QTimer m_timer;
    qreal m_scale = 1.0;
    bool m_styledAtScale = false; // refit has set the style sheet for m_scale
    bool m_blanked = false;
    bool m_stateShown = false; // m_state is on the labels and fitted; false until first shown

    QStackedWidget *m_screens;
    QWidget *m_content;
    QWidget *m_blankPage;
    QLabel *m_blankMark;

    // The content page, top to bottom.
    ProjectorHeader *m_header;
    QLabel *m_pausedBanner;
    ServiceRestoredBanner *m_restoredBanner;
    QStackedWidget *m_center;
    QWidget *m_livePage;
    CurrentStepPanel *m_currentStep; // the live page's left column
    QWidget *m_rightColumn;
    ProjectorClockCard *m_clockCard;
    ParallelStepsPanel *m_parallelSteps;
    NextStepCard *m_nextCard;
    FinishedPanel *m_finishedPage;
    QFrame *m_divider;
    QWidget *m_bottom;
    LatestObservationsPanel *m_observations;
    InjectsAndNotesPanel *m_injects;

    QList<QLayout *> m_scaledLayouts; // margins and spacing follow the scale
};
