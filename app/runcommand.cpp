#include "runcommand.h"

#include "automatedrun.h"
#include "commandlineinterface.h"
#include "databasepath.h"
#include "drillengine.h"
#include "drillsession.h"
#include "duration.h"
#include "junitreport.h"
#include "outputfile.h"
#include "runbookloader.h"
#include "runbooktrust.h"
#include "terminaltext.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

const QString prefix = u"drilldeck run: "_s;

QString seconds(qint64 ms)
{
    return Text::tr("%1 s").arg(double(std::max<qint64>(0, ms)) / 1000.0, 0, 'f', 1);
}

// Every command the runbook would run, one per line, for the user to read before trusting it.
QString commandList(const Runbook &runbook)
{
    QString list;
    for (const Step &step : runbook.allSteps()) {
        if (!AutomatedRun::runsStep(step))
            continue;
        // A command of several lines shows its line breaks as ␊: one line per command.
        list += u"  "_s + TerminalText::sanitise(step.id) + u": "_s +
                TerminalText::sanitise(step.command.trimmed()) + u'\n';
        if (!step.verifyCommand.trimmed().isEmpty())
            list += u"  "_s + TerminalText::sanitise(step.id) + u" (verify_command): "_s +
                    TerminalText::sanitise(step.verifyCommand.trimmed()) + u'\n';
    }
    return list;
}

// Why the runbook may not run its commands, or empty: --trust trusts it as it is now,
// --trust=SHA256 only when that is its hash.
QString untrusted(const std::optional<QString> &trust, const QString &sha256)
{
    if (!trust)
        return Text::tr("the runbook runs commands on this machine; read them, then give --trust "
                        "(this file as it is now) or --trust=%1")
            .arg(sha256);
    if (!trust->isEmpty() && trust->compare(sha256, Qt::CaseInsensitive) != 0)
        return Text::tr("--trust=%1 does not match the runbook, whose SHA-256 is %2: it changed "
                        "since it was read; read its commands again")
            .arg(TerminalText::sanitise(*trust), sha256);
    return {};
}

