#include "benchtable.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

std::optional<double> BenchTable::Row::ratio() const
{
    if (!floor || *floor <= 0)
        return std::nullopt;
    return value / *floor;
}

void BenchTable::add(const Row &row)
{
    m_rows.append(row);
}

QString BenchTable::toText() const
{
    const QStringList headers = {u"measure"_s, u"unit"_s,  u"value"_s,
                                 u"floor"_s,   u"ratio"_s, u"goal"_s};
    QList<QStringList> cells;
    auto num = [](double v) { return QString::number(v, 'f', v < 10 ? 3 : 1); };
    for (const Row &r : m_rows)
        cells.append({r.measure, r.unit, num(r.value), r.floor ? num(*r.floor) : u"-"_s,
                      r.ratio() ? QString::number(*r.ratio(), 'f', 2) : u"-"_s, r.goal});
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype w = headers[c].size();
        for (const QStringList &row : cells)
            w = std::max(w, row[c].size());
        widths.append(w);
    }
    auto line = [&](const QStringList &row) -> QString {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c)
            out += (c < 2 || c == 5 ? row[c].leftJustified(widths[c])
                                    : row[c].rightJustified(widths[c])) +
                   u"  "_s;
        return out.trimmed() + u'\n';
    };
    QString out = line(headers);
    for (const QStringList &row : cells)
        out += line(row);
    return out;
}

QByteArray BenchTable::toJson() const
{
    QJsonArray array;
    for (const Row &r : m_rows) {
        QJsonObject o;
        o[u"measure"_s] = r.measure;
        o[u"unit"_s] = r.unit;
        o[u"value"_s] = r.value;
        o[u"floor"_s] = r.floor ? QJsonValue(*r.floor) : QJsonValue(QJsonValue::Null);
        o[u"ratio"_s] = r.ratio() ? QJsonValue(*r.ratio()) : QJsonValue(QJsonValue::Null);
        o[u"goal"_s] = r.goal;
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

double BenchTable::median(QList<double> &samples)
{
    return percentile(samples, 50);
}

double BenchTable::percentile(QList<double> &samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size()))) - 1;
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

std::pair<double, double> BenchTable::alternatingMedians(int repetitions,
                                                         const std::function<void()> &ours,
                                                         const std::function<void()> &floor)
{
    QList<double> a;
    QList<double> b;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        ours();
        a.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        floor();
        b.append(double(t.nsecsElapsed()) / 1e6);
    }
    return {median(a), median(b)};
}
