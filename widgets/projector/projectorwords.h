// The projector's words for a drill's state: steps done, whose step it is, a step's time against
// its plan.
#pragma once

#include "audiencestate.h"

#include <QCoreApplication>
#include <QString>

class QLabel;

class ProjectorWords
{
    Q_DECLARE_TR_FUNCTIONS(ProjectorWords)
public:
    // "8 of 10 steps done, 2 skipped": a skipped step is finished but not done.
    static QString stepsDone(const AudienceState &state);
    // "driver: Dana, Sam" — the step's role and who holds it in this drill; empty without a role.
    static QString role(const AudienceState::RunningStep &step);
    // A step's clock and, beside it, how it stands against its plan ("● 4:10 left", "▲ +1:05
    // over"), said in words as well as in the colour of both.
    static void showStepTime(QLabel *clock, QLabel *status, qint64 elapsedMs,
                             qint64 expectedSeconds);
};
