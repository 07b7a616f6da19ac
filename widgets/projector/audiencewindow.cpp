// The projector window the room watches: assembles its panels (header, banners, the current
// step, the clocks card, the steps in parallel, up next, the finished page, observations,
// injects and notes), hands each the state, fits them to the window and ticks their clocks.
#include "audiencewindow.h"

#include "currentsteppanel.h"
#include "finishedpanel.h"
#include "ghostprogressbar.h"
#include "injectsandnotespanel.h"
#include "latestobservationspanel.h"
#include "nextstepcard.h"
#include "parallelstepspanel.h"
#include "projectorclockcard.h"
#include "projectorheader.h"
#include "projectorlabels.h"
#include "servicerestoredbanner.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr qreal rightColumnShare = 0.34;
} // namespace

AudienceWindow::AudienceWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_clock([] {
          QElapsedTimer now;
          now.start();
          return now.msecsSinceReference();
      })
{
    setWindowTitle(tr("DrillDeck — Projector"));
    setObjectName(u"audienceWindow"_s);
    setAutoFillBackground(true);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    m_screens = new QStackedWidget(this);
    root->addWidget(m_screens);

    m_content = new QWidget(m_screens);
    m_content->setObjectName(u"audienceContent"_s);
    m_content->setAttribute(Qt::WA_StyledBackground);
    auto *content = new QVBoxLayout(m_content);
    m_header = new ProjectorHeader(m_content);
    content->addWidget(m_header);

    m_pausedBanner = ProjectorLabels::make(m_content, u"pausedBanner"_s);
    m_pausedBanner->setAlignment(Qt::AlignCenter);
    m_pausedBanner->setText(tr("‖  PAUSED — the clock is stopped"));
    m_pausedBanner->setAttribute(Qt::WA_StyledBackground);
    m_pausedBanner->hide();
    content->addWidget(m_pausedBanner);

    m_restoredBanner = new ServiceRestoredBanner(m_content);
    content->addWidget(m_restoredBanner);
    connect(m_restoredBanner, &ServiceRestoredBanner::timeUp, this, [this] {
        if (m_stateShown)
            applyState();
    });

    m_center = new QStackedWidget(m_content);
    m_livePage = buildLivePage();
    m_finishedPage = new FinishedPanel(m_center);
    m_center->addWidget(m_livePage);
    m_center->addWidget(m_finishedPage);
    content->addWidget(m_center, 1);
    m_divider = new QFrame(m_content);
    m_divider->setObjectName(u"divider"_s);
    m_divider->setAttribute(Qt::WA_StyledBackground);
    content->addWidget(m_divider);
    m_bottom = buildBottom();
    content->addWidget(m_bottom);
    m_screens->addWidget(m_content);

    m_blankPage = new QWidget(m_screens);
    m_blankPage->setObjectName(u"blankPage"_s);
    m_blankPage->setAttribute(Qt::WA_StyledBackground);
    auto *blank = new QVBoxLayout(m_blankPage);
    m_scaledLayouts.append(blank);
    blank->addStretch(1);
    m_blankMark = new QLabel(tr("DrillDeck"), m_blankPage);
    m_blankMark->setObjectName(u"blankMark"_s);
    blank->addWidget(m_blankMark, 0, Qt::AlignRight | Qt::AlignBottom);
    m_screens->addWidget(m_blankPage);

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AudienceWindow::tick);

    resize(1280, 720);
    applyTheme();
}

AudienceWindow::~AudienceWindow() = default;

// The step on the left; on the right the clocks, the steps in parallel and, at the foot, up next.
QWidget *AudienceWindow::buildLivePage()
{
    auto *page = new QWidget(m_center);
    page->setObjectName(u"livePage"_s);
    page->setAttribute(Qt::WA_StyledBackground);
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(0, 0, 0, 0);

    m_currentStep = new CurrentStepPanel(page);
    columns->addWidget(m_currentStep, 1);

    m_rightColumn = new QWidget(page);
    auto *right = new QVBoxLayout(m_rightColumn);
    right->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(right);
    m_clockCard = new ProjectorClockCard(m_rightColumn);
    right->addWidget(m_clockCard);
    m_parallelSteps = new ParallelStepsPanel(m_rightColumn);
    right->addWidget(m_parallelSteps);
    right->addStretch(1);
    m_nextCard = new NextStepCard(m_rightColumn);
    right->addWidget(m_nextCard);
    columns->addWidget(m_rightColumn);
    return page;
}

