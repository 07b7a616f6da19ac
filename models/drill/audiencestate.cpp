#include "audiencestate.h"

#include "markdowntext.h"
#include "runbook.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The instructions as the room sees them: the text, the command as code, how to verify. Only the
// instructions are Markdown; the command and verify are plain text, shown as written.
QString publicInstructions(const Step &step)
{
    QString markdown = step.instructions.trimmed();
    if (!step.command.trimmed().isEmpty()) {
        if (!markdown.isEmpty())
            markdown += u"\n\n"_s;
        markdown += MarkdownText::codeBlock(step.command.trimmed());
    }
    if (!step.verify.trimmed().isEmpty()) {
        if (!markdown.isEmpty())
            markdown += u"\n\n"_s;
        markdown += QCoreApplication::translate("AudienceState", "**Verify:** %1")
                        .arg(MarkdownText::escaped(step.verify.trimmed()));
    }
    return markdown;
}
} // namespace

AudienceState AudienceState::fromRunbook(const Runbook &runbook, const Progress &progress)
{
    AudienceState state;
    state.runbookTitle = runbook.title;
    state.environment = progress.environment;
    state.iteration = progress.iteration;
    state.exampleData = progress.exampleData;
    state.stepsTotal = runbook.stepCount();
    state.drillElapsedMs = progress.drillElapsedMs;
    state.clockRunning = progress.clockRunning && !progress.paused && !progress.finished;
    state.paused = progress.paused && !progress.finished;
    state.finished = progress.finished;
    state.pinnedAnnotations = progress.pinnedAnnotations;

    const QList<Step> steps = runbook.allSteps();
    for (const Step &step : steps) {
        if (progress.notTakenStepIds.contains(step.id))
            ++state.stepsNotTaken;
        else if (progress.skippedStepIds.contains(step.id))
            ++state.stepsSkipped;
        else if (progress.doneStepIds.contains(step.id))
            ++state.stepsDone;
    }

    for (const auto &[id, elapsedMs] : progress.runningSteps) {
        const Step *step = runbook.findStep(id);
        if (!step)
            continue;
        const Phase *phase = runbook.phaseOfStep(id);
        RunningStep running;
        running.id = step->id;
        running.number = runbook.stepIndex(id) + 1;
        running.title = step->title;
        running.instructions = publicInstructions(*step);
        running.phaseTitle = phase ? phase->title : QString();
        running.elapsedMs = elapsedMs;
        running.expectedSeconds = step->expectedSeconds;
        running.rewritten = progress.rewrittenStepIds.contains(id);
        running.waiting = progress.waitingStepIds.contains(id);
        running.role = step->role;
        for (const Participant &p : progress.participants)
            if (!step->role.isEmpty() && p.role == step->role && !p.name.isEmpty())
                running.people << p.name;
        running.question = step->decision.question;
        for (const DecisionOption &option : step->decision.options)
            running.options << option.label;
        state.runningSteps.append(running);
    }

    // The next step is the first ready to start (Page Down starts it); with none ready, the
    // first in reading order that is neither done nor running.
    const Step *next = nullptr;
    for (const QString &id : progress.readyStepIds) {
        if (const Step *step = runbook.findStep(id)) {
            state.readyStepTitles.append(step->title);
            next = next ? next : step;
        }
    }
    auto isRunning = [&](const QString &id) {
        return std::any_of(progress.runningSteps.cbegin(), progress.runningSteps.cend(),
                           [&](const auto &entry) { return entry.first == id; });
    };
    for (qsizetype i = 0; !next && i < steps.size(); ++i)
        if (!isRunning(steps[i].id) && !progress.doneStepIds.contains(steps[i].id))
            next = runbook.findStep(steps[i].id);
    if (next)
        state.nextStepTitle = next->title;
    // Nothing ready while a decision runs: what comes next is the answer's to say.
    const bool deciding = std::any_of(state.runningSteps.cbegin(), state.runningSteps.cend(),
                                      [](const RunningStep &r) { return !r.question.isEmpty(); });
    if (deciding && state.readyStepTitles.isEmpty() && next)
        state.nextStepTitle =
            QCoreApplication::translate("AudienceState", "The step the answer leads to");
    if (!state.runningSteps.isEmpty()) {
        state.phaseTitle = state.runningSteps.constFirst().phaseTitle;
    } else if (next) {
        if (const Phase *phase = runbook.phaseOfStep(next->id))
            state.phaseTitle = phase->title;
    }

    for (const Inject &inject : runbook.injects) {
        if (progress.revealedInjectIds.contains(inject.id))
            state.revealedInjects.append(inject.title);
    }

    const qsizetype firstShown = qMax<qsizetype>(0, progress.observations.size() - maxObservations);
    state.observations = progress.observations.mid(firstShown);

    // Restored or not is the analysis' call (DrillAnalysis): a skipped service-restored step is
    // "done or skipped" here, but it restored nothing.
    state.serviceNotRestored = progress.finished && !progress.rto.achieved;
    if (progress.rto.achieved)
        state.rtoAchievedMs = progress.rto.elapsedMs;
    state.rtoStatus = progress.rtoStatus;
    state.rtoTargetMs = runbook.rtoSeconds * 1000;
    state.rpoMs = progress.rpoMs;
    state.rpoTargetMs = runbook.rpoSeconds * 1000;
    state.allStepsDone = !progress.finished && state.stepsTotal > 0 &&
                         state.stepsFinished() == state.stepsTotal && state.runningSteps.isEmpty();
    if (runbook.rtoSeconds > 0) {
        RtoCountdown rto = progress.rto;
        rto.targetMs = runbook.rtoSeconds * 1000;
        if (progress.finished && rto.achieved) {
            state.rtoRemainingMs = rto.remainingAt(0); // the target minus the achieved RTO
        } else if (!progress.finished && !rto.achieved) {
            state.rtoRemainingMs = rto.remainingAt(0);
            state.rtoRunning = rto.running;
        }
    }
    state.ghost = progress.ghost;
    return state;
}
