// The projector's clocks card: the drill's stopwatch, the RTO countdown (or the RTO achieved,
// once the service is back) and the RPO line.
#pragma once

#include "audiencestate.h"

#include <QFrame>

class QLabel;

class ProjectorClockCard : public QFrame
{
    Q_OBJECT
public:
    explicit ProjectorClockCard(QWidget *parent = nullptr);
    ~ProjectorClockCard() override;

    void showState(const AudienceState &state);
    // Only the clock labels: the time each has run on since the snapshot added.
    void updateClocks(const AudienceState &state, qint64 drillSinceMs, qint64 rtoSinceMs);
    // The ghost's line at the drill clock: ahead or behind the reference run.
    void updateGhost(const AudienceState &state, qint64 drillSinceMs);
    // Fonts from the scale; the big clocks shrink to clockWidth rather than run off the card.
    void refit(qreal scale, int clockWidth);

private:
    QLabel *m_drillCaption;
    QLabel *m_drillClock;
    QLabel *m_rtoCaption;
    QLabel *m_rtoClock;
    QLabel *m_rpoLine;
    QLabel *m_ghostLine; // "2:40 ahead of the best run"
    QLabel *m_ghostNote; // "new step — no reference", or where the reference was fastest
};
