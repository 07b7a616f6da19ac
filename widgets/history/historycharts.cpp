#include "historycharts.h"

#include "automationsharemodel.h"
#include "drillmetrics.h"
#include "phasebreakdownmodel.h"
#include "runselection.h"
#include "stepcomparisonmodel.h"
#include "timelinemarkersitem.h"
#include "timelinemodel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPercentBarSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QVBarModelMapper>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCharts)
};

QChart *newChart(const QString &title, const HistoryCharts::Options &options)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(options.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

// A y axis in minutes from zero to a little above the highest value, with round ticks.
QValueAxis *minutesAxis(double maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(1.0, maximum * 1.12));
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%.0f"_s);
    return axis;
}

QValueAxis *iterationAxis(int lastIteration)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(Text::tr("Iteration"));
    axis->setRange(0.5, double(std::max(lastIteration, 1)) + 0.5);
    // Whole iterations, at most about a dozen labels: 1, 2, 5, 10, 20, 50... apart.
    int step = 1;
    for (int decade = 1; lastIteration / step > 12; decade *= 10)
        for (const int m : {1, 2, 5})
            if (lastIteration / step > 12)
                step = m * decade;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(step == 1 ? 1 : 0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

int lastIteration(const TrendModel *model)
{
    int last = 1;
    for (int row = 0; row < model->rowCount(); ++row)
        last = std::max(last, model->data(model->index(row, TrendModel::IterationColumn)).toInt());
    return last;
}

// Where a row sits on the x axis: its iteration, or (byDate) its start.
double xOf(const TrendModel *model, int row, bool byDate)
{
    return byDate ? model->data(model->index(row, 0), TrendModel::StartedMsRole).toDouble()
                  : model->data(model->index(row, TrendModel::IterationColumn)).toDouble();
}

// An "×" for the drills that have no RTO because the service was never restored.
QImage crossMarker(int size, const QColor &colour)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, size / 6.0, Qt::SolidLine, Qt::RoundCap));
    const double inset = size / 5.0;
    painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset));
    painter.drawLine(QPointF(inset, size - inset), QPointF(size - inset, inset));
    return image;
}

// Finished drills that never restored the service have no RTO: an × on the target line (at the
// top of the chart without a target) with its own legend entry, never a point of a line.
void addNotRestored(QChart *chart, TrendModel *model, QAbstractAxis *x, QValueAxis *y,
                    double targetValue, const HistoryCharts::Options &options)
{
    const double level = targetValue > 0 ? targetValue : y->max();
    QList<QPointF> points;
    for (int row = 0; row < model->rowCount(); ++row)
        if (RtoStatus(model->data(model->index(row, 0), TrendModel::RtoStatusRole).toInt()) ==
            RtoStatus::NotRestored)
            points.append({xOf(model, row, options.byDate), level});
    if (points.isEmpty())
        return;
    constexpr int markerSize = 18;
    auto *marks = new QScatterSeries;
    marks->setName(Text::tr("not restored (no RTO)"));
    marks->setMarkerSize(markerSize);
    marks->setLightMarker(crossMarker(markerSize, QColor(0xc0, 0x39, 0x2b)));
    marks->setPointLabelsVisible(
        true); // said at the mark too: an × alone could read as "on target"
    marks->setPointLabelsFormat(Text::tr("not restored"));
    marks->setPointLabelsClipping(false);
    marks->replace(points);
    chart->addSeries(marks);
    marks->attachAxis(x);
    marks->attachAxis(y);
    for (QLegendMarker *marker : chart->legend()->markers(marks))
        marker->setShape(QLegend::MarkerShapeFromSeries);
    if (options.drillClicked)
        QObject::connect(
            marks, &QXYSeries::clicked, marks,
            [model, byDate = options.byDate, callback = options.drillClicked](QPointF p) {
                const int row = model->notRestoredRowNear(p.x(), byDate);
                if (row >= 0)
                    callback(model->drillIdAt(row));
            });
}

double firstValue(const TrendModel *model, TrendModel::Column column)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QVariant v = model->data(model->index(row, column));
        if (v.isValid())
            return v.toDouble();
    }
    return 0;
}

