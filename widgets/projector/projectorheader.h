// The projector's top rows: the runbook's title, the environment, drill and example-data chips,
// the phase, "Step 7 of 18" and the progress bar.
#pragma once

#include "audiencestate.h"

#include <QWidget>

class GhostProgressBar;
class QLabel;

class ProjectorHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectorHeader(QWidget *parent = nullptr);
    ~ProjectorHeader() override;

    void showState(const AudienceState &state);
    // The ghost's marker on the progress bar at the drill clock (state's plus drillSinceMs).
    void updateGhost(const AudienceState &state, qint64 drillSinceMs);
    GhostProgressBar *progressBar() const { return m_progress; }
    // Fonts from the scale; the title elided to what the chips leave of width; rowSpacing
    // between the title row and the progress bar.
    void refit(const AudienceState &state, qreal scale, int width, int rowSpacing);
    // The height the window reckons these rows take when it fits the page below them.
    int reckonedHeight() const;

private:
    QLabel *m_runbookTitle;
    QLabel *m_environment;
    QLabel *m_iteration;
    QLabel *m_example;
    QLabel *m_phase;
    QLabel *m_stepOfTotal;
    GhostProgressBar *m_progress;
    QLayout *m_titleRow;
};
