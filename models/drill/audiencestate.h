// What the projector may show about a running drill: a plain value with no secrets in it.
#pragma once

#include "ghostpace.h"
#include "participant.h"
#include "rtocountdown.h"
#include "rtostatus.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

struct Runbook;

// Deliberately has no field for the scenario, facilitator notes, commands' secrets or
// unrevealed injects: what is not in here cannot reach the room.
struct AudienceState
{
    static constexpr int maxObservations = 5;

    struct RunningStep
    {
        QString id;
        int number = 0; // 1-based position in the runbook
        QString title;
        QString instructions; // Markdown
        QString phaseTitle;
        qint64 elapsedMs = 0;       // at snapshot time
        qint64 expectedSeconds = 0; // 0: no estimate
        bool rewritten = false;     // changed or inserted during the drill: marked on screen
        QString role;               // the runbook's role for the step, empty: none
        QStringList people;         // who plays that role in this drill (the start dialog's)
        // A decision step: what the room decides and the options, in key order (1-9).
        QString question;
        QStringList options;
        bool waiting = false; // only waiting on a machine now (W, or `wait: true`)

        bool operator==(const RunningStep &) const = default;
    };

    struct Observation
    {
        QString time; // wall clock as the room knows it, "10:41"
        QString text;

        bool operator==(const Observation &) const = default;
    };

    QString runbookTitle;
    QString environment;
    int iteration = 0; // 0: unknown
    bool exampleData = false;

    QList<RunningStep> runningSteps; // the first is the one shown large
    // What Page Down starts next: the first step ready to start; with none ready, the first not
    // started (it waits for the steps running).
    QString nextStepTitle;
    QStringList readyStepTitles; // every step ready to start, in reading order
    int stepsDone = 0;           // done, not skipped
    int stepsSkipped = 0;        // finished without being done: said apart
    int stepsNotTaken = 0;       // on a branch a decision did not take: finished too
    int stepsFinished() const { return stepsDone + stepsSkipped + stepsNotTaken; }
    int stepsTotal = 0;
    QString phaseTitle;

    qint64 drillElapsedMs = 0; // at snapshot time
    bool clockRunning = false; // the clocks tick from the snapshot while true
    bool paused = false;
    // Live: the countdown to the objective until the service is restored. Ended: the target
    // minus the achieved RTO. Negative: overrun; nullopt: no objective, restored while live, or
    // not restored at all.
    std::optional<qint64> rtoRemainingMs;
    // The RTO countdown ticks from the snapshot while true: RtoCountdown::running, wall-clock
    // time from the declared start, so it goes on through a pause while the drill clock stands
    // still.
    bool rtoRunning = false;
    // The drill ended without the service-restored step done: no RTO, a miss.
    bool serviceNotRestored = false;
    // The achieved RTO once the service is restored (live or ended), how it stands against the
    // target (DrillMetrics::rtoStatus(), never recomputed) and the target (0: none).
    std::optional<qint64> rtoAchievedMs;
    RtoStatus rtoStatus = RtoStatus::NotStarted;
    qint64 rtoTargetMs = 0;
    // The RPO once the restored data's time is entered; its target (0: none).
    std::optional<qint64> rpoMs;
    qint64 rpoTargetMs = 0;
    // Every step done or skipped, none running, the drill not yet finished.
    bool allStepsDone = false;

    QList<Observation> observations; // latest last, at most maxObservations
    QStringList revealedInjects;     // titles only
    QStringList pinnedAnnotations;   // the lines the facilitator chose to show
    bool finished = false;
    // Against the reference run (the best or the last previous drill), read on the tick at the
    // drill clock: ahead or behind, the ghost's place on the progress bar. Invalid: none.
    GhostPace ghost;

    bool operator==(const AudienceState &) const = default;

    // What the drill engine knows, by id; fromRunbook() picks out what may be shown.
    struct Progress
    {
        QString environment;
        int iteration = 0;
        bool exampleData = false;
        QList<QPair<QString, qint64>> runningSteps; // step id, elapsed ms; first is shown large
        QStringList readyStepIds;                   // ready to start, in reading order
        QSet<QString> doneStepIds;                  // done or skipped
        QSet<QString> skippedStepIds;               // those of doneStepIds that were skipped
        QSet<QString> notTakenStepIds;              // those of doneStepIds on a branch not taken
        QSet<QString> revealedInjectIds;
        qint64 drillElapsedMs = 0;
        bool clockRunning = false;
        bool paused = false;
        bool finished = false;
        // The countdown the console shows too (RtoCountdown::fromMetrics): wall-clock time
        // from the declared start, through a pause; achieved once the service is restored (an
        // ended drill without it did not restore the service). The objective is the runbook's.
        RtoCountdown rto;
        RtoStatus rtoStatus = RtoStatus::NotStarted; // DrillMetrics::rtoStatus()
        std::optional<qint64> rpoMs;                 // DrillMetrics::rpoMs
        QList<Observation> observations;             // all of them, oldest first
        QStringList pinnedAnnotations;
        QSet<QString> rewrittenStepIds;  // rewritten live: the projector marks them
        QSet<QString> waitingStepIds;    // running steps that only wait on a machine
        QList<Participant> participants; // names and roles: the room sees whose step it is
        GhostPace ghost;                 // the reference run's pace; invalid: none
    };

    // Pure: the same runbook and progress always give the same state. Copies titles,
    // instructions, the command and how to verify; never the scenario, notes or injects
    // that were not revealed. The RTO counts down until the service is restored (an achieved
    // RTO); an ended drill without one says the service was not restored.
    static AudienceState fromRunbook(const Runbook &runbook, const Progress &progress);
};
