// Each step's running time across the previous drills of one runbook and environment, and the
// last drill's against them: the median, the interquartile range (the middle half of the
// drills, Q1 to Q3, by linear interpolation between the two nearest ranks) and the minimum and
// maximum. The last drill is not among the drills it is compared with (as Mattermost compares
// the last runs against the ones before). Only steps done count: skipped steps have no time.
#pragma once

#include "drillsummary.h"

#include <QList>
#include <QString>

#include <optional>

struct StepStatistics
{
    QString stepId;
    QString title;
    int drills = 0; // how many of the previous drills did the step
    qint64 medianMs = 0;
    qint64 q1Ms = 0;
    qint64 q3Ms = 0;
    qint64 minMs = 0;
    qint64 maxMs = 0;
    std::optional<qint64> lastMs; // the last drill's, if it did the step

    enum class Verdict { NoData, Faster, Typical, Slower, TooFew };
    // Faster: below Q1; Slower: above Q3; Typical: within the interquartile range; TooFew: fewer
    // than minimumDrills earlier drills did the step, too few for a "usual".
    static constexpr int minimumDrills = 3;
    Verdict verdict() const;

    bool operator==(const StepStatistics &) const = default;

    // Values sorted or not; the median of none is 0. q in [0, 1].
    static qint64 quantile(QList<qint64> values, double q);
    static qint64 median(const QList<qint64> &values) { return quantile(values, 0.5); }

    // The last finished drill of runbookId in environment against the up to `previous`
    // finished drills before it, per step of the last drill in its order (then steps only the
    // earlier drills had). Empty when there is no finished drill.
    static QList<StepStatistics> compute(const QList<DrillSummary> &summaries,
                                         const QString &runbookId, const QString &environment,
                                         int previous);
    // The finished drills of runbookId in environment, oldest first.
    static QList<const DrillSummary *> finishedDrills(const QList<DrillSummary> &summaries,
                                                      const QString &runbookId,
                                                      const QString &environment);
};