// Below the divider: the latest observations and, beside them, injects and notes.
QWidget *AudienceWindow::buildBottom()
{
    auto *bottomWidget = new QWidget(m_content);
    auto *bottom = new QHBoxLayout(bottomWidget);
    bottom->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(bottom);
    m_observations = new LatestObservationsPanel(bottomWidget);
    bottom->addWidget(m_observations, 3);
    m_injects = new InjectsAndNotesPanel(bottomWidget);
    bottom->addWidget(m_injects, 2);
    return bottomWidget;
}

void AudienceWindow::setClock(Clock monotonicMs)
{
    m_clock = std::move(monotonicMs);
}

qint64 AudienceWindow::sinceSnapshot() const
{
    return m_snapshotAt < 0 ? 0 : m_clock() - m_snapshotAt;
}

void AudienceWindow::setState(const AudienceState &state)
{
    m_restoredBanner->noteState(state);
    m_state = state;
    m_snapshotAt = m_clock();
    // Nobody sees a hidden projector: what it shows is laid out when it is shown (most of a
    // start-up's projector cost, and every advance's while the facilitator has it closed).
    if (isVisible())
        applyState();
    else
        m_stateShown = false;
}

void AudienceWindow::applyState()
{
    m_stateShown = true;
    const AudienceState &s = m_state;

    m_header->showState(s);
    m_pausedBanner->setVisible(s.paused && !s.finished);
    m_restoredBanner->showState(s);
    m_center->setCurrentWidget(s.finished ? m_finishedPage : m_livePage);
    m_currentStep->showState(s);
    m_clockCard->showState(s);
    m_parallelSteps->showState(s);
    m_nextCard->showState(s);
    m_finishedPage->showState(s);
    m_observations->showState(s);
    m_injects->showState(s);
    m_bottom->setVisible(!s.observations.isEmpty() || m_injects->isVisibleTo(this));
    m_divider->setVisible(m_bottom->isVisibleTo(this));

    refit();
    tick();
}

void AudienceWindow::setThemeVariant(ProjectorTheme::Variant variant)
{
    if (variant == m_theme.variant())
        return;
    m_theme = ProjectorTheme(variant);
    applyTheme();
}

void AudienceWindow::applyTheme()
{
    setPalette(m_theme.palette());
    m_header->progressBar()->setGhostColours(m_theme.text(), m_theme.background());
    if (m_styledAtScale) // else the first fitting sets it, at the window's scale
        setStyleSheet(m_theme.styleSheet(m_scale));
    m_currentStep->setColours(m_theme);
}

void AudienceWindow::setBlanked(bool blanked)
{
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    m_screens->setCurrentWidget(blanked ? m_blankPage : m_content);
    Q_EMIT blankedChanged(blanked);
}

void AudienceWindow::toggleBlanked()
{
    setBlanked(!m_blanked);
}

void AudienceWindow::changeEvent(QEvent *event)
{
    // No mouse pointer over the room's screen when it is the projector's.
    if (event->type() == QEvent::WindowStateChange)
        setCursor(isFullScreen() ? Qt::BlankCursor : Qt::ArrowCursor);
    QWidget::changeEvent(event);
}

void AudienceWindow::keyPressEvent(QKeyEvent *event)
{
    // As in presentation software: B or . blanks the screen and brings it back.
    if (event->key() == Qt::Key_B || event->key() == Qt::Key_Period) {
        toggleBlanked();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AudienceWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_stateShown)
        refit();
}

void AudienceWindow::setVisible(bool visible)
{
    // Before showing, as when it was applied while hidden: the show lays the window out with
    // the state's text and fonts, and the first frame is never a stale one.
    if (visible && !m_stateShown)
        applyState();
    QWidget::setVisible(visible);
}

