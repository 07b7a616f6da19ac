// The drill a live drill races: a previous finished drill of the same runbook id and environment
// (the best one — the shortest achieved RTO, or the shortest active time when none achieved an
// RTO — or the last one), reduced to when each of its steps finished, in active time (pauses
// left out) from its start, by step id.
#pragma once

#include "drillreplay.h"
#include "drillsummary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct ReferenceRun
{
    enum class Choice { Best, Last };

    Choice choice = Choice::Best;
    qint64 drillId = 0; // 0: no reference
    int iteration = 0;
    QString environment;
    qint64 activeMs = 0;         // its start to its finish, pauses left out
    std::optional<qint64> rtoMs; // its achieved RTO
    // Steps it did (not skipped): active ms from its start to the step's last done, and the
    // step's own running time.
    QHash<QString, qint64> stepEndMs;
    QHash<QString, qint64> stepActualMs;
    QHash<QString, QString> stepTitles;

    bool isValid() const { return drillId > 0; }
    bool operator==(const ReferenceRun &) const = default;

    static ReferenceRun fromSummary(const DrillSummary &summary, Choice choice);
    // The finished hand-run drill of runbookId in environment that choice names among
    // summaries, except the drill excludedDrillId (the one running); none if there is none.
    static std::optional<ReferenceRun> choose(const QList<DrillSummary> &summaries, Choice choice,
                                              const QString &runbookId, const QString &environment,
                                              qint64 excludedDrillId = 0);

    // The paused spans of a log (an open one ends at -1).
    static QList<DrillReplay::Interval> pausesOf(const QList<DrillEvent> &events);
    // Active time from startedMs to atMs: the wall-clock span minus the pauses within it.
    static qint64 activeOffset(qint64 startedMs, const QList<DrillReplay::Interval> &pauses,
                               qint64 atMs);

    // "best" / "last", as QSettings keeps it; anything else reads as Best.
    static QString choiceName(Choice choice);
    static Choice choiceFromName(const QString &name);
};
