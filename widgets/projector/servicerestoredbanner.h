// The projector's "Service restored" banner: up for a while from the moment the service comes
// back in a live drill, green when the RTO was met, red when missed.
#pragma once

#include "audiencestate.h"

#include <QLabel>
#include <QTimer>

class ServiceRestoredBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ServiceRestoredBanner(QWidget *parent = nullptr);
    ~ServiceRestoredBanner() override;

    // Every state the window is given, shown or not: the one that first has the service
    // restored (after an earlier one) starts the banner's time.
    void noteState(const AudienceState &state);
    // The banner's text and colour, and whether it is up.
    void showState(const AudienceState &state);
    bool isDue() const;

Q_SIGNALS:
    // The banner's time is over: the window shows the state again without it.
    void timeUp();

private:
    QTimer m_timer;          // runs while the banner is up
    bool m_hasState = false; // a state was noted before: a change to it is a moment
    bool m_restored = false; // the last state noted had the service restored
    bool m_live = false;     // the last state noted was of a drill not yet finished
};
