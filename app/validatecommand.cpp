#include "validatecommand.h"

#include "commandlineinterface.h"
#include "runbookloader.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ValidateCommand", "Check runbook files and print every problem as "
                           "FILE:LINE:COLUMN: error: MESSAGE.\nExit status: 0 when "
                           "all files are valid, 1 when any is not, 2 on a usage "
                           "error."));
    const QCommandLineOption help(
        {u"h"_s, u"help"_s}, QCoreApplication::translate("ValidateCommand", "Show this help."));
    const QCommandLineOption quiet(
        {u"q"_s, u"quiet"_s},
        QCoreApplication::translate("ValidateCommand", "Print only problems, not valid files."));
    parser.addOption(help);
    parser.addOption(quiet);
    parser.addPositionalArgument(u"validate"_s,
                                 QCoreApplication::translate("ValidateCommand", "The command."));
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("ValidateCommand", "Runbook files (YAML)."),
        u"FILE..."_s);
    if (!parser.parse(arguments)) {
        err << "drilldeck validate: " << parser.errorText() << '\n'
            << "Try 'drilldeck validate --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] validate FILE..."_s,
                                         u"validate [options] FILE..."_s);
        return CommandLineInterface::Success;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        err << "drilldeck validate: no runbook file given\n"
            << "Usage: drilldeck validate [--quiet] FILE...\n";
        return CommandLineInterface::UsageError;
    }
    int invalid = 0;
    for (const QString &file : files) {
        const RunbookLoadResult result = RunbookLoader::loadFile(file);
        // A file name or a runbook's text never sends a control character to the terminal.
        for (const Diagnostic &d : result.diagnostics)
            err << TerminalText::sanitise(d.toString()) << '\n';
        if (result.ok()) {
            if (!parser.isSet(quiet))
                out << QCoreApplication::translate("ValidateCommand",
                                                   "%1: ok (%2 phases, %3 steps)")
                           .arg(TerminalText::sanitise(file))
                           .arg(result.runbook->phases.size())
                           .arg(result.runbook->stepCount())
                    << '\n';
        } else {
            ++invalid;
        }
    }
    if (files.size() > 1 && !parser.isSet(quiet))
        out << QCoreApplication::translate("ValidateCommand", "%1 of %2 files valid")
                   .arg(files.size() - invalid)
                   .arg(files.size())
            << '\n';
    out.flush();
    err.flush();
    return invalid > 0 ? CommandLineInterface::Invalid : CommandLineInterface::Success;
}
