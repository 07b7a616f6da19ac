// The projector's "UP NEXT" card (see nextstepcard.h).
#include "nextstepcard.h"

#include "projectorlabels.h"
#include "projectortheme.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NextStepCard::NextStepCard(QWidget *parent) : QFrame(parent)
{
    setProperty("role", QByteArray("card"));
    auto *next = new QVBoxLayout(this);
    m_caption = ProjectorLabels::make(this, u"nextCaption"_s, "caption");
    m_caption->setText(tr("UP NEXT"));
    m_next = ProjectorLabels::make(this, u"nextStep"_s);
    m_next->setWordWrap(true);
    m_alsoReady = ProjectorLabels::make(this, u"alsoReady"_s, "muted");
    m_alsoReady->setWordWrap(true);
    next->addWidget(m_caption);
    next->addWidget(m_next);
    next->addWidget(m_alsoReady);
}

NextStepCard::~NextStepCard() = default;

void NextStepCard::showState(const AudienceState &s)
{
    m_wanted = !s.runningSteps.isEmpty() && !s.nextStepTitle.isEmpty();
    setVisible(m_wanted);
    // Ready steps are said as such: the next one starts with the next click.
    const qsizetype ready = s.readyStepTitles.size();
    ProjectorLabels::setText(m_caption, ready > 0 ? tr("UP NEXT · READY TO START") : tr("UP NEXT"));
    m_alsoReady->setVisible(ready > 1);
}

void NextStepCard::refit(const AudienceState &state, qreal scale, int innerWidth)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    layout()->setContentsMargins(px(28), px(16), px(28), px(20));
    layout()->setSpacing(px(4));
    ProjectorLabels::setFont(m_caption, ProjectorTheme::textFont(px(26), true));
    ProjectorLabels::setFont(m_next, ProjectorTheme::textFont(px(32), true));
    ProjectorLabels::setFont(m_alsoReady, ProjectorTheme::textFont(px(28)));
    ProjectorLabels::wrapLines(m_next, state.nextStepTitle, innerWidth, 2);
    ProjectorLabels::wrapLines(
        m_alsoReady, tr("Also ready: %1").arg(state.readyStepTitles.mid(1).join(tr(" · "))),
        innerWidth, 2);
}
