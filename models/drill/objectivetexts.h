// The sentences that tell a room how a drill stands against its objectives (RTO, RPO).
#pragma once

#include "rtostatus.h"

#include <QString>

#include <optional>

// Shared by the console and the projector, so both say the same thing in the same words.
class ObjectiveTexts
{
public:
    // "Service restored — 1:02:13, RTO met (target 1:30:00)"; missed says by how much. The
    // status is DrillMetrics::rtoStatus(): met or missed is never recomputed here.
    static QString serviceRestored(qint64 rtoMs, qint64 targetMs, RtoStatus status);
    // "RPO 11m44s — met (target 15m)"; missed says by how much; no target: "RPO 11m44s".
    static QString rpo(qint64 rpoMs, qint64 targetMs);
    // Whether the RPO is within its target (seconds, as shown); true without a target.
    static bool rpoMet(qint64 rpoMs, qint64 targetMs);
};
