#include "reportbench.h"

#include "benchtable.h"
#include "bigdrillfixture.h"
#include "drillreport.h"
#include "historycharts.h"
#include "reportexporter.h"
#include "timelinemodel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
const QSize chartSize(1200, 650); // as the report draws its charts

// The log as the floor reads it: one query, each payload parsed once.
struct Row
{
    qint64 timeMs = 0;
    QString author;
    QString kind;
    QString step;
    QString text;
};

QList<Row> bareRead(const QString &path, qint64 drillId)
{
    QList<Row> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT time_ms, author, kind, step_id, payload FROM drill_events "
                      "WHERE drill_id = ? ORDER BY id"_s);
            q.addBindValue(drillId);
            q.exec();
            while (q.next()) {
                const QJsonObject p =
                    QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
                rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(),
                             p.value(u"text"_s).toString(p.value(u"reason"_s).toString())});
            }
        }
    }
    QSqlDatabase::removeDatabase(u"bare"_s);
    return rows;
}

QImage grab(QChart *chart)
{
    QChartView view(chart); // owns the chart
    view.resize(chartSize);
    view.grab(); // lays the chart out; the second grab paints it laid out (as the report does)
    return view.grab().toImage();
}

// The floor of the timeline: the same bars through a bare QChart, the same marker lines drawn
// over it with QPainter, from the rows read bare.
QImage bareTimeline(const QList<Row> &rows)
{
    QList<QPair<double, double>> steps; // start, end in minutes
    QHash<QString, qsizetype> stepIndex;
    QList<QPair<double, QPen>> lines;
    const qint64 start = rows.isEmpty() ? 0 : rows.constFirst().timeMs;
    for (const Row &r : rows) {
        const double minute = double(r.timeMs - start) / 60'000.0;
        if (r.kind == u"step-started") {
            stepIndex.insert(r.step, steps.size());
            steps.append({minute, minute});
        } else if (r.kind == u"step-done") {
            steps[stepIndex.value(r.step)].second = minute;
        } else if (r.kind == u"observation") {
            lines.append({minute, QPen(QColor(0x27, 0xae, 0x60), 1.5, Qt::DotLine)});
        } else if (r.kind == u"paused" || r.kind == u"resumed") {
            lines.append({minute, QPen(QColor(0x7f, 0x8c, 0x8d), 2, Qt::DashLine)});
        } else if (r.kind == u"inject-revealed") {
            lines.append({minute, QPen(QColor(0xe6, 0x7e, 0x22), 2, Qt::DotLine)});
        }
    }
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QHorizontalStackedBarSeries;
    auto *offset = new QBarSet(QString());
    auto *bars = new QBarSet(u"Step"_s);
    QStringList labels;
    double last = 1;
    for (const auto &[from, to] : std::as_const(steps)) {
        offset->append(from);
        bars->append(to - from);
        labels << QString::number(labels.size() + 1);
        last = std::max(last, to);
    }
    series->append({offset, bars});
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    auto *x = new QValueAxis;
    x->setRange(0, last * 1.12);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    QChartView view(chart); // owns the chart
    view.resize(chartSize);
    view.grab();
    QImage image = view.grab().toImage();
    const QRectF plot = chart->plotArea();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    for (const auto &[minute, pen] : std::as_const(lines)) {
        const qreal at = plot.left() + minute / (last * 1.12) * plot.width();
        painter.setPen(pen);
        painter.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.top()));
    }
    return image;
}

// The floor of the trend chart: its one point and the target through a bare QChart.
QImage bareTrend()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *line = new QLineSeries;
    line->append(1, 40);
    auto *target = new QLineSeries;
    target->append(0.5, 240);
    target->append(1.5, 240);
    chart->addSeries(line);
    chart->addSeries(target);
    chart->createDefaultAxes();
    return grab(chart);
}

