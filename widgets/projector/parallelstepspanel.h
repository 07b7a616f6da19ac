// The projector's steps running beside the current one: "ALSO RUNNING", a card for each (its
// title, clock against the plan, whose step it is), "+ n more running" beyond three.
#pragma once

#include "audiencestate.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;
class QVBoxLayout;

class ParallelStepsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxCards = 3; // extra running steps shown as cards

    explicit ParallelStepsPanel(QWidget *parent = nullptr);
    ~ParallelStepsPanel() override;

    // A card for each running step after the first, up to maxCards; hidden when there is none.
    void showState(const AudienceState &state);
    // Only the cards' clocks and statuses: the time since the snapshot added.
    void updateClocks(const AudienceState &state, qint64 sinceSnapshotMs);
    // Fonts from the scale; the cards' texts fitted to their inner width.
    void refit(const AudienceState &state, qreal scale, int cardInnerWidth);

private:
    struct StepCard
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *clock = nullptr;
        QLabel *plan = nullptr;
        QLabel *status = nullptr;
        QLabel *role = nullptr; // whose step it is
    };

    StepCard makeCard(int index);

    QLabel *m_caption;
    QVBoxLayout *m_cardsLayout;
    QList<StepCard> m_cards;
    QLabel *m_moreRunning;
    QList<QLayout *> m_scaledLayouts; // their spacing follows the scale
};
