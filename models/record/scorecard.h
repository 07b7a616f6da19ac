// The facilitator's ratings of a drill against the runbook's evaluation criteria: the
// score-recorded events folded, the latest rating of each criterion counting.
#pragma once

#include "drillevent.h"

#include <QList>

class Scorecard
{
public:
    static constexpr int minScore = 1;
    static constexpr int maxScore = 5;

    struct Score
    {
        QString criterion;
        int score = 0;
        QString comment;
        QString author;
        qint64 timeMs = 0;
        int ratings = 0; // how many times it was rated; the latest counts

        bool operator==(const Score &) const = default;
    };

    Scorecard() = default;
    explicit Scorecard(const QList<DrillEvent> &events);

    void apply(const DrillEvent &event); // other kinds are ignored
    // Why a score-recorded event is not a rating of one of the criteria, or empty.
    static QString check(const DrillEvent &event, const QStringList &criteria);

    const Score *find(const QString &criterion) const;
    QList<Score> scores() const { return m_scores; } // in the order first rated

    static QString payload(const QString &criterion, int score, const QString &comment);

private:
    QList<Score> m_scores;
};
