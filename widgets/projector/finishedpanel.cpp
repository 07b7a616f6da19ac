// The projector's page once the drill is finished (see finishedpanel.h).
#include "finishedpanel.h"

#include "duration.h"
#include "projectorlabels.h"
#include "projectortheme.h"
#include "projectorwords.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FinishedPanel::FinishedPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"finishedPage"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    m_title = ProjectorLabels::make(this, u"finishedTitle"_s);
    m_title->setText(tr("✓ Drill finished"));
    m_caption = ProjectorLabels::make(this, u"finishedCaption"_s, "caption");
    m_caption->setText(tr("TOTAL TIME"));
    m_total = ProjectorLabels::make(this, u"finishedTotal"_s);
    m_summary = ProjectorLabels::make(this, u"finishedSummary"_s, "muted");
    m_summary->setWordWrap(true);
    m_rto = ProjectorLabels::make(this, u"finishedRto"_s);
    layout->addStretch(1);
    for (QLabel *label : {m_title, m_caption, m_total, m_summary, m_rto}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    layout->addStretch(1);
}

FinishedPanel::~FinishedPanel() = default;

void FinishedPanel::showState(const AudienceState &s)
{
    ProjectorLabels::setText(m_total, Duration::formatClock(s.drillElapsedMs));
    ProjectorLabels::setText(m_summary, ProjectorWords::stepsDone(s));
    if (s.serviceNotRestored) {
        ProjectorLabels::setText(m_rto, tr("✗ Service not restored"));
        ProjectorLabels::setStatus(m_rto, "late");
    } else if (s.rtoRemainingMs) {
        const bool met = *s.rtoRemainingMs >= 0;
        ProjectorLabels::setText(
            m_rto,
            met ? tr("✓ RTO met with %1 to spare").arg(Duration::formatCountdown(*s.rtoRemainingMs))
                : tr("▲ RTO missed by %1").arg(Duration::formatClock(-*s.rtoRemainingMs)));
        ProjectorLabels::setStatus(m_rto, met ? "ontime" : "late");
    }
    m_rto->setVisible(s.serviceNotRestored || s.rtoRemainingMs.has_value());
}

void FinishedPanel::refit(qreal scale)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    layout()->setSpacing(px(14));
    ProjectorLabels::setFont(m_title, ProjectorTheme::textFont(px(96), true));
    ProjectorLabels::setFont(m_caption, ProjectorTheme::textFont(px(30), true));
    ProjectorLabels::setFont(m_total, ProjectorTheme::clockFont(px(180)));
    ProjectorLabels::setFont(m_summary, ProjectorTheme::textFont(px(40)));
    ProjectorLabels::setFont(m_rto, ProjectorTheme::textFont(px(40), true));
}
