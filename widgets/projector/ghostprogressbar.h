// A progress bar with the ghost: a thin marker where the reference run was at this moment (how
// many of the steps it had done by the same drill time), drawn over the bar's own painting.
#pragma once

#include <QColor>
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
    // The marker's colour; invalid (the default): the palette's text colour. Outlined in
    // outline (invalid: the palette's window colour) so it reads over the bar's chunk too.
    void setGhostColours(const QColor &marker, const QColor &outline);
    // The marker's x within the bar, or -1 when none is drawn.
    int ghostX() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int markerWidth() const;

    int m_ghost = -1;
    QColor m_marker;
    QColor m_outline;
};
