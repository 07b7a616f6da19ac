// Runs a new drill's automated steps without a person (`drilldeck run`): each `automation:
// automated` step with a `command`, in dependency order, up to `jobs` at a time, every run
// recorded as the step's evidence; every other step skipped as not run. The drill is finished
// when nothing more can run, also after a failure (its RTO is then "not restored" unless the
// milestone step passed, and the failure is in the evidence); a run killed on the way leaves
// an unfinished drill with the evidence so far, which the console offers to resume.
#pragma once

#include "commandevidence.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class CommandRun;
class DrillEngine;
struct Step;

class AutomatedRun : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int jobs = 1;           // commands running at the same time, at least 1
        bool keepGoing = false; // after a failure, go on with the steps that do not need it
    };

    // What became of one step, in the runbook's reading order.
    struct StepResult
    {
        enum class Outcome { Passed, Failed, NotRun };
        QString stepId;
        QString phaseId;
        QString title;
        Outcome outcome = Outcome::NotRun;
        std::optional<CommandEvidence> evidence; // the last run (a step runs at most once here)
        QString notRunReason;
    };

    static constexpr auto author = "drilldeck run";

    // engine: a new drill's, not started (run kind Automated). runbookDirectory: the folder of
    // the runbook file, which relative `workdir`s start from.
    AutomatedRun(DrillEngine *engine, const QString &runbookDirectory, Options options,
                 QObject *parent = nullptr);
    ~AutomatedRun() override; // commands still running are killed (their groups) and waited for

    // Whether drilldeck run runs the step, and why not (empty when it does).
    static bool runsStep(const Step &step);
    static QString notRunReason(const Step &step);

    // Starts the drill, skips the steps it does not run and starts the first commands.
    // finished() follows, once.
    void start();
    // Stops the run (a cancelled CI job: SIGTERM): the running commands are cancelled (TERM to
    // their groups, KILL after the grace), their evidence recorded, nothing new starts, and the
    // drill is aborted with the reason. finished() follows, once.
    void cancel(const QString &reason);
    bool isCancelled() const { return !m_cancelReason.isEmpty(); }
    bool isFinished() const { return m_finished; }
    // Every automated step with a command passed and every event was stored.
    bool passed() const;
    // Why events could not be recorded (the store refused them), or empty.
    QString recordingError() const { return m_recordingError; }
    QList<StepResult> results() const;

Q_SIGNALS:
    void stepStarted(const QString &stepId);
    void stepFinished(const QString &stepId, const CommandEvidence &evidence);
    void stepNotRun(const QString &stepId, const QString &reason);
    void finished();

private:
    // Starts what is ready, as long as slots are free; then finishes the drill if nothing runs.
    // Re-entered from a run that ends at once (fails to start): the outer call goes round again.
    void schedule();
    void startReadySteps();
    void startStep(const QString &stepId);
    void onCommandFinished(const QString &stepId, const CommandEvidence &evidence);
    void finishIfDone();
    void skip(const QString &stepId, const QString &reason);
    // Why a runnable step that never started was not run, after a failure.
    QString reasonAfterFailure(const QString &stepId) const;
    bool record(bool ok, const QString &message);

    DrillEngine *m_engine;
    QString m_runbookDirectory;
    Options m_options;
    QHash<QString, CommandRun *> m_running;
    QHash<QString, CommandEvidence> m_evidence;
    QHash<QString, QString> m_notRun;
    QSet<QString> m_failed;
    QString m_firstFailure;
    QString m_recordingError;
    QString m_cancelReason;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_scheduling = false;
    bool m_scheduleAgain = false;
};
