// The projector's clocks card: drill time, RTO, RPO (see projectorclockcard.h).
#include "projectorclockcard.h"

#include "duration.h"
#include "objectivetexts.h"
#include "projectorlabels.h"
#include "projectortheme.h"

#include <QFontMetrics>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectorClockCard::ProjectorClockCard(QWidget *parent) : QFrame(parent)
{
    setProperty("role", QByteArray("card"));
    auto *drill = new QVBoxLayout(this);
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
    m_ghostLine = ProjectorLabels::make(this, u"ghostLine"_s);
    m_ghostLine->setWordWrap(true);
    m_ghostLine->setAccessibleName(tr("Against the reference run"));
    drill->addWidget(m_ghostLine);
    m_ghostNote = ProjectorLabels::make(this, u"ghostNote"_s, "muted");
    m_ghostNote->setWordWrap(true);
    drill->addWidget(m_ghostNote);
}

ProjectorClockCard::~ProjectorClockCard() = default;

void ProjectorClockCard::showState(const AudienceState &s)
{
    // Stopped clocks are dimmed as well as bannered: a glance tells they are not moving. The
    // RTO countdown goes on in a pause.
    ProjectorLabels::setFlag(m_drillClock, "frozen", s.paused);
    ProjectorLabels::setFlag(m_rtoClock, "frozen", s.paused && !s.rtoRunning);

    // Once the service is restored the countdown gives way to the achieved RTO, kept on screen.
    const bool missed = s.rtoStatus == RtoStatus::Missed;
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
    // The ghost: the step shown large without a reference says so rather than give a figure.
    const bool ghost = s.ghost.isValid() && !s.finished;
    const QString note =
        s.ghost.currentStepText().isEmpty() ? s.ghost.fastestText() : s.ghost.currentStepText();
    ProjectorLabels::setText(m_ghostNote, ghost ? note : QString());
    m_ghostNote->setVisible(ghost && !note.isEmpty());
    m_ghostLine->setVisible(ghost);
}

void ProjectorClockCard::updateClocks(const AudienceState &state, qint64 drillSinceMs,
                                      qint64 rtoSinceMs)
{
    ProjectorLabels::setText(m_drillClock,
                             Duration::formatClock(state.drillElapsedMs + drillSinceMs));
    if (state.rtoRemainingMs) {
        const qint64 remaining = *state.rtoRemainingMs - rtoSinceMs;
        if (remaining >= 0) {
            ProjectorLabels::setText(m_rtoClock, Duration::formatCountdown(remaining));
            ProjectorLabels::setStatus(m_rtoClock, "");
        } else {
            ProjectorLabels::setText(m_rtoClock,
                                     tr("▲ +%1 over").arg(Duration::formatClock(-remaining)));
            ProjectorLabels::setStatus(m_rtoClock, "late");
        }
    }
    updateGhost(state, drillSinceMs);
}

void ProjectorClockCard::updateGhost(const AudienceState &state, qint64 drillSinceMs)
{
    if (!state.ghost.isValid() || state.finished)
        return;
    const qint64 elapsed = state.drillElapsedMs + drillSinceMs;
    const GhostPace::Reading r = state.ghost.at(elapsed);
    ProjectorLabels::setText(m_ghostLine, state.ghost.paceText(elapsed));
    // Ahead or behind by shape and word, not colour alone: ▼ ahead, ▲ behind.
    ProjectorLabels::setStatus(m_ghostLine, !r.deltaMs || (*r.deltaMs > -1000 && *r.deltaMs < 1000)
                                                ? ""
                                            : *r.deltaMs < 0 ? "ontime"
                                                             : "late");
}

void ProjectorClockCard::refit(qreal scale, int clockWidth)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    layout()->setContentsMargins(px(28), px(18), px(28), px(22));
    layout()->setSpacing(px(2));
    ProjectorLabels::setFont(m_drillCaption, ProjectorTheme::textFont(px(26), true));
    ProjectorLabels::setFont(m_rtoCaption, ProjectorTheme::textFont(px(26), true));
    ProjectorLabels::setFont(m_rpoLine, ProjectorTheme::textFont(px(28), true));
    ProjectorLabels::setFont(m_ghostLine, ProjectorTheme::textFont(px(30), true));
    ProjectorLabels::setFont(m_ghostNote, ProjectorTheme::textFont(px(24)));

    // The big clocks shrink to the card on a narrow (4:3) screen rather than run off it.
    const auto fitClock = [&](QLabel *label, qreal pixels) {
        QString widest = ProjectorLabels::widestReading(label);
        if (widest.size() < 7)
            widest = u"8:88:88"_s; // room for up to 9 hours without a refit
        int size = px(pixels);
        while (size > 8 &&
               QFontMetrics(ProjectorTheme::clockFont(size)).horizontalAdvance(widest) > clockWidth)
            size -= qMax(1, size / 24);
        ProjectorLabels::setFont(label, ProjectorTheme::clockFont(size));
    };
    fitClock(m_drillClock, 124);
    fitClock(m_rtoClock, 60);
    // Clocks reserve the width of their reading with every digit an 8, so a new second never
    // moves a neighbour; only a new hour digit may, once.
    ProjectorLabels::reserveWidestReading(m_drillClock);
    ProjectorLabels::reserveWidestReading(m_rtoClock);
}
