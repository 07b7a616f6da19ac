#include "importcommand.h"

#include "commandlineinterface.h"
#include "markdownrunbookimporter.h"
#include "outputfile.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}
} // namespace

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make a DrillDeck runbook (YAML) of a runbook written in Markdown: the top heading is\n"
           "the title, each heading below it a phase, each numbered item or sub-heading a step;\n"
           "fenced code becomes the step's command, and 'Expected:', 'Verify:' and 'Role:' lines\n"
           "its keys; the rest stays as the step's instructions. Every place it had to guess is\n"
           "printed as FILE:LINE: note: ...; read them, then drill the runbook.\n"
           "Without --out the runbook is printed. FILE is written completely or not at all, and\n"
           "never overwritten.\n"
           "Exit status: 0 when the runbook was made, 1 when it cannot be, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption outFile(u"out"_s, tr("The runbook file to write (.yaml)."), u"FILE"_s);
    parser.addOptions({help, outFile});
    parser.addPositionalArgument(u"import"_s, tr("The command."));
    parser.addPositionalArgument(u"RUNBOOK.md"_s, tr("The Markdown runbook."));
    if (!parser.parse(arguments)) {
        err << "drilldeck import: " << parser.errorText() << '\n'
            << "Try 'drilldeck import --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] import RUNBOOK.md"_s,
                                         u"import [options] RUNBOOK.md"_s);
        return CommandLineInterface::Success;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1) {
        err << "drilldeck import: "
            << (files.isEmpty() ? tr("no Markdown file given")
                                : tr("one Markdown file at a time; got %1").arg(files.size()))
            << '\n'
            << "Usage: drilldeck import RUNBOOK.md [--out RUNBOOK.yaml]\n";
        return CommandLineInterface::UsageError;
    }
    const QString target = parser.value(outFile);
    if (parser.isSet(outFile) && target.isEmpty()) {
        err << "drilldeck import: " << tr("--out needs a file name") << '\n';
        return CommandLineInterface::UsageError;
    }
    if (!target.isEmpty() && QFileInfo(target).exists()) {
        err << "drilldeck import: "
            << tr("%1 exists; give another --out or move it away (import never overwrites)")
                   .arg(TerminalText::sanitise(target))
            << '\n';
        return CommandLineInterface::Invalid;
    }
    const MarkdownImport result = MarkdownRunbookImporter::importFile(files.first());
    for (const Diagnostic &d : result.diagnostics)
        err << TerminalText::sanitise(d.toString()) << '\n';
    if (!result.ok())
        return CommandLineInterface::Invalid;
    if (target.isEmpty()) {
        out << QString::fromUtf8(result.yaml);
        return CommandLineInterface::Success;
    }
    // Complete or not at all, synced, every write checked (a full disk is said, never a
    // "written" over an empty file); a device or FIFO named as --out is refused.
    if (QString error; !OutputFile::write(target, result.yaml, &error)) {
        err << "drilldeck import: " << TerminalText::sanitise(error) << '\n';
        return CommandLineInterface::Invalid;
    }
    err << tr("%1: written (%2 phases, %3 steps); check the notes above, then `drilldeck "
              "validate` it")
               .arg(TerminalText::sanitise(target))
               .arg(result.runbook->phases.size())
               .arg(result.runbook->stepCount())
        << '\n';
    return CommandLineInterface::Success;
}