// The drills of one environment (of one run kind, when given) as a line with a point per drill
// that has the value, clickable. Hand-run drills (or all, without a kind): a thick line with
// filled, labelled points. Automated runs: a thin dashed line and hollow points, a scatter
// series of its own that the legend shows. colour: the environment's, invalid for the theme's
// next. Returns the colour used.
QColor addRuns(QChart *chart, TrendModel *model, TrendModel::Column value,
               const QString &environment, std::optional<Drill::RunKind> kind, QColor colour,
               std::pair<QAbstractAxis *, QAbstractAxis *> axes,
               const HistoryCharts::Options &options)
{
    const bool automated = kind == Drill::RunKind::Automated;
    auto *series = new QLineSeries;
    series->setName(kind ? Text::tr("%1 — %2").arg(environment, RunSelection::label(*kind))
                         : environment);
    series->setPointsVisible(!automated);
    series->setPointLabelsVisible(!automated); // a month of nightly runs: labels would cover it
    series->setPointLabelsFormat(u"@yPoint"_s);
    series->setPointLabelsClipping(false);
    const auto [first, count] = model->rowsOf(environment);
    // The rows read one by one, not through a QVXYModelMapper: a drill without the value (no RTO
    // because the service was not restored, no RPO entered) is no point of the line, where a
    // mapper would put it at zero.
    QList<QPointF> points;
    points.reserve(count);
    for (int row = first; row < first + count; ++row) {
        const QModelIndex index = model->index(row, value);
        if (kind && Drill::RunKind(index.data(TrendModel::RunKindRole).toInt()) != *kind)
            continue;
        const QVariant v = index.data();
        if (v.isValid())
            points.append({xOf(model, row, options.byDate), v.toDouble()});
    }
    if (automated && points.isEmpty()) { // automated runs record no RPO, say: no empty entry
        delete series;
        return colour;
    }
    series->replace(points);
    chart->addSeries(series);
    series->attachAxis(axes.first);
    series->attachAxis(axes.second);
    if (colour.isValid())
        series->setColor(colour);
    QPen pen = series->pen(); // the theme's colour, thicker
    pen.setWidthF(automated ? 1.5 : 3);
    if (automated)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    QList<QXYSeries *> clickable = {series};
    if (automated) {
        // Hollow points: the automated runs stand apart from the drills people ran, also in
        // black and white; the legend shows this series, not the line.
        auto *hollow = new QScatterSeries;
        hollow->setName(series->name());
        hollow->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        hollow->setMarkerSize(11);
        hollow->setBrush(Qt::transparent);
        hollow->setPen(QPen(pen.color(), 2));
        hollow->replace(points);
        chart->addSeries(hollow);
        hollow->attachAxis(axes.first);
        hollow->attachAxis(axes.second);
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
        for (QLegendMarker *marker : chart->legend()->markers(hollow))
            marker->setShape(QLegend::MarkerShapeFromSeries); // a hollow circle, not a square
        clickable.append(hollow);
    }
    if (options.drillClicked)
        for (QXYSeries *each : std::as_const(clickable))
            QObject::connect(each, &QXYSeries::clicked, each,
                             [model, environment, kind, byDate = options.byDate,
                              callback = options.drillClicked](QPointF p) {
                                 const int row = byDate
                                                     ? model->rowNearDate(environment, p.x(), kind)
                                                     : model->rowNear(environment, p.x(), kind);
                                 if (row >= 0)
                                     callback(model->drillIdAt(row));
                             });
    return pen.color();
}

