// Where a live drill stands against its reference run (ReferenceRun), matched by step id: built
// once per change of the drill (a refresh), then read on every once-a-second tick, which costs
// a few comparisons and a binary search, never a pass over the steps.
//
// Ahead or behind: the live drill's latest done step that the reference also did, its active
// offset from the start against the reference's (negative: ahead). While a running step that
// the reference finished earlier than now is still running, the drill is at least
// (now − the reference's finish of it) behind, and the figure grows with the clock. A step the
// reference lacks (added, or renamed: a new id) never gives a figure: it is "new step — no
// reference", and the comparison rests on the steps both have.
#pragma once

#include "drillmetrics.h"
#include "drillreplay.h"
#include "referencerun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class GhostPace
{
    Q_DECLARE_TR_FUNCTIONS(GhostPace)
public:
    GhostPace() = default;
    // runningSteps: the live drill's running steps, the one shown large first.
    GhostPace(const ReferenceRun &reference, const DrillMetrics &live,
              const QList<DrillReplay::Interval> &livePauses, const QStringList &runningSteps);

    bool isValid() const { return m_reference.isValid(); }
    const ReferenceRun &reference() const { return m_reference; }

    struct Reading
    {
        std::optional<qint64> deltaMs; // positive: behind; none: nothing to compare yet
        int ghostSteps = 0;            // steps (of the live runbook) the reference had done
        int stepsTotal = 0;
        bool operator==(const Reading &) const = default;
    };
    // At elapsedMs of active drill time.
    Reading at(qint64 elapsedMs) const;

    // "2:40 ahead of the best run", "behind the best run by 1:10", "level with the last run".
    QString paceText(qint64 elapsedMs) const;
    // "new step — no reference" while the step shown large is one the reference lacks; empty
    // otherwise.
    QString currentStepText() const;
    // "The best run was faster at “Restore” by 4:10" (done steps); empty while none was slower.
    QString fastestText() const;
    // "Best run: drill 7, RTO 41:20" — which drill the figures are against.
    QString referenceText() const;
    // Live steps the reference has no time for (added or renamed since).
    int unmatchedSteps() const { return m_unmatched; }
    bool currentStepMatched() const { return m_currentMatched; }
    QString fastestStepId() const { return m_fastestStepId; }
    qint64 fastestByMs() const { return m_fastestByMs; }

    bool operator==(const GhostPace &) const = default;

private:
    ReferenceRun m_reference;
    QList<qint64> m_refEnds;        // sorted: the reference's finishes of the live runbook's steps
    qint64 m_anchorDeltaMs = 0;     // at the latest matched done step; 0 from the start
    QList<qint64> m_runningRefEnds; // the reference's finishes of the matched running steps
    int m_stepsTotal = 0;
    int m_unmatched = 0;
    bool m_started = false;
    bool m_currentMatched = true;
    QString m_fastestStepId;
    QString m_fastestTitle;
    qint64 m_fastestByMs = 0;
};
