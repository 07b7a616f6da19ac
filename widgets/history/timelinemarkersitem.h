// Draws the timeline chart's markers (pauses, injects, observations, service restored) as
// vertical lines across its plot area, all of them in one item: a chart series per marker made
// a drill of thousands of observations take minutes, and one series per kind strokes its dashes
// as one path whose cost grows faster than the markers.
#pragma once

#include <QGraphicsObject>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPen>

class QChart;
class QValueAxis;

class TimelineMarkersItem : public QGraphicsObject
{
    Q_OBJECT
public:
    struct Line
    {
        double minute = 0; // on the axis the item is given
        int pen = 0;       // index into the pens
    };

    // A child of chart; lines across the plot area at their minute on the axis, drawn in the
    // order given (a later line over an earlier one), each with pens[line.pen].
    TimelineMarkersItem(QChart *chart, const QValueAxis *axis, const QList<QPen> &pens,
                        const QList<Line> &lines);
    ~TimelineMarkersItem() override;

    const QList<Line> &lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static constexpr qsizetype manyLines = 256; // from here on, lines are copied (see paint)
    static constexpr int phases = 16;           // positions per pixel a copy is drawn for
    static constexpr int stampPad = 4;          // pixels beside the line in a copy
    const QImage &stamp(int pen, int phase, qreal deviceDy);

    QChart *m_chart;
    const QValueAxis *m_axis;
    QList<QPen> m_pens;
    QList<Line> m_lines;
    QRectF m_plot;               // the chart's plot area when last laid out
    QHash<int, QImage> m_stamps; // pen * phases + phase -> its line, drawn once
    QRectF m_stampGeometry;      // the plot the copies were drawn for
};
