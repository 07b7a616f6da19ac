#include "chartbench.h"

#include "benchtable.h"
#include "historycharts.h"
#include "phasebreakdownmodel.h"
#include "trendmodel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QPen>
#include <QPixmap>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60'000;
const QSize imageSize(1600, 900);

Runbook benchRunbook()
{
    Runbook r;
    r.id = u"bench"_s;
    r.title = u"Bench"_s;
    for (int p = 0; p < 5; ++p) {
        Phase phase;
        phase.id = u"phase-%1"_s.arg(p);
        phase.title = u"Phase %1"_s.arg(p + 1);
        for (int s = 0; s < 3; ++s) {
            Step step;
            step.id = u"step-%1-%2"_s.arg(p).arg(s);
            phase.steps.append(step);
        }
        r.phases.append(phase);
    }
    return r;
}

QList<DrillSummary> benchDrills(const Runbook &runbook, int perEnvironment)
{
    QRandomGenerator random(7);
    QList<DrillSummary> drills;
    const QStringList environments = {u"test"_s, u"staging"_s, u"production"_s};
    qint64 id = 0;
    for (qsizetype e = 0; e < environments.size(); ++e)
        for (int i = 1; i <= perEnvironment; ++i) {
            DrillSummary s;
            s.drill.id = ++id;
            s.drill.environment = environments[e];
            s.drill.iteration = i;
            DrillMetrics &m = s.metrics;
            m.state = Drill::State::Finished;
            m.startedMs = (e * perEnvironment + i) * 24 * 60 * minute;
            m.rtoMs = qint64((40 + 100.0 * 300 / (300 + i) + random.bounded(20)) * minute);
            m.rtoTargetMs = 60 * minute;
            m.wallMs = *m.rtoMs + 10 * minute;
            m.activeMs = m.wallMs;
            for (const Step &step : runbook.allSteps()) {
                StepMetrics sm;
                sm.stepId = step.id;
                sm.actualMs = qint64(random.bounded(2, 20)) * minute;
                m.steps.append(sm);
            }
            drills.append(s);
        }
    return drills;
}

double render(QChart *chart)
{
    QChartView view(chart); // owns the chart
    view.resize(imageSize);
    const QPixmap pixmap = view.grab();
    return pixmap.isNull() ? 0 : 1;
}

// The floor: the same lines appended straight to a QChart, the same axes, the same render.
QChart *bareTrend(const TrendModel &model)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double maxY = 0;
    int maxX = 1;
    for (const QString &environment : model.environments()) {
        auto *series = new QLineSeries;
        series->setName(environment);
        series->setPointsVisible(true);
        series->setPointLabelsVisible(true);
        series->setPointLabelsFormat(u"@yPoint"_s);
        const auto [first, count] = model.rowsOf(environment);
        QList<QPointF> points;
        points.reserve(count);
        for (int row = first; row < first + count; ++row) {
            const double px = model.data(model.index(row, TrendModel::IterationColumn)).toDouble();
            const double py = model.data(model.index(row, TrendModel::RtoColumn)).toDouble();
            points.append({px, py});
            maxY = std::max(maxY, py);
            maxX = std::max(maxX, int(px));
        }
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        QPen pen = series->pen(); // the same look as the real chart: theme colour, 3 px
        pen.setWidthF(3);
        series->setPen(pen);
    }
    auto *target = new QLineSeries;
    target->append(0.5, 60);
    target->append(maxX + 0.5, 60);
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);
    x->setRange(0.5, maxX + 0.5);
    y->setRange(0, maxY * 1.12);
    return chart;
}

QChart *barePhases(const PhaseBreakdownModel &model)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (int row = 0; row < model.rowCount(); ++row)
        categories << model.label(row);
    double maxY = 0;
    for (int c = PhaseBreakdownModel::FirstPhaseColumn; c < model.columnCount(); ++c) {
        auto *set = new QBarSet(model.headerData(c, Qt::Horizontal).toString());
        QList<qreal> values;
        values.reserve(model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, c)).toDouble());
        set->append(values);
        series->append(set);
    }
    for (int row = 0; row < model.rowCount(); ++row)
        maxY = std::max(maxY, model.total(row));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, maxY * 1.12);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace

void ChartBench::run(BenchTable &table, int drillsPerEnvironment, int repetitions)
{
    const Runbook runbook = benchRunbook();
    const QList<DrillSummary> drills = benchDrills(runbook, drillsPerEnvironment);
    const int total = int(drills.size());
    HistoryCharts::Options options;
    options.runbookTitle = runbook.title;

    // Warm up fonts, the theme and the pixmap caches, so neither side pays for them.
    {
        TrendModel model;
        model.setDrills(drills.mid(0, 10));
        render(HistoryCharts::trend(&model, TrendModel::RtoColumn, options));
        render(bareTrend(model));
    }

    // Ours: models fed the summaries, charts bound through the mappers, rendered. The floor:
    // the same points appended to a bare QChart from the finished model, rendered alike.
    TrendModel trendModel;
    trendModel.setDrills(drills);
    const auto [trend, trendFloor] = BenchTable::alternatingMedians(
        repetitions,
        [&] {
            TrendModel model;
            model.setDrills(drills);
            render(HistoryCharts::trend(&model, TrendModel::RtoColumn, options));
        },
        [&] { render(bareTrend(trendModel)); });
    table.add(
        {u"trend chart, %1 drills x 3 envs: build+render (median of %2)"_s.arg(drillsPerEnvironment)
             .arg(repetitions),
         u"ms"_s, trend, trendFloor, u"ratio <= 1.3"_s});

    PhaseBreakdownModel phaseModel;
    phaseModel.setHistory(runbook, drills);
    const auto [phases, phasesFloor] = BenchTable::alternatingMedians(
        repetitions,
        [&] {
            PhaseBreakdownModel model;
            model.setHistory(runbook, drills);
            render(HistoryCharts::phases(&model, options));
        },
        [&] { render(barePhases(phaseModel)); });
    table.add({u"phase chart, %1 drills: build+render (median of %2)"_s.arg(total).arg(repetitions),
               u"ms"_s, phases, phasesFloor, u"ratio <= 1.3"_s});
}
