#include "timelinemarkersitem.h"

#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

TimelineMarkersItem::TimelineMarkersItem(QChart *chart, const QValueAxis *axis,
                                         const QList<QPen> &pens, const QList<Line> &lines)
    : QGraphicsObject(chart), m_chart(chart), m_axis(axis), m_pens(pens), m_lines(lines),
      m_plot(chart->plotArea())
{
    // Over the series (the bars), under the legend, as the series that drew them before.
    setZValue(chart->legend()->zValue() - 0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    auto relayout = [this] {
        prepareGeometryChange();
        m_plot = m_chart->plotArea();
        update();
    };
    connect(chart, &QChart::plotAreaChanged, this, relayout);
    connect(axis, &QValueAxis::rangeChanged, this, relayout);
}

TimelineMarkersItem::~TimelineMarkersItem() = default;

// One pen's line across the plot, drawn `phase` sixteenths of a pixel right of a pixel's edge,
// as it lands on a device the item is moved deviceDy pixels down on.
const QImage &TimelineMarkersItem::stamp(int pen, int phase, qreal deviceDy)
{
    const QRectF geometry(m_plot.left(), m_plot.top() + deviceDy, m_plot.width(), m_plot.height());
    if (geometry != m_stampGeometry) {
        m_stamps.clear();
        m_stampGeometry = geometry;
    }
    const int key = pen * phases + phase;
    auto it = m_stamps.find(key);
    if (it != m_stamps.end())
        return *it;
    const qreal deviceTop = m_plot.top() + deviceDy;
    const qreal deviceBottom = m_plot.bottom() + deviceDy;
    const qreal first = std::floor(deviceTop);
    QImage image(2 * stampPad + 1, int(std::ceil(deviceBottom - first)) + 1,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(m_pens.value(pen));
    const qreal x = stampPad + qreal(phase) / phases;
    painter.drawLine(QPointF(x, deviceBottom - first), QPointF(x, deviceTop - first));
    painter.end();
    return *m_stamps.insert(key, image);
}

QRectF TimelineMarkersItem::boundingRect() const
{
    qreal width = 0;
    for (const QPen &pen : m_pens)
        width = std::max(width, pen.widthF());
    return m_plot.adjusted(-width, -width, width, width);
}

void TimelineMarkersItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double span = m_axis->max() - m_axis->min();
    if (m_lines.isEmpty() || m_pens.isEmpty() || m_plot.isEmpty() || span <= 0)
        return;
    // Clipped as Qt Charts clips a line series: to the plot area, widened by the fraction of a
    // pixel that keeps a line on the plot's edge whole.
    QRectF clip = m_plot;
    const qreal x1 = m_plot.x() - int(m_plot.x());
    const qreal y1 = m_plot.y() - int(m_plot.y());
    const qreal x2 = (m_plot.width() + 0.5) - int(m_plot.width() + 0.5);
    const qreal y2 = (m_plot.height() + 0.5) - int(m_plot.height() + 0.5);
    clip.adjust(-x1, -y1, std::max(x1, x2), std::max(y1, y2));
    painter->save();
    painter->setClipRect(clip);
    const double scale = m_plot.width() / span;
    // Thousands of dashed lines are stroked dash by dash: on a raster device (an image, the
    // screen) each pen's line is drawn once per sixteenth of a pixel and copied where it goes,
    // which composes the same pixels. An SVG, a scaled painter and a few lines: drawn as lines.
    const QTransform device = painter->deviceTransform();
    const bool copies = m_lines.size() > manyLines && painter->paintEngine() &&
                        painter->paintEngine()->type() == QPaintEngine::Raster &&
                        device.type() <= QTransform::TxTranslate;
    if (copies) {
        const QPointF offset(device.dx(), device.dy());
        painter->resetTransform(); // device pixels; the clip stays where it was set
        for (const Line &line : std::as_const(m_lines)) {
            const qreal x = m_plot.left() + (line.minute - m_axis->min()) * scale;
            if (x < clip.left() - 4 || x > clip.right() + 4)
                continue;
            const qreal at = x + offset.x();
            const qreal whole = std::floor(at);
            int phase = qRound((at - whole) * phases);
            const int column = int(whole) + phase / phases;
            phase %= phases;
            const QImage &image = stamp(line.pen, phase, offset.y());
            painter->drawImage(QPointF(column - stampPad, std::floor(m_plot.top() + offset.y())),
                               image);
        }
        painter->restore();
        return;
    }
    int current = -1;
    for (const Line &line : std::as_const(m_lines)) {
        const qreal x = m_plot.left() + (line.minute - m_axis->min()) * scale;
        if (x < clip.left() - 4 || x > clip.right() + 4)
            continue;
        if (line.pen != current) {
            current = line.pen;
            painter->setPen(m_pens.value(current));
        }
        // From the bottom up, as the series drew them: dashes start at the foot.
        painter->drawLine(QPointF(x, m_plot.bottom()), QPointF(x, m_plot.top()));
    }
    painter->restore();
}
