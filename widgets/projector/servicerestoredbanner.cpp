// The projector's "Service restored" banner (see servicerestoredbanner.h).
#include "servicerestoredbanner.h"

#include "audiencewindow.h"
#include "objectivetexts.h"
#include "projectorlabels.h"

using namespace Qt::StringLiterals;

ServiceRestoredBanner::ServiceRestoredBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"restoredBanner"_s);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_StyledBackground);
    hide();
    m_timer.setSingleShot(true);
    m_timer.setInterval(AudienceWindow::restoredBannerMs);
    connect(&m_timer, &QTimer::timeout, this, &ServiceRestoredBanner::timeUp);
}

ServiceRestoredBanner::~ServiceRestoredBanner() = default;

void ServiceRestoredBanner::noteState(const AudienceState &state)
{
    // The service just came back in a live drill: the room gets a banner for a while.
    if (m_hasState && state.rtoAchievedMs && !m_restored && !state.finished)
        m_timer.start();
    if (state.finished || !state.rtoAchievedMs)
        m_timer.stop();
    m_hasState = true;
    m_restored = state.rtoAchievedMs.has_value();
    m_live = !state.finished;
}

void ServiceRestoredBanner::showState(const AudienceState &s)
{
    if (s.rtoAchievedMs) {
        const bool missed = s.rtoStatus == RtoStatus::Missed;
        ProjectorLabels::setText(this, (missed ? u"▲  "_s : u"✓  "_s) +
                                           ObjectiveTexts::serviceRestored(
                                               *s.rtoAchievedMs, s.rtoTargetMs, s.rtoStatus));
        ProjectorLabels::setFlag(this, "missed", missed);
    }
    setVisible(isDue());
}

bool ServiceRestoredBanner::isDue() const
{
    return m_timer.isActive() && m_restored && m_live;
}
