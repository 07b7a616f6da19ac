// Runs a step's command and then its verification, each in a process group of its own, and
// turns how they ended into the step's evidence.
#include "commandrun.h"

#include "duration.h"
#include "outputcapture.h"
#include "processgroup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cstring>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int reapPollMs = 20;
// How long the destructor waits for a killed shell to be reaped.
constexpr int destructorWaitMs = 3000;

int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

QString signalName(int sig)
{
    const char *abbreviation = ::sigabbrev_np(sig);
    return abbreviation ? u"SIG"_s + QString::fromLatin1(abbreviation) : QString::number(sig);
}
} // namespace

struct CommandRun::Private
{
    enum class Phase { Idle, Command, Verify, Reaping, Done };

    CommandRun *q;
    Phase phase = Phase::Idle;
    Phase reaped = Phase::Idle; // the phase whose group is being reaped
    QProcess *process = nullptr;
    qint64 group = 0;
    bool started = false;     // the current process runs (setsid done)
    bool cancelled = false;   // by cancel()
    bool timedOut = false;    // the current phase ran past its timeout
    bool terminating = false; // TERM sent to the current group
    bool killed = false;      // KILL sent to the current group
    OutputCapture standardOutput;
    OutputCapture standardError;
    OutputCapture verifyOutput;
    QTimer timeout;
    QTimer grace;
    QTimer reapPoll;
    CommandEvidence evidence;
    Clock clock = [] { return QDateTime::currentMSecsSinceEpoch(); };

    Private(CommandRun *run, qint64 cap)
        : q(run), standardOutput(cap), standardError(cap), verifyOutput(cap)
    {}

    QString startProblem() const;
    void launch(Phase next);
    void readOutput(QProcess::ProcessChannel channel);
    void terminate();
    void killGroup();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartFailed();
    void reap();
    void afterReaping();
    void finish();
};

QString CommandRun::Private::startProblem() const
{
    const CommandSpec &spec = q->m_spec;
    if (spec.command.trimmed().isEmpty())
        return tr("the step has no command to run");
    if (spec.shell.isEmpty())
        return tr("no shell is given to run the command in (the `shell` key)");
    const QString program = spec.shell.constFirst();
    if (program.contains(u'/')) {
        const QFileInfo file(program);
        if (!file.exists())
            return tr("the shell `%1` does not exist (the `shell` key)").arg(program);
        if (file.isDir() || !file.isExecutable())
            return tr("the shell `%1` is not an executable program (the `shell` key)").arg(program);
    } else if (QStandardPaths::findExecutable(program).isEmpty()) {
        return tr("the shell `%1` is not found on the PATH (the `shell` key)").arg(program);
    }
    const QFileInfo folder(spec.workingDirectory);
    if (!folder.exists())
        return tr("the working folder `%1` does not exist (the `workdir` key)")
            .arg(spec.workingDirectory);
    if (!folder.isDir())
        return tr("the working folder `%1` is not a folder (the `workdir` key)")
            .arg(spec.workingDirectory);
    return {};
}

void CommandRun::Private::launch(Phase next)
{
    const CommandSpec &spec = q->m_spec;
    phase = next;
    group = 0;
    started = timedOut = terminating = killed = false;
    if (process) {
        process->disconnect(q);
        process->deleteLater();
    }
    process = new QProcess(q);
    process->setProgram(spec.shell.constFirst());
    process->setArguments(spec.shell.mid(1)
                          << (next == Phase::Verify ? spec.verifyCommand : spec.command));
    process->setWorkingDirectory(spec.workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    if (next == Phase::Verify)
        process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own session and process group, so that TERM and KILL reach everything it starts.
    process->setChildProcessModifier([] { ::setsid(); });

    QObject::connect(process, &QProcess::readyReadStandardOutput, q,
                     [this] { readOutput(QProcess::StandardOutput); });
    QObject::connect(process, &QProcess::readyReadStandardError, q,
                     [this] { readOutput(QProcess::StandardError); });
    QObject::connect(process, &QProcess::started, q, [this] {
        started = true;
        group = process->processId();
        if (cancelled || timedOut)
            terminate();
    });
    QObject::connect(process, &QProcess::finished, q,
                     [this](int code, QProcess::ExitStatus status) { onFinished(code, status); });
    QObject::connect(process, &QProcess::errorOccurred, q, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onStartFailed();
    });
    timeout.start(timerMs(spec.timeoutMs));
    process->start();
}