// One line per environment over the model's rows, a dashed target line, clickable points.
QChart *lineChart(TrendModel *model, TrendModel::Column value, TrendModel::Column target,
                  const QString &title, const QString &targetName, const QString &yTitle,
                  const HistoryCharts::Options &options)
{
    QChart *chart = newChart(title, options);
    const int last = lastIteration(model);
    // The x axis: iterations, or dates (a margin either side).
    QAbstractAxis *x = nullptr;
    double xFirst = 0.5;
    double xLast = double(last) + 0.5;
    if (options.byDate) {
        qint64 earliest = 0;
        qint64 latest = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 ms =
                model->data(model->index(row, 0), TrendModel::StartedMsRole).toLongLong();
            earliest = row == 0 ? ms : std::min(earliest, ms);
            latest = row == 0 ? ms : std::max(latest, ms);
        }
        // A day's margin, or a fortieth of the span: the first and last marks are not cut.
        constexpr qint64 day = 24 * 3600 * 1000;
        const qint64 margin = std::max(day, (latest - earliest) / 40);
        xFirst = double(earliest - margin);
        xLast = double(latest + margin);
        auto *dates = new QDateTimeAxis;
        dates->setTitleText(Text::tr("Date of the drill"));
        dates->setFormat(u"yyyy-MM-dd"_s);
        dates->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xFirst)),
                        QDateTime::fromMSecsSinceEpoch(qint64(xLast)));
        dates->setTickCount(std::clamp(model->rowCount() + 1, 2, 8));
        x = dates;
    } else {
        x = iterationAxis(last);
    }
    const double targetValue = firstValue(model, target);
    auto *y = minutesAxis(std::max(model->maximum(value), targetValue), yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // One line per environment; with automated runs in the history, one per environment and
    // run kind: the same colour, the automated runs as a thin dashed line with hollow points.
    const bool byKind = model->hasAutomatedRuns();
    for (const QString &environment : model->environments()) {
        QColor colour;
        for (const Drill::RunKind kind : model->runKindsOf(environment))
            colour = addRuns(chart, model, value, environment,
                             byKind ? std::optional(kind) : std::nullopt, colour, {x, y}, options);
    }
    if (targetValue > 0) {
        auto *line = new QLineSeries;
        line->setName(targetName.arg(targetValue));
        line->append(xFirst, targetValue);
        line->append(xLast, targetValue);
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (value == TrendModel::RtoColumn)
        addNotRestored(chart, model, x, y, targetValue, options);
    return chart;
}

// The pen and the legend's name of a kind of timeline marker.
std::pair<QPen, QString> markerLook(TimelineModel::Marker::Kind kind)
{
    switch (kind) {
    case TimelineModel::Marker::Kind::Paused:
    case TimelineModel::Marker::Kind::Resumed:
        return {QPen(QColor(0x7f, 0x8c, 0x8d), 2, Qt::DashLine), Text::tr("Paused / resumed")};
    case TimelineModel::Marker::Kind::Inject:
        return {QPen(QColor(0xe6, 0x7e, 0x22), 2, Qt::DotLine), Text::tr("Inject revealed")};
    case TimelineModel::Marker::Kind::Observation:
        return {QPen(QColor(0x27, 0xae, 0x60), 1.5, Qt::DotLine), Text::tr("Observation")};
    case TimelineModel::Marker::Kind::ServiceRestored:
        break;
    }
    return {QPen(QColor(0x8e, 0x44, 0xad), 3), Text::tr("Service restored")};
}

QBarCategoryAxis *categoryAxis(const QAbstractItemModel *model)
{
    auto *axis = new QBarCategoryAxis;
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row)
        labels << model->data(model->index(row, 0)).toString();
    axis->append(labels);
    axis->setTitleText(Text::tr("Drill (environment #iteration)"));
    return axis;
}

void connectBarClicks(QAbstractBarSeries *series, const QAbstractItemModel *model,
                      const HistoryCharts::Options &options)
{
    if (!options.drillClicked)
        return;
    QObject::connect(series, &QAbstractBarSeries::clicked, series,
                     [model, callback = options.drillClicked](int index, QBarSet *) {
                         callback(model->data(model->index(index, 0), Qt::UserRole).toLongLong());
                     });
}
} // namespace

QString HistoryCharts::titleFor(const QString &what, const Options &options)
{
    QString title = what;
    if (!options.runbookTitle.isEmpty())
        title += u" — "_s + options.runbookTitle;
    if (options.exampleData)
        title += Text::tr(" (example data)");
    return title;
}

QChart *HistoryCharts::trend(TrendModel *model, TrendModel::Column value, const Options &options)
{
    QString what =
        options.byDate ? Text::tr("RTO achieved by date") : Text::tr("RTO achieved per iteration");
    if (value == TrendModel::WallColumn)
        what = options.byDate ? Text::tr("Wall-clock time by date")
                              : Text::tr("Wall-clock time per iteration");
    else if (value == TrendModel::ActiveColumn)
        what = options.byDate ? Text::tr("Active time (pauses left out) by date")
                              : Text::tr("Active time (pauses left out) per iteration");
    else if (value == TrendModel::HandsOnColumn)
        what = options.byDate ? Text::tr("Hands-on time by date")
                              : Text::tr("Hands-on time per iteration");
    else if (value == TrendModel::WaitingColumn)
        what = options.byDate ? Text::tr("Time waiting on machines by date")
                              : Text::tr("Time waiting on machines per iteration");
    return lineChart(model, value, TrendModel::RtoTargetColumn, titleFor(what, options),
                     Text::tr("RTO target (%1 min)"), Text::tr("Minutes"), options);
}