void printProgress(AutomatedRun &run, QTextStream &out)
{
    QObject::connect(&run, &AutomatedRun::stepStarted, &run, [&out](const QString &id) {
        out << Text::tr("%1: started").arg(TerminalText::sanitise(id)) << '\n';
        out.flush();
    });
    QObject::connect(
        &run, &AutomatedRun::stepFinished, &run,
        [&out](const QString &id, const CommandEvidence &e) {
            const QString took = seconds(e.endMs - e.startMs);
            if (e.passed()) {
                out << Text::tr("%1: passed in %2").arg(id, took) << '\n';
            } else {
                out << Text::tr("%1: %2 after %3")
                           .arg(id, TerminalText::sanitise(JUnitReport::failureMessage(e)), took)
                    << '\n';
                const QStringList tail = e.outputTail().split(u'\n', Qt::SkipEmptyParts);
                for (const QString &line : tail)
                    out << u"    | "_s << TerminalText::sanitise(line) << '\n';
            }
            out.flush();
        });
    QObject::connect(&run, &AutomatedRun::stepNotRun, &run,
                     [&out](const QString &id, const QString &reason) {
                         out << id << ": " << TerminalText::sanitise(reason) << '\n';
                         out.flush();
                     });
}
} // namespace

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Run a runbook's automated steps as a recorded drill, without a person (a CI job):\n"
        "each step with `automation: automated` and a `command`, in dependency order; every\n"
        "other step is recorded as not run. The drill is stored as automated, with its\n"
        "environment and the next iteration, and appears in the history and on the charts.\n"
        "Commands run only after --trust: without it the commands are listed with the SHA-256\n"
        "to pass, and nothing runs. After a failure no new step starts (unless --keep-going);\n"
        "the drill is finished either way, the failure kept as the step's evidence.\n"
        "Exit status: 0 when every automated step passed, 1 when one did not, the runbook is\n"
        "invalid or not trusted, or the drill could not be recorded, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption env(u"env"_s, Text::tr("The environment (one of the runbook's)."),
                                 u"ENV"_s);
    const QCommandLineOption junit(
        u"junit"_s, Text::tr("Write a JUnit XML report (one test case per step)."), u"OUT.xml"_s);
    const QCommandLineOption trust(
        u"trust"_s, Text::tr("Run the runbook's commands: trust the file as it is now; "
                             "--trust=SHA256 only when the file's SHA-256 is that."));
    const QCommandLineOption jobs(u"jobs"_s,
                                  Text::tr("Commands run at the same time where depends_on "
                                           "allows (default 1)."),
                                  u"N"_s, u"1"_s);
    const QCommandLineOption keepGoing(u"keep-going"_s,
                                       Text::tr("After a failure, go on with the steps that do "
                                                "not depend on the failed one."));
    parser.addOptions({help, env, DatabasePath::option(), junit, trust, jobs, keepGoing});
    parser.addPositionalArgument(u"run"_s, Text::tr("The command."));
    parser.addPositionalArgument(u"RUNBOOK"_s, Text::tr("The runbook file (YAML)."));
    // --trust=SHA256: QCommandLineParser has no optional values, so the hash is taken out first.
    QStringList args;
    std::optional<QString> trustValue;
    for (const QString &a : arguments) {
        if (a.startsWith(u"--trust="_s))
            trustValue = a.mid(8);
        else
            args << a;
    }
    if (!parser.parse(args)) {
        err << prefix << parser.errorText() << '\n' << "Try 'drilldeck run --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] run RUNBOOK"_s, u"run [options] RUNBOOK"_s);
        return CommandLineInterface::Success;
    }
    if (parser.isSet(trust) && !trustValue)
        trustValue = QString();
    if (trustValue && parser.isSet(trust) && !trustValue->isEmpty()) {
        err << prefix << Text::tr("give --trust or --trust=SHA256, not both") << '\n';
        return CommandLineInterface::UsageError;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        err << prefix
            << (files.isEmpty() ? Text::tr("no runbook given")
                                : Text::tr("one runbook at a time; got %1").arg(files.size()))
            << '\n'
            << "Usage: drilldeck run RUNBOOK --env ENV [--trust] [--junit OUT.xml]\n";
        return CommandLineInterface::UsageError;
    }
    bool jobsOk = false;
    const int jobCount = parser.value(jobs).toInt(&jobsOk);
    if (!jobsOk || jobCount < 1 || jobCount > 64) {
        err << prefix
            << Text::tr("--jobs takes a number from 1 to 64, not `%1`")
                   .arg(TerminalText::sanitise(parser.value(jobs)))
            << '\n';
        return CommandLineInterface::UsageError;
    }
    const QString junitPath = parser.value(junit);
    if (parser.isSet(junit) && junitPath.isEmpty()) {
        err << prefix << Text::tr("--junit needs a file name") << '\n';
        return CommandLineInterface::UsageError;
    }

    const QString file = files.constFirst();
    const RunbookLoadResult loaded = RunbookLoader::loadFile(file);
    for (const Diagnostic &d : loaded.diagnostics)
        err << TerminalText::sanitise(d.toString()) << '\n';
    if (!loaded.ok())
        return CommandLineInterface::Invalid;
    const Runbook &runbook = *loaded.runbook;
    const QString environment = parser.value(env);
    const QString known = runbook.environments.join(u", "_s);
    if (environment.isEmpty() ||
        (!runbook.environments.isEmpty() && !runbook.environments.contains(environment))) {
        err << prefix
            << (environment.isEmpty()
                    ? Text::tr("--env ENV is needed")
                    : Text::tr("unknown environment `%1`").arg(TerminalText::sanitise(environment)))
            << (runbook.environments.isEmpty()
                    ? QString()
                    : u"; "_s + Text::tr("the runbook's environments: %1")
                                    .arg(TerminalText::sanitise(known)))
            << '\n';
        return CommandLineInterface::UsageError;
    }
    const QList<Step> steps = runbook.allSteps();
    if (std::none_of(steps.cbegin(), steps.cend(), &AutomatedRun::runsStep)) {
        err << prefix
            << Text::tr("%1 has no step with `automation: automated` and a `command`; nothing "
                        "to run")
                   .arg(TerminalText::sanitise(file))
            << '\n';
        return CommandLineInterface::Invalid;
    }
    const QString sha256 = RunbookTrust::sha256Of(loaded.source);
    if (const QString why = untrusted(trustValue, sha256); !why.isEmpty()) {
        err << prefix << why << '\n'
            << Text::tr("The commands it would run:") << '\n'
            << commandList(runbook);
        return CommandLineInterface::Invalid;
    }
    if (!junitPath.isEmpty())
        if (const QString refusal = OutputFile::refusal(junitPath); !refusal.isEmpty()) {
            err << prefix << TerminalText::sanitise(refusal) << '\n';
            return CommandLineInterface::Invalid;
        }

    auto opened = DrillSession::open(DatabasePath::resolve(parser.value(DatabasePath::option())));
    if (!opened) {
        err << prefix << TerminalText::sanitise(opened.error().message) << '\n';
        return CommandLineInterface::Invalid;
    }
    const std::unique_ptr<DrillSession> session = std::move(opened).value();
    Drill drill;
    drill.environment = environment;
    drill.facilitator = QString::fromUtf8(AutomatedRun::author);
    drill.runKind = Drill::RunKind::Automated;
    auto created = session->createDrill(loaded.source, runbook, drill);
    if (!created) {
        err << prefix << TerminalText::sanitise(created.error().message) << '\n';
        return CommandLineInterface::Invalid;
    }
    DrillEngine *engine = created.value();
    out << Text::tr("drill %1: %2, %3, iteration %4")
               .arg(engine->drill().id)
               .arg(TerminalText::sanitise(runbook.id), TerminalText::sanitise(environment))
               .arg(engine->drill().iteration)
        << '\n';
    out.flush();

    AutomatedRun run(engine, QFileInfo(file).absolutePath(),
                     {.jobs = jobCount, .keepGoing = parser.isSet(keepGoing)});
    printProgress(run, out);
    // A cancelled CI job (SIGTERM), Ctrl+C or a closed terminal: the commands are stopped with
    // their process groups and the drill is recorded as aborted, then drilldeck dies of the
    // signal so that the job sees how it ended. A second signal ends it at once.
    TerminationSignals terminationSignals;
    int stoppedBy = 0;
    QObject::connect(
        &terminationSignals, &TerminationSignals::received, &run,
        [&run, &stoppedBy, &err](int signal) {
            stoppedBy = signal;
            const QString why =
                Text::tr("the run was stopped by %1").arg(TerminationSignals::name(signal));
            err << prefix << why << '\n';
            err.flush();
            run.cancel(why);
        });
    QEventLoop loop;
    QObject::connect(&run, &AutomatedRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (!run.isFinished())
        loop.exec();

    const QList<AutomatedRun::StepResult> results = run.results();
    int passed = 0, failed = 0, notRun = 0;
    for (const AutomatedRun::StepResult &r : results) {
        passed += r.outcome == AutomatedRun::StepResult::Outcome::Passed;
        failed += r.outcome == AutomatedRun::StepResult::Outcome::Failed;
        notRun += r.outcome == AutomatedRun::StepResult::Outcome::NotRun;
    }
    const DrillMetrics metrics = engine->metrics();
    out << (run.isCancelled()
                ? Text::tr("drill %1 aborted: %2 passed, %3 failed, %4 not run; RTO %5")
                : Text::tr("drill %1 finished: %2 passed, %3 failed, %4 not run; RTO %5"))
               .arg(engine->drill().id)
               .arg(passed)
               .arg(failed)
               .arg(notRun)
               .arg(metrics.rtoMs ? Duration::format(*metrics.rtoMs / 1000)
                                  : Text::tr("not restored"))
        << '\n';
    out.flush();

    int code = run.passed() ? CommandLineInterface::Success : CommandLineInterface::Invalid;
    if (!run.recordingError().isEmpty() || engine->hasPending()) {
        // Nothing is dropped: what the store refused goes to stderr, to be kept with the job.
        err << prefix
            << Text::tr("the drill could not be fully recorded: %1; the events not stored "
                        "follow (JSON)")
                   .arg(TerminalText::sanitise(run.recordingError()))
            << '\n'
            << QString::fromUtf8(engine->exportPending()) << '\n';
        code = CommandLineInterface::Invalid;
    }
    if (!junitPath.isEmpty()) {
        JUnitReport::Run report{.runbookId = runbook.id,
                                .environment = environment,
                                .drillId = engine->drill().id,
                                .iteration = engine->drill().iteration,
                                .startMs = metrics.startedMs,
                                .endMs = metrics.endedMs,
                                .steps = results};
        if (QString error; !OutputFile::write(junitPath, JUnitReport::toXml(report), &error)) {
            err << prefix << TerminalText::sanitise(error) << '\n';
            code = CommandLineInterface::Invalid;
        }
    }
    if (stoppedBy != 0) {
        out.flush();
        err.flush();
        std::signal(stoppedBy, SIG_DFL);
        std::raise(stoppedBy);
    }
    return code;
}
