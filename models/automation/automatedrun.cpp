// Runs a new drill's automated steps without a person: scheduling, evidence, skips, the end.
#include "automatedrun.h"

#include "commandrun.h"
#include "commandspec.h"
#include "drillengine.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AutomatedRun)
};
} // namespace

AutomatedRun::AutomatedRun(DrillEngine *engine, const QString &runbookDirectory, Options options,
                           QObject *parent)
    : QObject(parent), m_engine(engine), m_runbookDirectory(runbookDirectory), m_options(options)
{
    m_options.jobs = std::max(1, m_options.jobs);
}

AutomatedRun::~AutomatedRun() = default;

bool AutomatedRun::runsStep(const Step &step)
{
    return notRunReason(step).isEmpty();
}

QString AutomatedRun::notRunReason(const Step &step)
{
    switch (step.automation) {
    case Step::Automation::Manual:
        return Text::tr("not run: manual step in an automated run");
    case Step::Automation::Scripted:
        return Text::tr("not run: scripted step in an automated run");
    case Step::Automation::Automated:
        return step.command.trimmed().isEmpty()
                   ? Text::tr("not run: automated step without a command")
                   : QString();
    }
    return {};
}

void AutomatedRun::start()
{
    m_engine->setAuthor(QString::fromUtf8(author));
    if (!record(m_engine->start().committed(), Text::tr("the drill could not be started"))) {
        m_stopping = true;
    } else {
        // The steps nobody runs here are settled first: a dependency that is not run counts as
        // resolved, so the automated steps after it can go.
        for (const Step &step : m_engine->runbook().allSteps())
            if (const QString why = notRunReason(step); !why.isEmpty())
                skip(step.id, why);
    }
    schedule();
}

bool AutomatedRun::record(bool ok, const QString &message)
{
    if (!ok && m_recordingError.isEmpty()) {
        // The engine keeps what the store refused pending; the caller says so and exports it.
        m_recordingError = message;
        m_stopping = true;
    }
    return ok;
}

void AutomatedRun::skip(const QString &stepId, const QString &reason)
{
    const AppendResult r = m_engine->skipStep(stepId, reason);
    if (r.rejected() || !record(r.committed(), r.message))
        return;
    m_notRun.insert(stepId, reason);
    Q_EMIT stepNotRun(stepId, reason);
}

void AutomatedRun::schedule()
{
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        startReadySteps();
    } while (m_scheduleAgain);
    m_scheduling = false;
    finishIfDone();
}

void AutomatedRun::startReadySteps()
{
    if (m_stopping)
        return;
    for (const QString &stepId : m_engine->readySteps()) {
        if (m_running.size() >= m_options.jobs || m_stopping)
            return;
        const Step *step = m_engine->runbook().findStep(stepId);
        if (step && runsStep(*step))
            startStep(stepId);
    }
}

void AutomatedRun::startStep(const QString &stepId)
{
    const AppendResult started = m_engine->startStep(stepId);
    if (!record(started.committed(), started.message))
        return;
    const Runbook &runbook = m_engine->runbook();
    auto *run = new CommandRun(
        CommandSpec::forStep(runbook, *runbook.findStep(stepId), m_runbookDirectory), this);
    m_running.insert(stepId, run);
    connect(run, &CommandRun::finished, this, [this, stepId](const CommandEvidence &evidence) {
        onCommandFinished(stepId, evidence);
    });
    Q_EMIT stepStarted(stepId);
    run->start();
}

void AutomatedRun::onCommandFinished(const QString &stepId, const CommandEvidence &evidence)
{
    if (CommandRun *run = m_running.take(stepId))
        run->deleteLater();
    m_evidence.insert(stepId, evidence);
    const AppendResult recorded = m_engine->recordCommandRun(evidence, stepId);
    const bool stored = record(recorded.committed(), recorded.message);
    if (evidence.passed()) {
        if (stored) {
            const AppendResult done = m_engine->completeStep(stepId);
            record(done.committed(), done.message);
        }
    } else {
        // The step stays started, as in the console: its evidence says how it failed.
        m_failed.insert(stepId);
        if (m_firstFailure.isEmpty())
            m_firstFailure = stepId;
        if (!m_options.keepGoing)
            m_stopping = true;
    }
    Q_EMIT stepFinished(stepId, evidence);
    schedule();
}

