#include "commandlineinterface.h"

#include "backupcommand.h"
#include "calendarcommand.h"
#include "chartcommand.h"
#include "databasepath.h"
#include "demodata.h"
#include "evidencecommand.h"
#include "historycommand.h"
#include "importcommand.h"
#include "reportcommand.h"
#include "restorecommand.h"
#include "runcommand.h"
#include "signoffcommand.h"
#include "standardoutput.h"
#include "statuscommand.h"
#include "validatecommand.h"
#include "verifycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)
};

QString generalHelp()
{
    QCommandLineParser parser;
    CommandLineInterface::configureGuiParser(parser);
    return parser.helpText() +
           Text::tr(
               "\nCommands (run without a display):\n"
               "  validate FILE...           Check runbook files; print every problem as\n"
               "                             FILE:LINE:COLUMN: error: MESSAGE\n"
               "  history [--db PATH]        List drills: times, RTO and RPO against targets\n"
               "          [--runbook ID] [--environment ENV] [--runs hand|automated|both]\n"
               "          [--format table|csv|json]\n"
               "  chart trend|phases|rpo|automation|steps|timeline --runbook ID\n"
               "          --out FILE.png|.svg|.csv [--db PATH] [--environment ENV]\n"
               "          [--measure rto|wall|active|hands-on|waiting] [--x-axis iteration|date]\n"
               "          [--drill ID] [--runs hand|automated|both]\n"
               "                             Render a history chart, or its numbers, headless\n"
               "  report DRILL_ID|last --out FILE [--format md|html|pdf] [--page a4|letter]\n"
               "          [--db PATH]        Write one drill's report (Markdown, HTML, PDF)\n"
               "  report --from DATE --to DATE --out FILE [--format md|html|pdf] [--db PATH]\n"
               "                             Every drill of a period across the runbooks\n"
               "  backup --out FILE [--db PATH]\n"
               "                             Write a consistent copy of the database\n"
               "  restore FILE [--db PATH]   Check a backup and put it in place of the database;\n"
               "                             the replaced file is kept beside it\n"
               "  import RUNBOOK.md [--out FILE.yaml]\n"
               "                             Make a runbook of a Markdown runbook; every guess\n"
               "                             is printed as FILE:LINE: note: ...\n"
               "  evidence DRILL_ID|last --out FILE.zip [--db PATH]\n"
               "          [--sign gpg[:KEYID]|ssh:KEYFILE]\n"
               "                             Write one drill's evidence pack: reports, log,\n"
               "                             runbooks, outputs, images, MANIFEST (SHA-256)\n"
               "  verify FILE.zip [--allowed-signers FILE]\n"
               "                             Check an evidence pack and its signature\n"
               "  run RUNBOOK --env ENV --trust[=SHA256] [--db PATH] [--junit OUT.xml]\n"
               "          [--jobs N] [--keep-going]\n"
               "                             Run the automated steps as a recorded drill (CI);\n"
               "                             exit 0 only when every one passed\n"
               "  sign-off DRILL_ID|last --name NAME --role ROLE [--statement TEXT]\n"
               "          [--reservations TEXT] [--db PATH]\n"
               "                             Sign off an ended drill's record (as a later\n"
               "                             participant); exit 1 when refused\n"
               "  status [--db PATH] [--format table|csv|json] [--today YYYY-MM-DD]\n"
               "                             The DR programme: per runbook and environment the\n"
               "                             last drill, next due, overdue, confidence\n"
               "  calendar --out FILE.ics [--db PATH] [--today YYYY-MM-DD]\n"
               "                             The due drills as an iCalendar file\n"
               "\n'--demo' instead of '--db PATH' uses the example database (history, "
               "chart,\nreport, evidence, status, calendar).\n"
               "\n'drilldeck COMMAND --help' tells more about a command.\n");
}
} // namespace

void CommandLineInterface::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"DrillDeck"_s);
    QCoreApplication::setApplicationName(u"drilldeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DRILLDECK_VERSION));
}

void CommandLineInterface::configureGuiParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Text::tr(
        "Run disaster-recovery fire drills: the runbook step by step against the stopwatch,\n"
        "on the facilitator's laptop and on the projector."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(DatabasePath::option());
    parser.addOption(demoOption());
    parser.addPositionalArgument(u"RUNBOOK"_s, Text::tr("A runbook file (YAML) to open."),
                                 u"[RUNBOOK.yaml]"_s);
}

