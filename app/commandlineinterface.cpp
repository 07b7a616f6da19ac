#include "commandlineinterface.h"

#include "databasepath.h"
#include "historycommand.h"
#include "validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLineInterface", text);
}

QString generalHelp()
{
    QCommandLineParser parser;
    CommandLineInterface::configureGuiParser(parser);
    return parser.helpText() +
           tr("\nCommands (run without a display):\n"
              "  validate FILE...           Check runbook files; print every problem as\n"
              "                             FILE:LINE:COLUMN: error: MESSAGE\n"
              "  history [--db PATH]        List drills: times, RTO and RPO against targets\n"
              "          [--runbook ID] [--environment ENV] [--format table|csv|json]\n"
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
    parser.setApplicationDescription(
        tr("Run disaster-recovery fire drills: the runbook step by step against the stopwatch,\n"
           "on the facilitator's laptop and on the projector."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(DatabasePath::option());
    parser.addPositionalArgument(u"RUNBOOK"_s, tr("A runbook file (YAML) to open."),
                                 u"[RUNBOOK.yaml]"_s);
}

QStringList CommandLineInterface::subcommands()
{
    return {u"validate"_s, u"history"_s};
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (!arguments[i].startsWith(u'-')) {
            command = arguments[i];
            break;
        }
    if (command == u"validate") {
        return ValidateCommand::run(arguments, out, err);
    }
    if (command == u"history")
        return HistoryCommand::run(arguments, out, err);
    if (command.isEmpty() && (arguments.contains(u"-v"_s) || arguments.contains(u"--version"_s))) {
        out << "drilldeck " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command.isEmpty()) {
        out << generalHelp();
        return Success;
    }
    err << tr("drilldeck: unknown command `%1`\n").arg(command) << generalHelp();
    return UsageError;
}