void AutomatedRun::cancel(const QString &reason)
{
    if (m_finished || !m_cancelReason.isEmpty())
        return;
    m_cancelReason = reason;
    m_stopping = true;
    if (m_running.isEmpty()) {
        schedule();
        return;
    }
    // Each run ends with its evidence (Cancelled); the last one finishes the drill.
    const QList<CommandRun *> running = m_running.values();
    for (CommandRun *run : running)
        run->cancel();
}

QString AutomatedRun::reasonAfterFailure(const QString &stepId) const
{
    if (!m_cancelReason.isEmpty())
        return Text::tr("not run: %1").arg(m_cancelReason);
    if (!m_recordingError.isEmpty())
        return Text::tr("not run: the drill could not be recorded");
    if (!m_options.keepGoing && !m_firstFailure.isEmpty())
        return Text::tr("not run: stopped after step `%1` failed").arg(m_firstFailure);
    const Step *step = m_engine->runbook().findStep(stepId);
    for (const QString &dependency : step ? step->dependsOn : QStringList())
        if (m_failed.contains(dependency))
            return Text::tr("not run: needs step `%1`, which failed").arg(dependency);
    for (const QString &dependency : step ? step->dependsOn : QStringList())
        if (m_engine->stepStatus(dependency) != StepStatus::Done)
            return Text::tr("not run: needs step `%1`, which did not pass").arg(dependency);
    return Text::tr("not run: its dependencies never completed");
}

void AutomatedRun::finishIfDone()
{
    if (m_finished || m_scheduling || !m_running.isEmpty())
        return;
    for (const Step &step : m_engine->runbook().allSteps())
        if (m_engine->stepStatus(step.id) == StepStatus::NotStarted)
            skip(step.id, reasonAfterFailure(step.id));
    // Finished, not aborted, also after a failure: the drill's RTO is measured as for any
    // drill (not restored when the milestone step did not pass) and the failure is evidence.
    // A run stopped from outside (a cancelled job) did not get to the end: aborted, with why.
    const AppendResult end =
        m_cancelReason.isEmpty() ? m_engine->finish() : m_engine->abort(m_cancelReason);
    record(end.committed(),
           end.message.isEmpty() ? Text::tr("the drill could not be finished") : end.message);
    m_finished = true;
    Q_EMIT finished();
}

bool AutomatedRun::passed() const
{
    if (!m_recordingError.isEmpty() || !m_failed.isEmpty())
        return false;
    const QList<Step> steps = m_engine->runbook().allSteps();
    return std::all_of(steps.cbegin(), steps.cend(), [this](const Step &step) {
        return !runsStep(step) || m_engine->stepStatus(step.id) == StepStatus::Done;
    });
}

QList<AutomatedRun::StepResult> AutomatedRun::results() const
{
    QList<StepResult> results;
    const Runbook &runbook = m_engine->runbook();
    for (const Step &step : runbook.allSteps()) {
        StepResult r;
        r.stepId = step.id;
        r.title = step.title;
        if (const Phase *phase = runbook.phaseOfStep(step.id))
            r.phaseId = phase->id;
        if (m_evidence.contains(step.id))
            r.evidence = m_evidence.value(step.id);
        r.notRunReason = m_notRun.value(step.id);
        if (m_failed.contains(step.id))
            r.outcome = StepResult::Outcome::Failed;
        else if (m_engine->stepStatus(step.id) == StepStatus::Done)
            r.outcome = StepResult::Outcome::Passed;
        else
            r.outcome = StepResult::Outcome::NotRun;
        results << r;
    }
    return results;
}
