// The table every benchmark reports into: measure, figure, floor from the same run, ratio, goal.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class BenchTable
{
public:
    struct Row
    {
        QString measure;
        QString unit;
        double value = 0;
        std::optional<double> floor; // the same work done the bare way, measured in this run
        QString goal;                // e.g. "ratio <= 1.5", "p99 < 16.7 ms"
        std::optional<double> ratio() const;
    };

    void add(const Row &row);
    const QList<Row> &rows() const { return m_rows; }
    QString toText() const;
    QByteArray toJson() const;

    // Median and 99th percentile of samples (sorted in place).
    static double median(QList<double> &samples);
    static double percentile(QList<double> &samples, double p);
    // Runs ours and the floor by turns, so a busy machine slows both alike; their medians in ms.
    static std::pair<double, double> alternatingMedians(int repetitions,
                                                        const std::function<void()> &ours,
                                                        const std::function<void()> &floor);

private:
    QList<Row> m_rows;
};
