// A progress bar with the ghost: a thin marker where the reference run was at this moment (how
// many of the steps it had done by the same drill time), drawn over the bar's own painting.
#pragma once

#include <QProgressBar>

class GhostProgressBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit GhostProgressBar(QWidget *parent = nullptr);
    ~GhostProgressBar() override;

    // The reference's steps done, on the bar's scale; negative: no ghost. Repaints only when
    // it moves.
    void setGhostValue(int value);
    int ghostValue() const { return m_ghost; }
    // The marker's x within the bar, or -1 when none is drawn.
    int ghostX() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_ghost = -1;
};
