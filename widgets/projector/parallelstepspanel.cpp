// The projector's steps running beside the current one (see parallelstepspanel.h).
#include "parallelstepspanel.h"

#include "duration.h"
#include "projectorlabels.h"
#include "projectortheme.h"
#include "projectorwords.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ParallelStepsPanel::ParallelStepsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(layout);
    m_caption = ProjectorLabels::make(this, u"alsoCaption"_s, "caption");
    m_caption->setText(tr("ALSO RUNNING"));
    layout->addWidget(m_caption);
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(m_cardsLayout);
    layout->addLayout(m_cardsLayout);
    m_moreRunning = ProjectorLabels::make(this, u"moreRunning"_s, "muted");
    layout->addWidget(m_moreRunning);
}

ParallelStepsPanel::~ParallelStepsPanel() = default;

ParallelStepsPanel::StepCard ParallelStepsPanel::makeCard(int index)
{
    StepCard card;
    card.frame = new QFrame(this);
    card.frame->setProperty("role", QByteArray("card"));
    auto *layout = new QVBoxLayout(card.frame);
    card.title = new QLabel(card.frame);
    card.title->setObjectName(u"cardTitle%1"_s.arg(index));
    card.title->setTextFormat(Qt::PlainText);
    card.title->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    card.clock = new QLabel(card.frame);
    card.clock->setObjectName(u"cardClock%1"_s.arg(index));
    card.plan = new QLabel(card.frame);
    card.plan->setObjectName(u"cardPlan%1"_s.arg(index));
    card.plan->setProperty("role", QByteArray("muted"));
    card.status = new QLabel(card.frame);
    card.status->setObjectName(u"cardStatus%1"_s.arg(index));
    row->addWidget(card.clock, 0, Qt::AlignBaseline);
    row->addWidget(card.plan, 0, Qt::AlignBaseline);
    row->addStretch(1);
    row->addWidget(card.status, 0, Qt::AlignBaseline);
    card.role = new QLabel(card.frame);
    card.role->setObjectName(u"cardRole%1"_s.arg(index));
    card.role->setTextFormat(Qt::PlainText);
    card.role->setProperty("role", QByteArray("muted"));
    layout->addWidget(card.title);
    layout->addLayout(row); // itemAt(1): refit() spaces it
    layout->addWidget(card.role);
    return card;
}

void ParallelStepsPanel::showState(const AudienceState &state)
{
    // Shown (or hidden) before its cards are made: a card made while the window is up is shown
    // as any widget added to a visible one is, by the layout after this pass.
    const qsizetype extra = state.runningSteps.size() - 1;
    setVisible(extra > 0); // none: nothing of it shows, and it takes no room in the column
    const int wanted =
        int(qMin<qsizetype>(maxCards, qMax<qsizetype>(0, state.runningSteps.size() - 1)));
    while (m_cards.size() > wanted) {
        StepCard card = m_cards.takeLast();
        delete card.frame;
    }
    while (m_cards.size() < wanted) {
        StepCard card = makeCard(int(m_cards.size()));
        m_cardsLayout->addWidget(card.frame);
        m_cards.append(card);
    }
    m_caption->setVisible(extra > 0);
    m_moreRunning->setVisible(extra > maxCards);
    ProjectorLabels::setText(m_moreRunning,
                             tr("+ %n more running", nullptr, int(extra - maxCards)));
}

void ParallelStepsPanel::updateClocks(const AudienceState &state, qint64 sinceSnapshotMs)
{
    for (int i = 0; i < m_cards.size(); ++i) {
        const AudienceState::RunningStep &step = state.runningSteps.at(i + 1);
        ProjectorWords::showStepTime(m_cards[i].clock, m_cards[i].status,
                                     step.elapsedMs + sinceSnapshotMs, step.expectedSeconds);
        ProjectorLabels::setStatus(
            m_cards[i].frame,
            m_cards[i].status->property("status").toByteArray() == "late" ? "late" : "");
    }
}

void ParallelStepsPanel::refit(const AudienceState &state, qreal scale, int cardInnerWidth)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    const auto text = [&px](qreal pixels, bool bold = false) {
        return ProjectorTheme::textFont(px(pixels), bold);
    };
    for (QLayout *layout : std::as_const(m_scaledLayouts))
        layout->setSpacing(px(14));
    ProjectorLabels::setFont(m_caption, text(26, true));
    ProjectorLabels::setFont(m_moreRunning, text(28));
    for (const StepCard &card : std::as_const(m_cards)) {
        card.frame->layout()->setContentsMargins(px(22), px(12), px(22), px(14));
        card.frame->layout()->setSpacing(px(2));
        static_cast<QBoxLayout *>(card.frame->layout())->itemAt(1)->layout()->setSpacing(px(14));
        ProjectorLabels::setFont(card.title, text(28, true));
        ProjectorLabels::setFont(card.clock, ProjectorTheme::clockFont(px(40)));
        ProjectorLabels::setFont(card.plan, text(28));
        ProjectorLabels::setFont(card.role, text(26));
        ProjectorLabels::setFont(card.status, text(28, true));
        ProjectorLabels::reserveWidestReading(card.clock);
        ProjectorLabels::reserveWidestReading(card.status);
    }
    // Titles in the cards wrap onto two lines at most.
    for (int i = 0; i < m_cards.size(); ++i) {
        const AudienceState::RunningStep &step = state.runningSteps.at(i + 1);
        ProjectorLabels::wrapLines(
            m_cards[i].title,
            (step.rewritten ? tr("%1 · ✎ %2") : tr("%1 · %2")).arg(step.number).arg(step.title) +
                (step.waiting ? tr(" · ◷ waiting") : QString()),
            cardInnerWidth, 2);
        ProjectorLabels::setText(m_cards[i].plan, step.expectedSeconds > 0
                                                      ? tr("/ %1").arg(Duration::formatClock(
                                                            step.expectedSeconds * 1000))
                                                      : QString());
        ProjectorLabels::elide(m_cards[i].role, ProjectorWords::role(step), cardInnerWidth);
        m_cards[i].role->setVisible(!step.role.isEmpty());
    }
}
