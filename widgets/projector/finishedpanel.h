// The projector's page once the drill is finished: the total time, the steps done and how the
// recovery time objective went.
#pragma once

#include "audiencestate.h"

#include <QWidget>

class QLabel;

class FinishedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FinishedPanel(QWidget *parent = nullptr);
    ~FinishedPanel() override;

    void showState(const AudienceState &state);
    // Fonts and spacing from the scale.
    void refit(qreal scale);

private:
    QLabel *m_title;
    QLabel *m_caption;
    QLabel *m_total;
    QLabel *m_summary;
    QLabel *m_rto;
};