QStringList CommandLineInterface::subcommands()
{
    return {u"validate"_s, u"history"_s,  u"backup"_s, u"restore"_s,  u"chart"_s,
            u"report"_s,   u"import"_s,   u"run"_s,    u"sign-off"_s, u"status"_s,
            u"calendar"_s, u"evidence"_s, u"verify"_s};
}

QCommandLineOption CommandLineInterface::demoOption()
{
    return QCommandLineOption(
        u"demo"_s, Text::tr("Open the example database (history of the sample runbooks) instead."));
}

bool CommandLineInterface::needsWidgets(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (!arguments[i].startsWith(u'-'))
            return arguments[i] == u"chart" || arguments[i] == u"report" ||
                   arguments[i] == u"evidence";
    return false;
}

bool CommandLineInterface::handlesTerminationSignals(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (!arguments[i].startsWith(u'-'))
            return arguments[i] == u"run";
    return false;
}

bool CommandLineInterface::isHeadless(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"-h" || a == u"--help" || a == u"--help-all" || a == u"-v" || a == u"--version")
            return true;
        if (!a.startsWith(u'-'))
            return subcommands().contains(a);
    }
    return false;
}

int CommandLineInterface::run(const QStringList &arguments)
{
    // A file size limit (ulimit -f) fails the write with EFBIG and is reported like a full
    // disk, instead of killing the process in the middle of a file.
    std::signal(SIGXFSZ, SIG_IGN);
    StandardOutput standardOutput;
    QTextStream out(&standardOutput);
    QTextStream err(stderr);
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (!arguments[i].startsWith(u'-')) {
            command = arguments[i];
            break;
        }
    int code = dispatch(command, arguments, out, err);
    out.flush();
    if (const QString lost = standardOutput.finish(); !lost.isEmpty()) {
        err << (command.isEmpty() ? u"drilldeck"_s : u"drilldeck "_s + command) << ": "
            << Text::tr("cannot write the output: %1").arg(lost) << '\n';
        if (code == Success)
            code = Invalid;
    }
    err.flush();
    return code;
}

int CommandLineInterface::dispatch(const QString &command, const QStringList &arguments,
                                   QTextStream &out, QTextStream &err)
{
    if (command == u"validate")
        return ValidateCommand::run(arguments, out, err);
    if (command == u"import")
        return ImportCommand::run(arguments, out, err);
    if (command == u"run")
        return RunCommand::run(arguments, out, err);
    if (command == u"verify")
        return VerifyCommand::run(arguments, out, err);
    // --demo: the example database, (re)generated on first use, instead of --db PATH.
    QStringList args = arguments;
    const bool demo = (command == u"history" || command == u"chart" || command == u"report" ||
                       command == u"status" || command == u"calendar" || command == u"evidence") &&
                      args.removeAll(u"--demo"_s) > 0;
    if (demo) {
        for (const QString &a : std::as_const(args))
            if (a == u"--db" || a.startsWith(u"--db=")) {
                err << "drilldeck " << command << ": " << Text::tr("give --demo or --db, not both")
                    << '\n';
                return UsageError;
            }
        auto path = DemoData::ensure();
        if (!path) {
            err << "drilldeck " << command << ": "
                << Text::tr("cannot write the example database: %1").arg(path.error().message)
                << '\n';
            return Invalid;
        }
        args << u"--db"_s << path.value();
    }
    if (command == u"history")
        return HistoryCommand::run(args, out, err);
    if (command == u"chart")
        return ChartCommand::run(args, out, err, demo);
    if (command == u"report")
        return ReportCommand::run(args, out, err, demo);
    if (command == u"status")
        return StatusCommand::run(args, out, err);
    if (command == u"calendar")
        return CalendarCommand::run(args, out, err);
    if (command == u"evidence")
        return EvidenceCommand::run(args, out, err, demo);
    if (command == u"backup")
        return BackupCommand::run(arguments, out, err);
    if (command == u"sign-off")
        return SignOffCommand::run(arguments, out, err);
    if (command == u"restore")
        return RestoreCommand::run(arguments, out, err);
    if (command.isEmpty() && (arguments.contains(u"-v"_s) || arguments.contains(u"--version"_s))) {
        out << "drilldeck " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command.isEmpty()) {
        out << generalHelp();
        return Success;
    }
    err << Text::tr("drilldeck: unknown command `%1`\n").arg(command) << generalHelp();
    return UsageError;
}
