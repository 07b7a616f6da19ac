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

int GhostProgressBar::ghostX() const
{
    if (m_ghost < 0 || maximum() <= minimum())
        return -1;
    const double share =
        double(qBound(minimum(), m_ghost, maximum()) - minimum()) / (maximum() - minimum());
    const int marker = qMax(2, height() / 3);
    return qBound(0, int(share * width()) - marker / 2, width() - marker);
}

void GhostProgressBar::paintEvent(QPaintEvent *event)
{
    QProgressBar::paintEvent(event);
    const int x = ghostX();
    if (x < 0)
        return;
    // A hollow marker in the text colour: it reads over the filled part and the empty one, and
    // by its shape, not its colour alone.
    QPainter painter(this);
    const int marker = qMax(2, height() / 3);
    const QColor text = palette().color(QPalette::WindowText);
    painter.fillRect(QRect(x, 0, marker, height()), text);
    if (marker >= 4)
        painter.fillRect(QRect(x + marker / 4, height() / 4, marker - 2 * (marker / 4),
                               height() - 2 * (height() / 4)),
                         palette().color(QPalette::Window));
}
