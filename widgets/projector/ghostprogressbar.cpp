#include "ghostprogressbar.h"

#include <QPainter>

GhostProgressBar::GhostProgressBar(QWidget *parent) : QProgressBar(parent) {}

GhostProgressBar::~GhostProgressBar() = default;

void GhostProgressBar::setGhostValue(int value)
{
    if (value == m_ghost)
        return;
    m_ghost = value;
    update();
}

void GhostProgressBar::setGhostColours(const QColor &marker, const QColor &outline)
{
    m_marker = marker;
    m_outline = outline;
    update();
}

int GhostProgressBar::markerWidth() const
{
    return qMax(6, height());
}

int GhostProgressBar::ghostX() const
{
    if (m_ghost < 0 || maximum() <= minimum())
        return -1;
    const double share =
        double(qBound(minimum(), m_ghost, maximum()) - minimum()) / (maximum() - minimum());
    const int marker = markerWidth();
    return qBound(0, int(share * width()) - marker / 2, width() - marker);
}

void GhostProgressBar::paintEvent(QPaintEvent *event)
{
    QProgressBar::paintEvent(event);
    const int x = ghostX();
    if (x < 0)
        return;
    // A solid bar across the bar's height, outlined so it reads over the filled part and the
    // empty one alike; a shape of its own, not a colour.
    QPainter painter(this);
    const int marker = markerWidth();
    const QColor outline = m_outline.isValid() ? m_outline : palette().color(QPalette::Window);
    const QColor fill = m_marker.isValid() ? m_marker : palette().color(QPalette::WindowText);
    painter.fillRect(QRect(x, 0, marker, height()), outline);
    const int edge = qMax(1, marker / 6);
    painter.fillRect(QRect(x + edge, 0, marker - 2 * edge, height()), fill);
}
