// The projector window the room watches: header, current steps, clocks, banners, observations.
// Over 600 lines for a stated reason: its panels are still built here; issue 17 item 2 splits the
// window into its panels as it does the console.
#include "audiencewindow.h"

#include "duration.h"
#include "fittedmarkdownview.h"
#include "objectivetexts.h"
#include "projectorlabels.h"
#include "projectorwords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxCards = 3;       // extra running steps shown as cards
constexpr int maxInjectLines = 4; // revealed injects at the bottom
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
    m_scaledLayouts.append(content);
    buildTopBar(content);

    m_pausedBanner = ProjectorLabels::make(this, u"pausedBanner"_s);
    m_pausedBanner->setAlignment(Qt::AlignCenter);
    m_pausedBanner->setText(tr("‖  PAUSED — the clock is stopped"));
    m_pausedBanner->setAttribute(Qt::WA_StyledBackground);
    m_pausedBanner->hide();
    content->addWidget(m_pausedBanner);

    m_restoredBanner = ProjectorLabels::make(this, u"restoredBanner"_s);
    m_restoredBanner->setAlignment(Qt::AlignCenter);
    m_restoredBanner->setWordWrap(true);
    m_restoredBanner->setAttribute(Qt::WA_StyledBackground);
    m_restoredBanner->hide();
    content->addWidget(m_restoredBanner);
    m_restoredTimer.setSingleShot(true);
    m_restoredTimer.setInterval(restoredBannerMs);
    connect(&m_restoredTimer, &QTimer::timeout, this, [this] {
        if (m_stateShown)
            applyState();
    });

    m_center = new QStackedWidget(m_content);
    m_livePage = buildLivePage();
    m_finishedPage = buildFinishedPage();
    m_center->addWidget(m_livePage);
    m_center->addWidget(m_finishedPage);
    content->addWidget(m_center, 1);
    buildBottom(content);
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

void AudienceWindow::buildTopBar(QVBoxLayout *content)
{
    auto *bar = new QHBoxLayout;
    m_scaledLayouts.append(bar);
    m_runbookTitle = ProjectorLabels::make(this, u"runbookTitle"_s);
    m_environment = ProjectorLabels::make(this, u"environment"_s, "chip");
    m_iteration = ProjectorLabels::make(this, u"iteration"_s, "chip");
    m_example = ProjectorLabels::make(this, u"exampleData"_s, "example");
    m_example->setText(tr("Example data"));
    m_example->setAttribute(Qt::WA_StyledBackground);
    m_phase = ProjectorLabels::make(this, u"phase"_s, "muted");
    m_stepOfTotal = ProjectorLabels::make(this, u"stepOfTotal"_s);
    bar->addWidget(m_runbookTitle);
    bar->addWidget(m_environment);
    bar->addWidget(m_iteration);
    bar->addWidget(m_example);
    bar->addStretch(1);
    bar->addWidget(m_phase);
    bar->addWidget(m_stepOfTotal);
    content->addLayout(bar);

    m_progress = new QProgressBar(m_content);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Steps done"));
    content->addWidget(m_progress);
}