// Sizes everything from the scale: fonts in pixels, margins, the column split, what must wrap,
// shrink or elide to fit. Runs on resize and on a new state, never on a tick.
void AudienceWindow::refit()
{
    // By height, as a room reads a projector; a narrow window limits it so lines still fit.
    const qreal scale = qMax(0.25, qMin(height() / 1080.0, width() / 1600.0));
    if (!m_styledAtScale || !qFuzzyCompare(scale, m_scale)) {
        m_styledAtScale = true;
        m_scale = scale;
        setStyleSheet(m_theme.styleSheet(m_scale));
    }
    const qreal s = m_scale;
    const auto px = [s](qreal pixels) { return ProjectorLabels::scaled(pixels, s); };

    const int margin = px(44);
    for (QLayout *layout : std::as_const(m_scaledLayouts))
        layout->setSpacing(px(14));
    auto *content = m_content->layout();
    content->setContentsMargins(margin, px(26), margin, px(26));
    content->setSpacing(px(18));
    m_livePage->layout()->setSpacing(px(40));
    m_blankPage->layout()->setContentsMargins(margin, margin, margin, margin);
    m_divider->setFixedHeight(px(2));
    ProjectorLabels::setFont(m_pausedBanner, ProjectorTheme::textFont(px(36), true));
    ProjectorLabels::setFont(m_restoredBanner, ProjectorTheme::textFont(px(44), true));
    ProjectorLabels::setFont(m_blankMark, ProjectorTheme::textFont(px(20), true));

    // The column split is fixed from the width, so wrapped text never pushes it around.
    const int contentWidth = width() - 2 * margin;
    const int rightWidth = qRound(contentWidth * rightColumnShare);
    m_rightColumn->setFixedWidth(rightWidth);
    const int leftWidth = contentWidth - rightWidth - m_livePage->layout()->spacing();
    const int cardInner = rightWidth - 2 * px(30);
    const int bottomWidth = contentWidth - px(14);
    const int injectsWidth = bottomWidth * 2 / 5 - px(14);

    // The clocks' readings first: each panel reserves room for the widest of its own.
    updateClocks();
    m_header->refit(m_state, s, contentWidth, content->spacing());
    m_currentStep->refit(m_state, s, leftWidth, qRound(height() * 0.30));
    m_clockCard->refit(s, cardInner);
    m_parallelSteps->refit(m_state, s, cardInner);
    m_nextCard->refit(m_state, s, cardInner);
    m_finishedPage->refit(s);
    m_observations->refit(m_state, s,
                          m_injects->isVisibleTo(this) ? bottomWidth * 3 / 5 : bottomWidth);
    m_injects->refit(m_state, s, injectsWidth);

    // The clocks always keep their room: the next step gives way when the column is full.
    const auto heightOf = [](QWidget *widget, int width) {
        QLayout *layout = widget->layout();
        if (!layout)
            return widget->sizeHint().height();
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                           : layout->totalSizeHint().height();
    };
    int centerHeight =
        height() - content->contentsMargins().top() - content->contentsMargins().bottom();
    centerHeight -= m_header->reckonedHeight();
    int items = 0;
    for (QWidget *above :
         std::initializer_list<QWidget *>{m_pausedBanner, m_restoredBanner, m_divider, m_bottom}) {
        if (above->isVisibleTo(this)) {
            centerHeight -= heightOf(above, contentWidth);
            ++items;
        }
    }
    centerHeight -= (items + 1) * content->spacing();
    m_nextCard->setVisible(m_nextCard->isWanted());
    if (m_nextCard->isWanted() && heightOf(m_rightColumn, rightWidth) > centerHeight)
        m_nextCard->setVisible(false);
    m_injects->fitInjects(m_state, injectsWidth);
}

bool AudienceWindow::isRestoredBannerShown() const
{
    return m_restoredBanner->isDue();
}

void AudienceWindow::tick()
{
    updateClocks();
    if (m_state.clockRunning || (m_state.rtoRunning && m_state.rtoRemainingMs && !m_state.finished))
        scheduleNextTick();
    else
        m_timer.stop();
}

// Wake when the drill clock reaches its next whole second (or, in a pause, the RTO countdown
// does): one wake and one repaint a second.
void AudienceWindow::scheduleNextTick()
{
    const qint64 since = sinceSnapshot();
    const qint64 phase = m_state.clockRunning ? m_state.drillElapsedMs + since
                                              : since - m_state.rtoRemainingMs.value_or(0);
    const qint64 toNext = 1000 - ((phase % 1000) + 1000) % 1000;
    m_timer.start(int(toNext) + 1);
}

void AudienceWindow::updateClocks()
{
    const qint64 since = sinceSnapshot();
    const qint64 drillSince = m_state.clockRunning ? since : 0;
    const qint64 rtoSince = m_state.rtoRunning && !m_state.finished ? since : 0;
    m_clockCard->updateClocks(m_state, drillSince, rtoSince);
    m_currentStep->updateClock(m_state, drillSince);
    m_parallelSteps->updateClocks(m_state, drillSince);
    m_header->updateGhost(m_state, drillSince);
}
