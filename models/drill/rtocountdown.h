// The RTO countdown as the console and the projector both show it, from one drill's metrics.
#pragma once

#include <QtGlobal>

struct DrillMetrics;

// The RTO is measured in wall-clock time from the failure (the declared start, or the failure
// time given) to the moment the service-restored step is done. The service stays down through
// a pause, so the countdown runs on while the drill is paused; it stops when the service is
// restored or the drill ends.
struct RtoCountdown
{
    qint64 targetMs = 0;  // 0: no objective
    qint64 elapsedMs = 0; // failure to the snapshot; the achieved RTO (whole seconds) once achieved
    bool started = false; // the drill has started: there is a countdown to show
    bool running = false; // it goes on from the snapshot by the wall clock, pause or not
    bool achieved = false; // the service-restored step (or the finish) stopped it

    static RtoCountdown fromMetrics(const DrillMetrics &metrics);

    // sinceSnapshotMs: monotonic time since the metrics were derived.
    qint64 elapsedAt(qint64 sinceSnapshotMs) const
    {
        return elapsedMs + (running ? sinceSnapshotMs : 0);
    }
    // Negative: the objective is overrun by that much.
    qint64 remainingAt(qint64 sinceSnapshotMs) const
    {
        return targetMs - elapsedAt(sinceSnapshotMs);
    }

    bool operator==(const RtoCountdown &) const = default;
};
