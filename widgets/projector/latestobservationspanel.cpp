// The projector's latest observations (see latestobservationspanel.h).
#include "latestobservationspanel.h"

#include "audiencewindow.h"
#include "projectorlabels.h"
#include "projectortheme.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

LatestObservationsPanel::LatestObservationsPanel(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_caption = ProjectorLabels::make(this, u"observationsCaption"_s, "caption");
    m_caption->setText(tr("LATEST OBSERVATIONS"));
    grid->addWidget(m_caption, 0, 0, 1, 2);
    for (int i = 0; i < AudienceState::maxObservations; ++i) {
        QLabel *time = ProjectorLabels::make(this, u"observationTime%1"_s.arg(i), "muted");
        QLabel *text = ProjectorLabels::make(this, u"observationText%1"_s.arg(i));
        grid->addWidget(time, i + 1, 0, Qt::AlignLeft | Qt::AlignBaseline);
        grid->addWidget(text, i + 1, 1, Qt::AlignBaseline);
        m_times.append(time);
        m_texts.append(text);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(AudienceState::maxObservations + 1, 1);
}

LatestObservationsPanel::~LatestObservationsPanel() = default;

void LatestObservationsPanel::showState(const AudienceState &s)
{
    for (int i = 0; i < m_times.size(); ++i) {
        const bool shown = i < s.observations.size();
        ProjectorLabels::setText(m_times[i], shown ? s.observations[i].time : QString());
        m_times[i]->setVisible(shown);
        m_texts[i]->setVisible(shown);
    }
    m_caption->setVisible(!s.observations.isEmpty());
}

void LatestObservationsPanel::refit(const AudienceState &state, qreal scale, int width)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    layout()->setSpacing(px(14));
    ProjectorLabels::setFont(m_caption, ProjectorTheme::textFont(px(24), true));
    QFont timeFont = ProjectorTheme::clockFont(px(28));
    timeFont.setBold(false);
    for (QLabel *label : std::as_const(m_times))
        ProjectorLabels::setFont(label, timeFont);
    for (QLabel *label : std::as_const(m_texts))
        ProjectorLabels::setFont(label, ProjectorTheme::textFont(px(AudienceWindow::smallPixels)));

    const int textWidth =
        width - m_times.constFirst()->fontMetrics().horizontalAdvance(u"88:88 "_s) - px(14);
    for (int i = 0; i < m_texts.size(); ++i) {
        ProjectorLabels::elide(
            m_texts[i], i < state.observations.size() ? state.observations[i].text : QString(),
            textWidth);
    }
}
