// The projector's "UP NEXT" card: the step that follows the current one and the others ready to
// start; it gives way when the column has no room for it.
#pragma once

#include "audiencestate.h"

#include <QFrame>

class QLabel;

class NextStepCard : public QFrame
{
    Q_OBJECT
public:
    explicit NextStepCard(QWidget *parent = nullptr);
    ~NextStepCard() override;

    void showState(const AudienceState &state);
    // Whether the state has a next step to show beside a running one; the window hides the card
    // when the column is full.
    bool isWanted() const { return m_wanted; }
    // Fonts from the scale; the titles wrap onto two lines of the inner width at most.
    void refit(const AudienceState &state, qreal scale, int innerWidth);

private:
    QLabel *m_caption;
    QLabel *m_next;
    QLabel *m_alsoReady; // the other steps ready to start
    bool m_wanted = false;
};
