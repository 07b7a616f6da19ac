// The projector's latest observations at the bottom: the time and the text of each, one line.
#pragma once

#include "audiencestate.h"

#include <QList>
#include <QWidget>

class QLabel;

class LatestObservationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LatestObservationsPanel(QWidget *parent = nullptr);
    ~LatestObservationsPanel() override;

    void showState(const AudienceState &state);
    // Fonts from the scale; each text elided to what the time leaves of the width.
    void refit(const AudienceState &state, qreal scale, int width);

private:
    QLabel *m_caption;
    QList<QLabel *> m_times;
    QList<QLabel *> m_texts;
};
