// The projector's top rows: title, chips, phase, step of total, progress (see projectorheader.h).
#include "projectorheader.h"

#include "ghostprogressbar.h"
#include "projectorlabels.h"
#include "projectortheme.h"
#include "projectorwords.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectorHeader::ProjectorHeader(QWidget *parent) : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_titleRow = bar;
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
    rows->addLayout(bar);

    m_progress = new GhostProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Steps done"));
    rows->addWidget(m_progress);
}

ProjectorHeader::~ProjectorHeader() = default;

void ProjectorHeader::showState(const AudienceState &s)
{
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
    updateGhost(s, 0);
}

void ProjectorHeader::updateGhost(const AudienceState &s, qint64 drillSinceMs)
{
    if (!s.ghost.isValid() || s.finished) {
        m_progress->setGhostValue(-1);
        return;
    }
    const GhostPace::Reading r = s.ghost.at(s.drillElapsedMs + drillSinceMs);
    m_progress->setGhostValue(r.deltaMs ? r.ghostSteps : -1);
}

void ProjectorHeader::refit(const AudienceState &state, qreal scale, int width, int rowSpacing)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    layout()->setSpacing(rowSpacing);
    m_titleRow->setSpacing(px(14));
    ProjectorLabels::setFont(m_runbookTitle, ProjectorTheme::textFont(px(34), true));
    for (QLabel *chip : {m_environment, m_iteration, m_example})
        ProjectorLabels::setFont(chip, ProjectorTheme::textFont(px(26), true));
    ProjectorLabels::setFont(m_phase, ProjectorTheme::textFont(px(30)));
    ProjectorLabels::setFont(m_stepOfTotal, ProjectorTheme::textFont(px(34), true));
    m_progress->setFixedHeight(px(12));

    // The title is elided to the width the chips and the step count leave it.
    const int chipsWidth =
        (m_environment->isVisibleTo(this) ? m_environment->sizeHint().width() : 0) +
        (m_iteration->isVisibleTo(this) ? m_iteration->sizeHint().width() : 0) +
        (m_example->isVisibleTo(this) ? m_example->sizeHint().width() : 0);
    const int topRight = m_phase->sizeHint().width() + m_stepOfTotal->sizeHint().width();
    ProjectorLabels::elide(m_runbookTitle, state.runbookTitle,
                           width - chipsWidth - topRight - 6 * px(14));
}

int ProjectorHeader::reckonedHeight() const
{
    // The title row by its tallest text, and the progress bar by its size hint: as the window
    // has always reckoned them.
    return qMax(m_runbookTitle->sizeHint().height(), m_stepOfTotal->sizeHint().height()) +
           layout()->spacing() + m_progress->sizeHint().height();
}
