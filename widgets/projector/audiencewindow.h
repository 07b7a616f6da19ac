// The projector window the room watches: current step, clocks, progress; never a secret.
#pragma once

#include "audiencestate.h"
#include "projectortheme.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>

class FittedMarkdownView;
class QFrame;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QVBoxLayout;

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
    struct StepCard
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *clock = nullptr;
        QLabel *plan = nullptr;
        QLabel *status = nullptr;
        QLabel *role = nullptr; // whose step it is
    };

    void buildTopBar(QVBoxLayout *content);
    QWidget *buildLivePage();
    QWidget *buildFinishedPage();
    void buildBottom(QVBoxLayout *content);

    void applyState();
    void applyTheme();
    void rebuildCards();
    void refit();
    QString pinnedText(int width) const;
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
    bool m_nextWanted = false; // shown when the right column has room

    QStackedWidget *m_screens;
    QWidget *m_content;
    QWidget *m_blankPage;
    QLabel *m_blankMark;

    // Top bar
    QLabel *m_runbookTitle;
    QLabel *m_environment;
    QLabel *m_iteration;
    QLabel *m_example;
    QLabel *m_phase;
    QLabel *m_stepOfTotal;
    QProgressBar *m_progress;
    QLabel *m_pausedBanner;
    QLabel *m_restoredBanner;
    QTimer m_restoredTimer;  // runs while the restored banner is up
    bool m_hasState = false; // a state was set before: a change to it is a moment

    QStackedWidget *m_center;
    QWidget *m_livePage;
    QWidget *m_finishedPage;

    // Live page, left
    QWidget *m_leftColumn;
    QLabel *m_nowCaption;
    QLabel *m_stepTitle;
    QLabel *m_stepRole; // "driver: Dana": whose step it is
    QLabel *m_stepClock;
    QLabel *m_stepPlan;
    QLabel *m_stepStatus;
    FittedMarkdownView *m_instructions;

    // Live page, right
    QWidget *m_rightColumn;
    QFrame *m_drillCard;
    QLabel *m_drillCaption;
    QLabel *m_drillClock;
    QLabel *m_rtoCaption;
    QLabel *m_rtoClock;
    QLabel *m_rpoLine;
    QLabel *m_alsoCaption;
    QVBoxLayout *m_cardsLayout;
    QList<StepCard> m_cards;
    QLabel *m_moreRunning;
    QFrame *m_nextCard;
    QLabel *m_nextCaption;
    QLabel *m_next;
    QLabel *m_alsoReady; // the other steps ready to start

    // Finished page
    QLabel *m_finishedTitle;
    QLabel *m_finishedCaption;
    QLabel *m_finishedTotal;
    QLabel *m_finishedSummary;
    QLabel *m_finishedRto;

    // Bottom
    QFrame *m_divider;
    QWidget *m_bottom;
    QLabel *m_observationsCaption;
    QList<QLabel *> m_observationTimes;
    QList<QLabel *> m_observationTexts;
    QWidget *m_injectsPanel;
    QLabel *m_injectsCaption;
    QList<QLabel *> m_injectLines;
    QWidget *m_pinnedBox;
    QLabel *m_pinnedCaption;
    QLabel *m_pinnedLines;

    QList<QLayout *> m_scaledLayouts; // margins and spacing follow the scale
};