QWidget *AudienceWindow::buildLivePage()
{
    auto *page = new QWidget(m_center);
    page->setObjectName(u"livePage"_s);
    page->setAttribute(Qt::WA_StyledBackground);
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(columns);

    m_leftColumn = new QWidget(page);
    auto *left = new QVBoxLayout(m_leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(left);
    m_nowCaption = ProjectorLabels::make(this, u"nowCaption"_s, "accent");
    m_stepTitle = ProjectorLabels::make(this, u"stepTitle"_s);
    m_stepTitle->setWordWrap(true);
    m_stepTitle->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stepRole = ProjectorLabels::make(this, u"stepRole"_s, "muted");
    m_stepRole->setTextFormat(Qt::PlainText);
    auto *time = new QHBoxLayout;
    m_scaledLayouts.append(time);
    m_stepClock = ProjectorLabels::make(this, u"stepClock"_s);
    m_stepClock->setAccessibleName(tr("Step time"));
    m_stepPlan = ProjectorLabels::make(this, u"stepPlan"_s, "muted");
    m_stepStatus = ProjectorLabels::make(this, u"stepStatus"_s);
    time->addWidget(m_stepClock, 0, Qt::AlignBaseline);
    time->addWidget(m_stepPlan, 0, Qt::AlignBaseline);
    time->addWidget(m_stepStatus, 0, Qt::AlignBaseline);
    time->addStretch(1);
    m_instructions = new FittedMarkdownView(m_leftColumn);
    m_instructions->setObjectName(u"instructions"_s);

    left->addWidget(m_nowCaption);
    left->addWidget(m_stepTitle);
    left->addWidget(m_stepRole);
    left->addLayout(time);
    left->addWidget(m_instructions, 1);
    columns->addWidget(m_leftColumn, 1);

    m_rightColumn = new QWidget(page);
    auto *right = new QVBoxLayout(m_rightColumn);
    right->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(right);
    m_drillCard = new QFrame(m_rightColumn);
    m_drillCard->setProperty("role", QByteArray("card"));
    auto *drill = new QVBoxLayout(m_drillCard);
    m_scaledLayouts.append(drill);
    m_drillCaption = ProjectorLabels::make(this, u"drillCaption"_s, "caption");
    m_drillCaption->setText(tr("DRILL TIME"));
    m_drillClock = ProjectorLabels::make(this, u"drillClock"_s);
    m_drillClock->setAccessibleName(tr("Drill time"));
    m_rtoCaption = ProjectorLabels::make(this, u"rtoCaption"_s, "caption");
    m_rtoCaption->setText(tr("RTO REMAINING"));
    m_rtoClock = ProjectorLabels::make(this, u"rtoClock"_s);
    m_rtoClock->setAccessibleName(tr("Time left to the recovery time objective"));
    drill->addWidget(m_drillCaption);
    drill->addWidget(m_drillClock);
    drill->addWidget(m_rtoCaption);
    drill->addWidget(m_rtoClock);
    m_rpoLine = ProjectorLabels::make(this, u"rpoLine"_s);
    m_rpoLine->setWordWrap(true);
    drill->addWidget(m_rpoLine);
    right->addWidget(m_drillCard);

    m_alsoCaption = ProjectorLabels::make(this, u"alsoCaption"_s, "caption");
    m_alsoCaption->setText(tr("ALSO RUNNING"));
    right->addWidget(m_alsoCaption);
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(m_cardsLayout);
    right->addLayout(m_cardsLayout);
    m_moreRunning = ProjectorLabels::make(this, u"moreRunning"_s, "muted");
    right->addWidget(m_moreRunning);
    right->addStretch(1);
    m_nextCard = new QFrame(m_rightColumn);
    m_nextCard->setProperty("role", QByteArray("card"));
    auto *next = new QVBoxLayout(m_nextCard);
    m_scaledLayouts.append(next);
    m_nextCaption = ProjectorLabels::make(this, u"nextCaption"_s, "caption");
    m_nextCaption->setText(tr("UP NEXT"));
    m_next = ProjectorLabels::make(this, u"nextStep"_s);
    m_next->setWordWrap(true);
    m_alsoReady = ProjectorLabels::make(this, u"alsoReady"_s, "muted");
    m_alsoReady->setWordWrap(true);
    next->addWidget(m_nextCaption);
    next->addWidget(m_next);
    next->addWidget(m_alsoReady);
    right->addWidget(m_nextCard);
    columns->addWidget(m_rightColumn);
    return page;
}

QWidget *AudienceWindow::buildFinishedPage()
{
    auto *page = new QWidget(m_center);
    page->setObjectName(u"finishedPage"_s);
    page->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(page);
    m_scaledLayouts.append(layout);
    m_finishedTitle = ProjectorLabels::make(this, u"finishedTitle"_s);
    m_finishedTitle->setText(tr("✓ Drill finished"));
    m_finishedCaption = ProjectorLabels::make(this, u"finishedCaption"_s, "caption");
    m_finishedCaption->setText(tr("TOTAL TIME"));
    m_finishedTotal = ProjectorLabels::make(this, u"finishedTotal"_s);
    m_finishedSummary = ProjectorLabels::make(this, u"finishedSummary"_s, "muted");
    m_finishedSummary->setWordWrap(true);
    m_finishedRto = ProjectorLabels::make(this, u"finishedRto"_s);
    layout->addStretch(1);
    for (QLabel *label :
         {m_finishedTitle, m_finishedCaption, m_finishedTotal, m_finishedSummary, m_finishedRto}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    return page;
}

void AudienceWindow::buildBottom(QVBoxLayout *content)
{
    m_divider = new QFrame(m_content);
    m_divider->setObjectName(u"divider"_s);
    m_divider->setAttribute(Qt::WA_StyledBackground);
    content->addWidget(m_divider);
    m_bottom = new QWidget(m_content);
    auto *bottom = new QHBoxLayout(m_bottom);
    bottom->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(bottom);

    auto *observations = new QWidget(m_bottom);
    auto *grid = new QGridLayout(observations);
    grid->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(grid);
    m_observationsCaption = ProjectorLabels::make(this, u"observationsCaption"_s, "caption");
    m_observationsCaption->setText(tr("LATEST OBSERVATIONS"));
    grid->addWidget(m_observationsCaption, 0, 0, 1, 2);
    for (int i = 0; i < AudienceState::maxObservations; ++i) {
        QLabel *time = ProjectorLabels::make(this, u"observationTime%1"_s.arg(i), "muted");
        QLabel *text = ProjectorLabels::make(this, u"observationText%1"_s.arg(i));
        grid->addWidget(time, i + 1, 0, Qt::AlignLeft | Qt::AlignBaseline);
        grid->addWidget(text, i + 1, 1, Qt::AlignBaseline);
        m_observationTimes.append(time);
        m_observationTexts.append(text);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(AudienceState::maxObservations + 1, 1);
    bottom->addWidget(observations, 3);

    m_injectsPanel = new QWidget(m_bottom);
    auto *injects = new QVBoxLayout(m_injectsPanel);
    injects->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(injects);
    m_injectsCaption = ProjectorLabels::make(this, u"injectsCaption"_s, "caption");
    m_injectsCaption->setText(tr("⚡ INJECTS"));
    m_injectsCaption->setProperty("role", QByteArray("caption"));
    injects->addWidget(m_injectsCaption);
    for (int i = 0; i < maxInjectLines; ++i) {
        QLabel *line = ProjectorLabels::make(this, u"inject%1"_s.arg(i));
        line->setWordWrap(true);
        injects->addWidget(line);
        m_injectLines.append(line);
    }
    m_pinnedBox = new QWidget(m_injectsPanel);
    auto *pinned = new QVBoxLayout(m_pinnedBox);
    pinned->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(pinned);
    m_pinnedCaption = ProjectorLabels::make(this, u"pinnedCaption"_s, "caption");
    m_pinnedCaption->setText(tr("✎ NOTES FROM THE TEAM"));
    m_pinnedLines = ProjectorLabels::make(this, u"pinnedLines"_s);
    m_pinnedLines->setWordWrap(true);
    pinned->addWidget(m_pinnedCaption);
    pinned->addWidget(m_pinnedLines);
    injects->addWidget(m_pinnedBox);
    injects->addStretch(1);
    bottom->addWidget(m_injectsPanel, 2);
    content->addWidget(m_bottom);
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
    // The service just came back in a live drill: the room gets a banner for a while.
    if (m_hasState && state.rtoAchievedMs && !m_state.rtoAchievedMs && !state.finished)
        m_restoredTimer.start();
    if (state.finished || !state.rtoAchievedMs)
        m_restoredTimer.stop();
    m_hasState = true;
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
    const bool hasCurrent = !s.runningSteps.isEmpty();

    ProjectorLabels::setText(m_environment, s.environment.toUpper());
    m_environment->setVisible(!s.environment.isEmpty());
    ProjectorLabels::setText(m_iteration, tr("Drill %1").arg(s.iteration));
    m_iteration->setVisible(s.iteration > 0);
    m_example->setVisible(s.exampleData);
    ProjectorLabels::setText(m_phase, s.phaseTitle);
    m_phase->setVisible(!s.phaseTitle.isEmpty() && !s.finished && !s.allStepsDone);
    if (s.finished || s.allStepsDone)
        ProjectorLabels::setText(m_stepOfTotal, ProjectorWords::stepsDone(s));
    else if (s.stepsTotal > 0)
        ProjectorLabels::setText(m_stepOfTotal,
                                 tr("Step %1 of %2")
                                     .arg(hasCurrent ? s.runningSteps.constFirst().number
                                                     : qMin(s.stepsFinished() + 1, s.stepsTotal))
                                     .arg(s.stepsTotal));
    else
        m_stepOfTotal->clear();
    m_progress->setRange(0, qMax(1, s.stepsTotal));
    m_progress->setValue(qBound(0, s.stepsFinished(), qMax(1, s.stepsTotal)));
    m_pausedBanner->setVisible(s.paused && !s.finished);
    const bool missed = s.rtoStatus == RtoStatus::Missed;
    if (s.rtoAchievedMs) {
        ProjectorLabels::setText(
            m_restoredBanner,
            (missed ? u"▲  "_s : u"✓  "_s) +
                ObjectiveTexts::serviceRestored(*s.rtoAchievedMs, s.rtoTargetMs, s.rtoStatus));
        ProjectorLabels::setFlag(m_restoredBanner, "missed", missed);
    }
    m_restoredBanner->setVisible(isRestoredBannerShown());
    // Stopped clocks are dimmed as well as bannered: a glance tells they are not moving.
    for (QLabel *clock : {m_drillClock, m_stepClock, m_rtoClock}) {
        ProjectorLabels::setFlag(clock, "frozen",
                                 s.paused && !(clock == m_rtoClock && s.rtoRunning));
    }

    m_center->setCurrentWidget(s.finished ? m_finishedPage : m_livePage);

    // The large step: the first running one, else what comes next.
    if (hasCurrent) {
        const AudienceState::RunningStep &current = s.runningSteps.constFirst();
        QString caption = s.runningSteps.size() > 1 ? tr("NOW · STEP %1 · %2 STEPS IN PARALLEL")
                                                          .arg(current.number)
                                                          .arg(s.runningSteps.size())
                                                    : tr("NOW · STEP %1").arg(current.number);
        if (current.rewritten) // said in words: the room sees the procedure changed
            caption += tr(" · ✎ REWRITTEN");
        ProjectorLabels::setText(m_nowCaption, caption);
        m_instructions->setMarkdown(current.instructions);
        ProjectorLabels::setText(
            m_stepPlan,
            current.expectedSeconds > 0
                ? tr("of %1 planned").arg(Duration::formatClock(current.expectedSeconds * 1000))
                : tr("no estimate"));
    } else if (s.allStepsDone) {
        ProjectorLabels::setText(m_nowCaption, tr("ALL STEPS DONE"));
        QString text = tr("Every step is done. The facilitator finishes the drill.");
        if (s.rtoAchievedMs)
            text += u"\n\n**"_s +
                    ObjectiveTexts::serviceRestored(*s.rtoAchievedMs, s.rtoTargetMs, s.rtoStatus) +
                    u"**"_s;
        if (s.rpoMs)
            text += u"\n\n**"_s + ObjectiveTexts::rpo(*s.rpoMs, s.rpoTargetMs) + u"**"_s;
        m_instructions->setMarkdown(text);
    } else {
        const bool notStarted = s.stepsFinished() == 0 && s.drillElapsedMs == 0 && !s.finished;
        ProjectorLabels::setText(m_nowCaption, notStarted ? tr("ABOUT TO START") : tr("UP NEXT"));
        const QString toGo =
            s.stepsTotal == 1 ? tr("One step to go.") : tr("%1 steps to go.").arg(s.stepsTotal);
        m_instructions->setMarkdown(
            notStarted ? tr("The drill has not started yet: the clocks start when the facilitator "
                            "declares the disaster.") +
                             u"\n\n"_s + toGo
                       : tr("Waiting for the next step to start."));
    }
    m_stepRole->setVisible(hasCurrent && !s.runningSteps.constFirst().role.isEmpty());
    m_stepClock->setVisible(hasCurrent);
    m_stepPlan->setVisible(hasCurrent);
    m_stepStatus->setVisible(hasCurrent);
    m_nextWanted = hasCurrent && !s.nextStepTitle.isEmpty();
    m_nextCard->setVisible(m_nextWanted);
    // Ready steps are said as such: the next one starts with the next click.
    const qsizetype ready = s.readyStepTitles.size();
    ProjectorLabels::setText(m_nextCaption,
                             ready > 0 ? tr("UP NEXT · READY TO START") : tr("UP NEXT"));
    m_alsoReady->setVisible(ready > 1);

    m_pinnedBox->setVisible(!s.pinnedAnnotations.isEmpty());

    // Once the service is restored the countdown gives way to the achieved RTO, kept on screen.
    const bool achieved = s.rtoAchievedMs && !s.finished;
    if (achieved) {
        ProjectorLabels::setText(
            m_rtoCaption,
            s.rtoStatus == RtoStatus::Met
                ? tr("RTO ✓ MET · TARGET %1").arg(Duration::formatClock(s.rtoTargetMs))
            : missed ? tr("RTO ▲ MISSED · TARGET %1").arg(Duration::formatClock(s.rtoTargetMs))
                     : tr("RTO ACHIEVED"));
        ProjectorLabels::setText(m_rtoClock, Duration::formatClock(*s.rtoAchievedMs));
        ProjectorLabels::setStatus(m_rtoClock, missed ? "late" : "ontime");
        m_rtoClock->setAccessibleName(tr("Recovery time achieved"));
    } else {
        ProjectorLabels::setText(m_rtoCaption, tr("RTO REMAINING"));
        m_rtoClock->setAccessibleName(tr("Time left to the recovery time objective"));
    }
    m_rtoCaption->setVisible(s.rtoRemainingMs.has_value() || achieved);
    m_rtoClock->setVisible(s.rtoRemainingMs.has_value() || achieved);
    if (s.rpoMs) {
        ProjectorLabels::setText(m_rpoLine, ObjectiveTexts::rpo(*s.rpoMs, s.rpoTargetMs));
        ProjectorLabels::setStatus(
            m_rpoLine, ObjectiveTexts::rpoMet(*s.rpoMs, s.rpoTargetMs) ? "ontime" : "late");
    }
    m_rpoLine->setVisible(s.rpoMs.has_value());

    rebuildCards();

    // The finished page: the total and how the objective went.
    ProjectorLabels::setText(m_finishedTotal, Duration::formatClock(s.drillElapsedMs));
    ProjectorLabels::setText(m_finishedSummary, ProjectorWords::stepsDone(s));
    if (s.serviceNotRestored) {
        ProjectorLabels::setText(m_finishedRto, tr("✗ Service not restored"));
        ProjectorLabels::setStatus(m_finishedRto, "late");
    } else if (s.rtoRemainingMs) {
        const bool met = *s.rtoRemainingMs >= 0;
        ProjectorLabels::setText(
            m_finishedRto,
            met ? tr("✓ RTO met with %1 to spare").arg(Duration::formatCountdown(*s.rtoRemainingMs))
                : tr("▲ RTO missed by %1").arg(Duration::formatClock(-*s.rtoRemainingMs)));
        ProjectorLabels::setStatus(m_finishedRto, met ? "ontime" : "late");
    }
    m_finishedRto->setVisible(s.serviceNotRestored || s.rtoRemainingMs.has_value());

    for (int i = 0; i < m_observationTimes.size(); ++i) {
        const bool shown = i < s.observations.size();
        ProjectorLabels::setText(m_observationTimes[i], shown ? s.observations[i].time : QString());
        m_observationTimes[i]->setVisible(shown);
        m_observationTexts[i]->setVisible(shown);
    }
    m_observationsCaption->setVisible(!s.observations.isEmpty());
    const qsizetype firstInject = qMax<qsizetype>(0, s.revealedInjects.size() - maxInjectLines);
    for (int i = 0; i < m_injectLines.size(); ++i) {
        const qsizetype index = firstInject + i;
        const bool shown = index < s.revealedInjects.size();
        m_injectLines[i]->setVisible(shown);
    }
    m_injectsCaption->setVisible(!s.revealedInjects.isEmpty());
    m_injectsPanel->setVisible(!s.revealedInjects.isEmpty() || !s.pinnedAnnotations.isEmpty());
    m_bottom->setVisible(!s.observations.isEmpty() || m_injectsPanel->isVisibleTo(this));
    m_divider->setVisible(m_bottom->isVisibleTo(this));

    refit();
    tick();
}

void AudienceWindow::rebuildCards()
{
    const int wanted =
        int(qMin<qsizetype>(maxCards, qMax<qsizetype>(0, m_state.runningSteps.size() - 1)));
    while (m_cards.size() > wanted) {
        StepCard card = m_cards.takeLast();
        delete card.frame;
    }
    while (m_cards.size() < wanted) {
        StepCard card;
        card.frame = new QFrame(m_rightColumn);
        card.frame->setProperty("role", QByteArray("card"));
        auto *layout = new QVBoxLayout(card.frame);
        card.title = new QLabel(card.frame);
        card.title->setObjectName(u"cardTitle%1"_s.arg(m_cards.size()));
        card.title->setTextFormat(Qt::PlainText);
        card.title->setWordWrap(true);
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        card.clock = new QLabel(card.frame);
        card.clock->setObjectName(u"cardClock%1"_s.arg(m_cards.size()));
        card.plan = new QLabel(card.frame);
        card.plan->setObjectName(u"cardPlan%1"_s.arg(m_cards.size()));
        card.plan->setProperty("role", QByteArray("muted"));
        card.status = new QLabel(card.frame);
        card.status->setObjectName(u"cardStatus%1"_s.arg(m_cards.size()));
        row->addWidget(card.clock, 0, Qt::AlignBaseline);
        row->addWidget(card.plan, 0, Qt::AlignBaseline);
        row->addStretch(1);
        row->addWidget(card.status, 0, Qt::AlignBaseline);
        card.role = new QLabel(card.frame);
        card.role->setObjectName(u"cardRole%1"_s.arg(m_cards.size()));
        card.role->setTextFormat(Qt::PlainText);
        card.role->setProperty("role", QByteArray("muted"));
        layout->addWidget(card.title);
        layout->addLayout(row); // itemAt(1): refit() spaces it
        layout->addWidget(card.role);
        m_cardsLayout->addWidget(card.frame);
        m_cards.append(card);
    }
    const qsizetype extra = m_state.runningSteps.size() - 1;
    m_alsoCaption->setVisible(extra > 0);
    m_moreRunning->setVisible(extra > maxCards);
    ProjectorLabels::setText(m_moreRunning,
                             tr("+ %n more running", nullptr, int(extra - maxCards)));
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
    if (m_styledAtScale) // else the first fitting sets it, at the window's scale
        setStyleSheet(m_theme.styleSheet(m_scale));
    m_instructions->setColours(m_theme.text(), m_theme.mutedText(), m_theme.codeBackground());
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
    const auto text = [s](qreal px, bool bold = false) {
        return ProjectorTheme::textFont(ProjectorLabels::scaled(px, s), bold);
    };
    const auto clock = [s](qreal px) {
        return ProjectorTheme::clockFont(ProjectorLabels::scaled(px, s));
    };

    const int margin = ProjectorLabels::scaled(44, s);
    for (QLayout *layout : std::as_const(m_scaledLayouts))
        layout->setSpacing(ProjectorLabels::scaled(14, s));
    if (auto *content = m_content->layout()) {
        content->setContentsMargins(margin, ProjectorLabels::scaled(26, s), margin,
                                    ProjectorLabels::scaled(26, s));
        content->setSpacing(ProjectorLabels::scaled(18, s));
    }
    m_livePage->layout()->setSpacing(ProjectorLabels::scaled(40, s));
    m_blankPage->layout()->setContentsMargins(margin, margin, margin, margin);
    m_drillCard->layout()->setContentsMargins(
        ProjectorLabels::scaled(28, s), ProjectorLabels::scaled(18, s),
        ProjectorLabels::scaled(28, s), ProjectorLabels::scaled(22, s));
    m_drillCard->layout()->setSpacing(ProjectorLabels::scaled(2, s));
    m_nextCard->layout()->setContentsMargins(
        ProjectorLabels::scaled(28, s), ProjectorLabels::scaled(16, s),
        ProjectorLabels::scaled(28, s), ProjectorLabels::scaled(20, s));
    m_nextCard->layout()->setSpacing(ProjectorLabels::scaled(4, s));
    m_pinnedBox->layout()->setSpacing(ProjectorLabels::scaled(4, s));
    for (const StepCard &card : std::as_const(m_cards)) {
        card.frame->layout()->setContentsMargins(
            ProjectorLabels::scaled(22, s), ProjectorLabels::scaled(12, s),
            ProjectorLabels::scaled(22, s), ProjectorLabels::scaled(14, s));
        card.frame->layout()->setSpacing(ProjectorLabels::scaled(2, s));
        static_cast<QBoxLayout *>(card.frame->layout())
            ->itemAt(1)
            ->layout()
            ->setSpacing(ProjectorLabels::scaled(14, s));
    }

    ProjectorLabels::setFont(m_runbookTitle, text(34, true));
    for (QLabel *chip : {m_environment, m_iteration, m_example})
        ProjectorLabels::setFont(chip, text(26, true));
    ProjectorLabels::setFont(m_phase, text(30));
    ProjectorLabels::setFont(m_stepOfTotal, text(34, true));
    m_progress->setFixedHeight(ProjectorLabels::scaled(12, s));
    m_divider->setFixedHeight(ProjectorLabels::scaled(2, s));
    ProjectorLabels::setFont(m_pausedBanner, text(36, true));

    ProjectorLabels::setFont(m_nowCaption, text(26, true));
    ProjectorLabels::setFont(m_stepRole, text(30));
    ProjectorLabels::setFont(m_stepClock, clock(56));
    ProjectorLabels::setFont(m_stepPlan, text(30));
    ProjectorLabels::setFont(m_stepStatus, text(30, true));
    m_instructions->setPixelSizes(ProjectorLabels::scaled(bodyPixels, s),
                                  ProjectorLabels::scaled(bodyMinimumPixels, s));
    ProjectorLabels::setFont(m_pinnedCaption, text(24, true));
    ProjectorLabels::setFont(m_pinnedLines, text(smallPixels));
    ProjectorLabels::setFont(m_nextCaption, text(26, true));
    ProjectorLabels::setFont(m_next, text(32, true));
    ProjectorLabels::setFont(m_alsoReady, text(28));

    ProjectorLabels::setFont(m_drillCaption, text(26, true));
    ProjectorLabels::setFont(m_rtoCaption, text(26, true));
    ProjectorLabels::setFont(m_rpoLine, text(28, true));
    ProjectorLabels::setFont(m_restoredBanner, text(44, true));
    ProjectorLabels::setFont(m_alsoCaption, text(26, true));
    ProjectorLabels::setFont(m_moreRunning, text(28));
    for (const StepCard &card : std::as_const(m_cards)) {
        ProjectorLabels::setFont(card.title, text(28, true));
        ProjectorLabels::setFont(card.clock, clock(40));
        ProjectorLabels::setFont(card.plan, text(28));
        ProjectorLabels::setFont(card.role, text(26));
        ProjectorLabels::setFont(card.status, text(28, true));
    }

    ProjectorLabels::setFont(m_finishedTitle, text(96, true));
    ProjectorLabels::setFont(m_finishedCaption, text(30, true));
    ProjectorLabels::setFont(m_finishedTotal, clock(180));
    ProjectorLabels::setFont(m_finishedSummary, text(40));
    ProjectorLabels::setFont(m_finishedRto, text(40, true));

    ProjectorLabels::setFont(m_observationsCaption, text(24, true));
    ProjectorLabels::setFont(m_injectsCaption, text(24, true));
    for (QLabel *label : std::as_const(m_observationTimes)) {
        QFont font = clock(28);
        font.setBold(false);
        ProjectorLabels::setFont(label, font);
    }
    for (QLabel *label : std::as_const(m_observationTexts))
        ProjectorLabels::setFont(label, text(smallPixels));
    for (QLabel *label : std::as_const(m_injectLines))
        ProjectorLabels::setFont(label, text(smallPixels));
    ProjectorLabels::setFont(m_blankMark, text(20, true));

    // The column split is fixed from the width, so wrapped text never pushes it around.
    const int contentWidth = width() - 2 * margin;
    const int rightWidth = qRound(contentWidth * rightColumnShare);
    m_rightColumn->setFixedWidth(rightWidth);
    const int leftWidth = contentWidth - rightWidth - m_livePage->layout()->spacing();

    // Clocks reserve the width of their reading with every digit an 8, so a new second never
    // moves a neighbour; only a new hour digit may, once.
    updateClocks();
    // The big clocks shrink to the card on a narrow (4:3) screen rather than run off it.
    const int clockWidth = rightWidth - 2 * ProjectorLabels::scaled(30, s);
    const auto fitClock = [&](QLabel *label, qreal pixels) {
        QString widest = ProjectorLabels::widestReading(label);
        if (widest.size() < 7)
            widest = u"8:88:88"_s; // room for up to 9 hours without a refit
        int size = ProjectorLabels::scaled(pixels, s);
        while (size > 8 &&
               QFontMetrics(ProjectorTheme::clockFont(size)).horizontalAdvance(widest) > clockWidth)
            size -= qMax(1, size / 24);
        ProjectorLabels::setFont(label, ProjectorTheme::clockFont(size));
    };
    fitClock(m_drillClock, 124);
    fitClock(m_rtoClock, 60);
    for (QLabel *label : {m_stepClock, m_stepStatus, m_drillClock, m_rtoClock})
        ProjectorLabels::reserveWidestReading(label);
    for (const StepCard &card : std::as_const(m_cards)) {
        ProjectorLabels::reserveWidestReading(card.clock);
        ProjectorLabels::reserveWidestReading(card.status);
    }

    // The title wraps; a very long one shrinks to the floor, then is cut with an ellipsis.
    const QString title =
        m_state.allStepsDone ? tr("All steps done — finish the drill")
        : m_state.runningSteps.isEmpty()
            ? (m_state.nextStepTitle.isEmpty() ? m_state.runbookTitle : m_state.nextStepTitle)
            : m_state.runningSteps.constFirst().title;
    const int titleBudget = qRound(height() * 0.30);
    // Measured, not tried on the label, so an unchanged title never repaints.
    const auto titleHeight = [leftWidth](const QFont &font, const QString &candidate) {
        return QFontMetrics(font)
            .boundingRect(QRect(0, 0, leftWidth, 1000000), Qt::TextWordWrap, candidate)
            .height();
    };
    int titleSize = ProjectorLabels::scaled(titlePixels, s);
    const int titleFloor = ProjectorLabels::scaled(titleMinimumPixels, s);
    QFont titleFont = ProjectorTheme::textFont(titleSize, true);
    while (titleSize > titleFloor && titleHeight(titleFont, title) > titleBudget) {
        titleSize = qMax(titleFloor, titleSize - qMax(1, titleSize / 12));
        titleFont = ProjectorTheme::textFont(titleSize, true);
    }
    QString shownTitle = title;
    if (titleHeight(titleFont, title) > titleBudget) {
        qsizetype low = 0, high = title.size();
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (titleHeight(titleFont, title.left(mid).trimmed() + u'…') <= titleBudget)
                low = mid;
            else
                high = mid - 1;
        }
        shownTitle = title.left(low).trimmed() + u'…';
    }
    ProjectorLabels::setFont(m_stepTitle, titleFont);
    ProjectorLabels::setText(m_stepTitle, shownTitle);
    m_stepTitle->setAccessibleDescription(title);
    m_stepTitle->setMaximumHeight(titleBudget);
    ProjectorLabels::elide(m_stepRole,
                           m_state.runningSteps.isEmpty()
                               ? QString()
                               : ProjectorWords::role(m_state.runningSteps.constFirst()),
                           leftWidth);

    // One-line texts are elided to the space they have.
    const int chipsWidth =
        (m_environment->isVisibleTo(this) ? m_environment->sizeHint().width() : 0) +
        (m_iteration->isVisibleTo(this) ? m_iteration->sizeHint().width() : 0) +
        (m_example->isVisibleTo(this) ? m_example->sizeHint().width() : 0);
    const int topRight = m_phase->sizeHint().width() + m_stepOfTotal->sizeHint().width();
    ProjectorLabels::elide(m_runbookTitle, m_state.runbookTitle,
                           contentWidth - chipsWidth - topRight -
                               6 * ProjectorLabels::scaled(14, s));
    // Titles in the cards wrap onto two lines at most.
    const int cardInner = rightWidth - 2 * ProjectorLabels::scaled(30, s);
    ProjectorLabels::wrapLines(m_next, m_state.nextStepTitle, cardInner, 2);
    ProjectorLabels::wrapLines(
        m_alsoReady, tr("Also ready: %1").arg(m_state.readyStepTitles.mid(1).join(tr(" · "))),
        cardInner, 2);
    for (int i = 0; i < m_cards.size(); ++i) {
        const AudienceState::RunningStep &step = m_state.runningSteps.at(i + 1);
        ProjectorLabels::wrapLines(
            m_cards[i].title,
            (step.rewritten ? tr("%1 · ✎ %2") : tr("%1 · %2")).arg(step.number).arg(step.title),
            cardInner, 2);
        ProjectorLabels::setText(m_cards[i].plan, step.expectedSeconds > 0
                                                      ? tr("/ %1").arg(Duration::formatClock(
                                                            step.expectedSeconds * 1000))
                                                      : QString());
        ProjectorLabels::elide(m_cards[i].role, ProjectorWords::role(step), cardInner);
        m_cards[i].role->setVisible(!step.role.isEmpty());
    }

    const int bottomWidth = contentWidth - ProjectorLabels::scaled(14, s);
    const int observationsWidth =
        (m_injectsPanel->isVisibleTo(this) ? bottomWidth * 3 / 5 : bottomWidth) -
        m_observationTimes.constFirst()->fontMetrics().horizontalAdvance(u"88:88 "_s) -
        ProjectorLabels::scaled(14, s);
    for (int i = 0; i < m_observationTexts.size(); ++i) {
        ProjectorLabels::elide(m_observationTexts[i],
                               i < m_state.observations.size() ? m_state.observations[i].text
                                                               : QString(),
                               observationsWidth);
    }
    const int injectsWidth = bottomWidth * 2 / 5 - ProjectorLabels::scaled(14, s);
    ProjectorLabels::setText(m_pinnedLines, pinnedText(injectsWidth));

    // The clocks always keep their room: the next step gives way when the column is full.
    const auto heightOf = [](QWidget *widget, int width) {
        QLayout *layout = widget->layout();
        if (!layout)
            return widget->sizeHint().height();
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                           : layout->totalSizeHint().height();
    };
    auto *content = m_content->layout();
    int centerHeight =
        height() - content->contentsMargins().top() - content->contentsMargins().bottom();
    int items = 0;
    for (QWidget *above : std::initializer_list<QWidget *>{m_progress, m_pausedBanner,
                                                           m_restoredBanner, m_divider, m_bottom}) {
        if (above->isVisibleTo(this)) {
            centerHeight -= heightOf(above, contentWidth);
            ++items;
        }
    }
    centerHeight -= qMax(m_runbookTitle->sizeHint().height(), m_stepOfTotal->sizeHint().height());
    centerHeight -= (items + 1) * content->spacing();
    m_nextCard->setVisible(m_nextWanted);
    if (m_nextWanted && heightOf(m_rightColumn, rightWidth) > centerHeight)
        m_nextCard->setVisible(false);
    const qsizetype firstInject =
        qMax<qsizetype>(0, m_state.revealedInjects.size() - m_injectLines.size());
    for (int i = 0; i < m_injectLines.size(); ++i) {
        const qsizetype index = firstInject + i;
        ProjectorLabels::wrapLines(m_injectLines[i],
                                   index < m_state.revealedInjects.size()
                                       ? u"⚡ "_s + m_state.revealedInjects[index]
                                       : QString(),
                                   injectsWidth, 2);
    }
}

// The pinned notes: each one bulleted, wrapped onto two lines at most.
QString AudienceWindow::pinnedText(int width) const
{
    QStringList lines;
    for (const QString &note : m_state.pinnedAnnotations) {
        const QString line = u"• "_s + note;
        QFontMetrics metrics(m_pinnedLines->font());
        const QRect two = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, line);
        if (two.height() <= 2 * metrics.lineSpacing() + 2) {
            lines << line;
            continue;
        }
        qsizetype low = 0, high = line.size();
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            const QString cut = line.left(mid).trimmed() + u'…';
            if (metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, cut).height() <=
                2 * metrics.lineSpacing() + 2)
                low = mid;
            else
                high = mid - 1;
        }
        lines << line.left(low).trimmed() + u'…';
    }
    return lines.join(u'\n');
}

