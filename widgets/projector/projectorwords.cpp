// The projector's words for a drill's state (see projectorwords.h).
#include "projectorwords.h"

#include "duration.h"
#include "projectorlabels.h"

#include <QLabel>

using namespace Qt::StringLiterals;

QString ProjectorWords::stepsDone(const AudienceState &state)
{
    // Steps on a branch not taken are not counted: the total is the path the drill takes.
    const int total = state.stepsTotal - state.stepsNotTaken;
    return state.stepsSkipped == 0 ? tr("%1 of %2 steps done").arg(state.stepsDone).arg(total)
                                   : tr("%1 of %2 steps done, %3 skipped")
                                         .arg(state.stepsDone)
                                         .arg(total)
                                         .arg(state.stepsSkipped);
}

QString ProjectorWords::role(const AudienceState::RunningStep &step)
{
    if (step.role.isEmpty())
        return {};
    return step.people.isEmpty() ? step.role
                                 : tr("%1: %2").arg(step.role, step.people.join(u", "_s));
}

void ProjectorWords::showStepTime(QLabel *clock, QLabel *status, qint64 elapsedMs,
                                  qint64 expectedSeconds)
{
    const QString elapsed = Duration::formatClock(elapsedMs);
    const qint64 expectedMs = expectedSeconds * 1000;
    ProjectorLabels::setText(clock, elapsed);
    if (expectedSeconds <= 0) {
        ProjectorLabels::setText(status, QString());
        ProjectorLabels::setStatus(status, "");
        ProjectorLabels::setStatus(clock, "");
    } else if (elapsedMs > expectedMs) {
        ProjectorLabels::setText(
            status, tr("▲ +%1 over").arg(Duration::formatClock(elapsedMs - expectedMs)));
        ProjectorLabels::setStatus(status, "late");
        ProjectorLabels::setStatus(clock, "late");
    } else {
        ProjectorLabels::setText(
            status, tr("● %1 left").arg(Duration::formatCountdown(expectedMs - elapsedMs)));
        ProjectorLabels::setStatus(status, "ontime");
        ProjectorLabels::setStatus(clock, "");
    }
}