void CommandRun::Private::readOutput(QProcess::ProcessChannel channel)
{
    if (!process)
        return;
    if (phase == Phase::Verify) {
        const QString text = verifyOutput.append(process->readAllStandardOutput());
        if (!text.isEmpty())
            Q_EMIT q->output(Channel::StandardOutput, text);
        return;
    }
    const bool isError = channel == QProcess::StandardError;
    const QByteArray bytes =
        isError ? process->readAllStandardError() : process->readAllStandardOutput();
    const QString text = (isError ? standardError : standardOutput).append(bytes);
    if (!text.isEmpty())
        Q_EMIT q->output(isError ? Channel::StandardError : Channel::StandardOutput, text);
}

void CommandRun::Private::terminate()
{
    timeout.stop();
    if (!started || terminating)
        return; // the started handler comes back here once the group exists
    terminating = true;
    ProcessGroup::signal(group, SIGTERM);
    grace.start(timerMs(q->m_spec.termGraceMs));
}

void CommandRun::Private::killGroup()
{
    killed = true;
    ProcessGroup::signal(group, SIGKILL);
}

void CommandRun::Private::onStartFailed()
{
    if (phase != Phase::Command && phase != Phase::Verify)
        return;
    timeout.stop();
    const QString problem =
        tr("could not start `%1`: %2").arg(q->m_spec.shell.join(u' '), process->errorString());
    if (phase == Phase::Command) {
        evidence.outcome = CommandEvidence::Outcome::FailedToStart;
        evidence.error = problem;
    } else {
        evidence.outcome = CommandEvidence::Outcome::VerifyFailed;
        evidence.error = tr("the verification did not start: %1").arg(problem);
    }
    finish();
}

void CommandRun::Private::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (phase != Phase::Command && phase != Phase::Verify)
        return;
    timeout.stop();
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    const bool crashed = status == QProcess::CrashExit;
    const CommandSpec &spec = q->m_spec;
    const QString limit = Duration::format((spec.timeoutMs + 999) / 1000);
    const QString stopped = killed ? tr("killed with SIGKILL after it ignored SIGTERM for %1")
                                         .arg(Duration::format((spec.termGraceMs + 999) / 1000))
                                   : tr("stopped with SIGTERM");
    using Outcome = CommandEvidence::Outcome;
    if (phase == Phase::Command) {
        evidence.exitCode = crashed ? -1 : exitCode;
        evidence.signal = crashed ? exitCode : 0;
        if (cancelled) {
            evidence.outcome = Outcome::Cancelled;
            evidence.error = tr("cancelled while it ran; %1").arg(stopped);
        } else if (timedOut) {
            evidence.outcome = Outcome::TimedOut;
            evidence.error = tr("ran past its timeout of %1; %2").arg(limit, stopped);
        } else if (crashed) {
            evidence.outcome = Outcome::Crashed;
            evidence.error = tr("ended by the signal %1").arg(signalName(exitCode));
        } else if (exitCode != 0) {
            evidence.outcome = Outcome::Failed;
            evidence.error = tr("exited with status %1").arg(exitCode);
        } else {
            evidence.outcome = Outcome::Passed;
        }
    } else {
        if (!crashed)
            evidence.verifyExitCode = exitCode;
        if (cancelled) {
            evidence.outcome = Outcome::Cancelled;
            evidence.error = tr("cancelled while its verification ran; %1").arg(stopped);
        } else if (timedOut) {
            evidence.outcome = Outcome::VerifyFailed;
            evidence.error =
                tr("the verification ran past its timeout of %1; %2").arg(limit, stopped);
        } else if (crashed) {
            evidence.outcome = Outcome::VerifyFailed;
            evidence.error =
                tr("the verification was ended by the signal %1").arg(signalName(exitCode));
        } else if (exitCode != 0) {
            evidence.outcome = Outcome::VerifyFailed;
            evidence.error = tr("the verification exited with status %1").arg(exitCode);
        } else {
            evidence.outcome = Outcome::Passed;
        }
    }
    reaped = phase;
    phase = Phase::Reaping;
    reap();
}