QByteArray png(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QStringList cellsOf(const Row &r, qint64 start)
{
    return {QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC).toString(u"MM-dd HH:mm:ss"_s),
            QString::number((r.timeMs - start) / 1000), r.kind, r.author, r.text};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

// The same rows as a Markdown table, the charts saved beside it.
void bareMarkdown(const QList<Row> &rows, const QString &path)
{
    writeFile(path + u"-timeline.png"_s, png(bareTimeline(rows)));
    writeFile(path + u"-trend.png"_s, png(bareTrend()));
    QString md = u"| Time | Elapsed | What | Who | Detail |\n|---|---|---|---|---|\n"_s;
    const qint64 start = rows.isEmpty() ? 0 : rows.constFirst().timeMs;
    for (const Row &r : rows)
        md += u"| "_s + cellsOf(r, start).join(u" | "_s) + u" |\n"_s;
    writeFile(path, md.toUtf8());
}

// The same rows as an HTML table, the charts as data: URIs.
void bareHtml(const QList<Row> &rows, const QString &path)
{
    QString html = u"<html><body><table>\n"_s;
    const qint64 start = rows.isEmpty() ? 0 : rows.constFirst().timeMs;
    for (const Row &r : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : cellsOf(r, start))
            html += u"<td>"_s + cell.toHtmlEscaped() + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    for (const QImage &chart : {bareTimeline(rows), bareTrend()})
        html += u"<img src=\"data:image/png;base64,"_s +
                QString::fromLatin1(png(chart).toBase64()) + u"\"/>\n"_s;
    writeFile(path, (html + u"</table></body></html>\n"_s).toUtf8());
}

// The same rows laid out with bare QTextLayout in five columns on A4 pages of a QPdfWriter,
// the charts on a page of their own.
void barePdf(const QList<Row> &rows, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8.5);
    const qreal unit = writer.logicalDpiX() / 96.0;
    const qreal widths[] = {120 * unit, 60 * unit, 130 * unit, 60 * unit, 190 * unit};
    const qreal bottom = writer.height();
    qreal y = 0;
    const qint64 start = rows.isEmpty() ? 0 : rows.constFirst().timeMs;
    for (const Row &r : rows) {
        const QStringList cells = cellsOf(r, start);
        QTextLayout layouts[5];
        qreal height = 0;
        for (int c = 0; c < 5; ++c) {
            QTextLayout &l = layouts[c];
            l.setFont(font);
            l.setText(cells[c]);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            l.setTextOption(option);
            l.setCacheEnabled(true); // shaped once, for the layout and the drawing
            qreal h = 0;
            l.beginLayout();
            for (QTextLine line = l.createLine(); line.isValid(); line = l.createLine()) {
                line.setLineWidth(widths[c] - 12 * unit);
                line.setPosition(QPointF(0, h));
                h += line.height();
            }
            l.endLayout();
            height = std::max(height, h + 6 * unit);
        }
        if (y + height > bottom) {
            writer.newPage();
            y = 0;
        }
        qreal x = 0;
        for (int c = 0; c < 5; ++c) {
            painter.drawRect(QRectF(x, y, widths[c], height));
            layouts[c].draw(&painter, QPointF(x + 6 * unit, y + 3 * unit));
            x += widths[c];
        }
        y += height;
    }
    writer.newPage();
    const QImage timeline = bareTimeline(rows);
    const qreal width = 640 * unit;
    painter.drawImage(QRectF(0, 0, width, width * timeline.height() / timeline.width()), timeline);
    const QImage trend = bareTrend();
    painter.drawImage(QRectF(0, writer.height() / 2, width, width * trend.height() / trend.width()),
                      trend);
}

} // namespace

void ReportBench::run(BenchTable &table, int events, int repetitions)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"long-drill.sqlite"_s);
    const auto built = BigDrillFixture::build(db, events);
    if (!built) {
        qWarning("report bench: cannot build the drill");
        return;
    }
    auto load = [&] { return ReportFixture::load(db, built->drillId, DrillTestSupport::at(3000)); };
    const std::optional<DrillReport> report = load();
    if (!report) {
        qWarning("report bench: cannot load the drill");
        return;
    }
    const QList<Row> rows = bareRead(db, built->drillId);

    // Warm up fonts, the theme and the caches, so neither side pays for them.
    {
        TimelineModel model;
        model.setDrill(report->summary(), report->events.mid(0, 100));
        grab(HistoryCharts::timeline(&model, {}));
        bareTimeline(rows.mid(0, 100));
    }

    // The timeline: the model fed the log, the chart built over it and drawn, as the report
    // and `drilldeck chart timeline` do. The floor: bare bars and lines.
    const auto [timeline, timelineFloor] = BenchTable::alternatingMedians(
        repetitions,
        [&] {
            TimelineModel model;
            model.setDrill(report->summary(), report->events);
            grab(HistoryCharts::timeline(&model, {}));
        },
        [&] { bareTimeline(rows); });
    table.add(
        {u"timeline chart, %1-event drill: model+build+render (median of %2)"_s.arg(events).arg(
             repetitions),
         u"ms"_s, timeline, timelineFloor,
         u"ratio <= 1.5 and < 2000 ms (floor: the same bars through a bare QChart, "
         "the same lines by QPainter)"_s});

    // The report: read from the database, composed, its charts drawn, written; the floor reads
    // the log with one query and writes the same rows and charts the bare way.
    const struct
    {
        ReportExporter::Format format;
        QString name;
        QString floor;
        void (*bare)(const QList<Row> &, const QString &);
    } formats[] = {
        {ReportExporter::Format::Markdown, u"Markdown"_s, u"a plain Markdown table"_s,
         bareMarkdown},
        {ReportExporter::Format::Html, u"HTML"_s, u"a plain HTML table"_s, bareHtml},
        {ReportExporter::Format::Pdf, u"PDF"_s, u"bare QTextLayout cells on a QPdfWriter"_s,
         barePdf},
    };
    for (const auto &f : formats) {
        const QString ours = dir.filePath(u"report."_s + ReportExporter::suffix(f.format));
        const QString bare = dir.filePath(u"bare."_s + ReportExporter::suffix(f.format));
        const auto [value, floor] = BenchTable::alternatingMedians(
            repetitions,
            [&] {
                const std::optional<DrillReport> r = load();
                ReportExporter::Options options;
                options.format = f.format;
                if (r)
                    ReportExporter::write(*r, ours, options, {}, nullptr);
            },
            [&] { f.bare(bareRead(db, built->drillId), bare); });
        table.add(
            {u"report of a %1-event drill as %2: load+charts+write (median of %3)"_s.arg(events)
                 .arg(f.name)
                 .arg(repetitions),
             u"ms"_s, value, floor,
             u"ratio <= 1.5 and < 2000 ms (floor: one query, bare charts, %1)"_s.arg(f.floor)});
    }
}