QChart *HistoryCharts::rpo(TrendModel *model, const Options &options)
{
    return lineChart(model, TrendModel::RpoColumn, TrendModel::RpoTargetColumn,
                     titleFor(options.byDate ? Text::tr("RPO achieved by date")
                                             : Text::tr("RPO achieved per iteration"),
                              options),
                     Text::tr("RPO target (%1 min)"), Text::tr("Minutes of data lost"), options);
}

QChart *HistoryCharts::phases(PhaseBreakdownModel *model, const Options &options)
{
    QChart *chart = newChart(titleFor(Text::tr("Step time per phase"), options), options);
    auto *series = new QStackedBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(PhaseBreakdownModel::FirstPhaseColumn);
    mapper->setLastBarSetColumn(model->columnCount() - 1);
    mapper->setFirstRow(0);
    mapper->setRowCount(model->rowCount());
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    double maximum = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        maximum = std::max(maximum, model->total(row));
    auto *x = categoryAxis(model);
    auto *y = minutesAxis(maximum, Text::tr("Minutes (step clocks summed)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connectBarClicks(series, model, options);
    return chart;
}

QChart *HistoryCharts::automation(AutomationShareModel *model, const Options &options)
{
    QChart *chart =
        newChart(titleFor(Text::tr("Share of step time by automation"), options), options);
    auto *series = new QPercentBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(AutomationShareModel::ManualColumn);
    mapper->setLastBarSetColumn(AutomationShareModel::AutomatedColumn);
    mapper->setFirstRow(0);
    mapper->setRowCount(model->rowCount());
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    auto *x = categoryAxis(model);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%.0f %%"_s);
    y->setTitleText(Text::tr("Share of step time"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connectBarClicks(series, model, options);
    return chart;
}

QChart *HistoryCharts::stepComparison(StepComparisonModel *model, const Options &options)
{
    QChart *chart = newChart(
        titleFor(Text::tr("Steps: %1 against %2").arg(model->labelB(), model->labelA()), options),
        options);
    auto *series = new QHorizontalBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(StepComparisonModel::PlannedColumn);
    mapper->setLastBarSetColumn(StepComparisonModel::ActualBColumn);
    mapper->setFirstRow(0);
    mapper->setRowCount(model->rowCount());
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    double maximum = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int c = StepComparisonModel::PlannedColumn; c <= StepComparisonModel::ActualBColumn;
             ++c)
            maximum = std::max(maximum, model->data(model->index(row, c)).toDouble());
    auto *steps = new QBarCategoryAxis;
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row) {
        QString label = model->data(model->index(row, StepComparisonModel::StepColumn)).toString();
        if (label.size() > 48)
            label = label.left(46) + u"…"_s;
        const QString change =
            model->data(model->index(row, StepComparisonModel::ChangeColumn)).toString();
        labels << (change.isEmpty() ? label : u"%1 (%2)"_s.arg(label, change));
    }
    // The first row (the largest slowdown) is the bottom bar.
    steps->append(labels);
    auto *minutes = minutesAxis(maximum, Text::tr("Minutes"));
    chart->addAxis(steps, Qt::AlignLeft);
    chart->addAxis(minutes, Qt::AlignBottom);
    series->attachAxis(steps);
    series->attachAxis(minutes);
    return chart;
}

QChart *HistoryCharts::handsOnAndWaiting(const DrillMetrics &metrics, const QString &label,
                                         const Options &options)
{
    QChart *chart = newChart(
        titleFor(Text::tr("Hands-on and waiting time of %1").arg(label), options), options);
    auto *series = new QHorizontalStackedBarSeries;
    auto *handsOn = new QBarSet(Text::tr("Hands-on"));
    auto *waiting = new QBarSet(Text::tr("Waiting on a machine"));
    handsOn->setColor(QColor(0x2f, 0x6f, 0xb3));
    waiting->setBrush(QBrush(QColor(0xd9, 0x8c, 0x1f), Qt::BDiagPattern));
    waiting->setBorderColor(QColor(0xd9, 0x8c, 0x1f));
    QStringList labels;
    double maximum = 0;
    for (qsizetype i = metrics.steps.size() - 1; i >= 0; --i) {
        const StepMetrics &s = metrics.steps[i];
        if (s.actualMs <= 0)
            continue;
        QString title = s.title;
        if (title.size() > 48)
            title = title.left(46) + u"…"_s;
        labels << title;
        handsOn->append(TrendModel::minutes(s.actualMs - s.waitingMs));
        waiting->append(TrendModel::minutes(s.waitingMs));
        maximum = std::max(maximum, TrendModel::minutes(s.actualMs));
    }
    series->append(handsOn);
    series->append(waiting);
    chart->addSeries(series);
    auto *steps = new QBarCategoryAxis;
    steps->append(labels);
    auto *minutes = minutesAxis(maximum, Text::tr("Minutes"));
    chart->addAxis(steps, Qt::AlignLeft);
    chart->addAxis(minutes, Qt::AlignBottom);
    series->attachAxis(steps);
    series->attachAxis(minutes);
    return chart;
}

QChart *HistoryCharts::timeline(TimelineModel *model, const Options &options)
{
    QChart *chart =
        newChart(titleFor(Text::tr("Timeline of %1").arg(model->label()), options), options);
    // Stacked horizontal bars: an invisible offset up to the start, then the step itself.
    // Built from the model (not a mapper): the first step goes on top, the critical path
    // gets its own colour.
    auto *series = new QHorizontalStackedBarSeries;
    auto *offset = new QBarSet(QString());
    auto *critical = new QBarSet(Text::tr("Step on the critical path"));
    auto *other = new QBarSet(Text::tr("Step"));
    offset->setBrush(Qt::transparent);
    offset->setPen(Qt::NoPen);
    QStringList labels;
    const int rows = model->rowCount();
    for (int row = rows - 1; row >= 0; --row) {
        auto value = [&](int column) { return model->data(model->index(row, column)).toDouble(); };
        const bool isCritical =
            model->data(model->index(row, 0), TimelineModel::CriticalRole).toBool();
        offset->append(value(TimelineModel::StartColumn));
        critical->append(isCritical ? value(TimelineModel::DurationColumn) : 0.0);
        other->append(isCritical ? 0.0 : value(TimelineModel::DurationColumn));
        QString label = model->data(model->index(row, TimelineModel::StepColumn)).toString();
        labels << (label.size() > 44 ? label.left(42) + u"…"_s : label);
    }
    series->append({offset, critical, other});
    series->setBarWidth(0.7);
    chart->addSeries(series);
    critical->setBrush(QColor(0xc0, 0x39, 0x2b));
    other->setBrush(QColor(0x34, 0x98, 0xdb));
    auto *steps = new QBarCategoryAxis;
    steps->append(labels);
    auto *minutes =
        minutesAxis(model->lastMinute(), Text::tr("Minutes from the start (wall clock)"));
    chart->addAxis(steps, Qt::AlignLeft);
    chart->addAxis(minutes, Qt::AlignBottom);
    series->attachAxis(steps);
    series->attachAxis(minutes);
    if (!chart->legend()->markers(series).isEmpty())
        chart->legend()->markers(series).constFirst()->setVisible(false);

    // Markers: vertical lines across the plot, drawn by one item however many there are. Each
    // kind's legend entry is a series of its own that holds no points.
    QList<TimelineMarkersItem::Line> lines;
    lines.reserve(model->markers().size());
    QList<QPen> pens;
    std::array<int, 5> penOfKind; // by Marker::Kind; -1 until the kind first occurs
    penOfKind.fill(-1);
    for (const TimelineModel::Marker &m : model->markers()) {
        // Paused and resumed look alike and share one legend entry.
        const auto kind = m.kind == TimelineModel::Marker::Kind::Resumed
                              ? TimelineModel::Marker::Kind::Paused
                              : m.kind;
        int &pen = penOfKind.at(std::size_t(kind));
        if (pen < 0) {
            const auto [look, name] = markerLook(kind);
            pen = int(pens.size());
            pens.append(look);
            auto *legend = new QLineSeries;
            legend->setName(name);
            legend->setPen(look);
            chart->addSeries(legend);
            legend->attachAxis(minutes);
        }
        lines.append({m.minute, pen});
    }
    if (!lines.isEmpty())
        new TimelineMarkersItem(chart, minutes, pens, lines); // owned by the chart
    return chart;
}