// The shell is gone; what it left in its group gets TERM, and KILL after the grace period.
void CommandRun::Private::reap()
{
    if (!ProcessGroup::hasLiveMembers(group)) {
        afterReaping();
        return;
    }
    if (!terminating) {
        terminating = true;
        ProcessGroup::signal(group, SIGTERM);
        grace.start(timerMs(q->m_spec.termGraceMs));
    }
    reapPoll.start(reapPollMs);
}

void CommandRun::Private::afterReaping()
{
    reapPoll.stop();
    grace.stop();
    if (cancelled && evidence.passed()) {
        evidence.outcome = CommandEvidence::Outcome::Cancelled;
        evidence.error = tr("cancelled before its verification ran");
    }
    if (reaped == Phase::Command && evidence.passed() && !q->m_spec.verifyCommand.isEmpty()) {
        Q_EMIT q->output(Channel::StandardOutput,
                         tr("\n[Verifying: %1]\n").arg(q->m_spec.verifyCommand));
        launch(Phase::Verify);
        return;
    }
    finish();
}

void CommandRun::Private::finish()
{
    timeout.stop();
    grace.stop();
    reapPoll.stop();
    phase = Phase::Done;
    if (process)
        process->disconnect(q);
    evidence.endMs = std::max(clock(), evidence.startMs);
    evidence.standardOutput = standardOutput.result();
    evidence.standardError = standardError.result();
    if (!q->m_spec.verifyCommand.isEmpty())
        evidence.verifyOutput = verifyOutput.result();
    Q_EMIT q->finished(evidence);
}

CommandRun::CommandRun(const CommandSpec &spec, QObject *parent)
    : QObject(parent), m_spec(spec), d(std::make_unique<Private>(this, spec.outputCapBytes))
{
    d->timeout.setSingleShot(true);
    d->grace.setSingleShot(true);
    connect(&d->timeout, &QTimer::timeout, this, [this] {
        d->timedOut = true;
        d->terminate();
    });
    connect(&d->grace, &QTimer::timeout, this, [this] {
        d->killGroup();
        if (d->phase == Private::Phase::Reaping)
            d->afterReaping(); // KILL cannot be ignored: nothing is left to wait for
    });
    connect(&d->reapPoll, &QTimer::timeout, this, [this] {
        if (!ProcessGroup::hasLiveMembers(d->group))
            d->afterReaping();
    });
}

CommandRun::~CommandRun()
{
    if (!d->process)
        return;
    d->process->disconnect(this);
    if (d->phase == Private::Phase::Command || d->phase == Private::Phase::Verify ||
        d->phase == Private::Phase::Reaping) {
        if (d->started)
            ProcessGroup::signal(d->group, SIGKILL);
        else
            d->process->kill();
        d->process->waitForFinished(destructorWaitMs);
    }
}

void CommandRun::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

bool CommandRun::isRunning() const
{
    return d->phase == Private::Phase::Command || d->phase == Private::Phase::Verify ||
           d->phase == Private::Phase::Reaping;
}

void CommandRun::start()
{
    if (d->phase != Private::Phase::Idle)
        return;
    d->evidence.command = m_spec.command;
    d->evidence.verifyCommand = m_spec.verifyCommand;
    d->evidence.startMs = d->clock();
    if (const QString problem = d->startProblem(); !problem.isEmpty()) {
        d->evidence.outcome = CommandEvidence::Outcome::FailedToStart;
        d->evidence.error = problem;
        d->phase = Private::Phase::Reaping; // running until finished() is out, as for the rest
        QTimer::singleShot(0, this, [this] { d->finish(); });
        return;
    }
    d->launch(Private::Phase::Command);
}

void CommandRun::cancel()
{
    if (!isRunning() || d->cancelled)
        return;
    d->cancelled = true;
    if (d->phase != Private::Phase::Reaping)
        d->terminate();
}