bool AudienceWindow::isRestoredBannerShown() const
{
    return m_restoredTimer.isActive() && m_state.rtoAchievedMs && !m_state.finished;
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
    ProjectorLabels::setText(m_drillClock,
                             Duration::formatClock(m_state.drillElapsedMs + drillSince));
    if (!m_state.runningSteps.isEmpty()) {
        const AudienceState::RunningStep &current = m_state.runningSteps.constFirst();
        ProjectorWords::showStepTime(m_stepClock, m_stepStatus, current.elapsedMs + drillSince,
                                     current.expectedSeconds);
    }
    if (m_state.rtoRemainingMs) {
        const qint64 remaining = *m_state.rtoRemainingMs - rtoSince;
        if (remaining >= 0) {
            ProjectorLabels::setText(m_rtoClock, Duration::formatCountdown(remaining));
            ProjectorLabels::setStatus(m_rtoClock, "");
        } else {
            ProjectorLabels::setText(m_rtoClock,
                                     tr("▲ +%1 over").arg(Duration::formatClock(-remaining)));
            ProjectorLabels::setStatus(m_rtoClock, "late");
        }
    }
    for (int i = 0; i < m_cards.size(); ++i) {
        const AudienceState::RunningStep &step = m_state.runningSteps.at(i + 1);
        ProjectorWords::showStepTime(m_cards[i].clock, m_cards[i].status,
                                     step.elapsedMs + drillSince, step.expectedSeconds);
        ProjectorLabels::setStatus(
            m_cards[i].frame,
            m_cards[i].status->property("status").toByteArray() == "late" ? "late" : "");
    }
}
