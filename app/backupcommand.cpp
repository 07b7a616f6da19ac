#include "backupcommand.h"

#include "commandlineinterface.h"
#include "databasebackup.h"
#include "databasepath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCommand", text);
}
} // namespace

int BackupCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a consistent copy of the DrillDeck database to FILE, also while a drill is\n"
           "running, and without writing anything beside the database. FILE is written\n"
           "completely or not at all, and never overwritten; a FILE.part-PID left by a backup\n"
           "that was killed is removed.\n"
           "Exit status: 0 on success, 1 when the copy cannot be made, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption outFile(u"out"_s, tr("The backup file to write."), u"FILE"_s);
    parser.addOptions({help, db, outFile});
    parser.addPositionalArgument(u"backup"_s, tr("The command."));
    if (!parser.parse(arguments)) {
        err << "drilldeck backup: " << parser.errorText() << '\n'
            << "Try 'drilldeck backup --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] backup"_s, u"backup [options]"_s);
        return CommandLineInterface::Success;
    }
    if (parser.positionalArguments().size() > 1) {
        err << "drilldeck backup: "
            << tr("unexpected argument `%1`").arg(parser.positionalArguments().at(1)) << '\n';
        return CommandLineInterface::UsageError;
    }
    if (parser.value(outFile).isEmpty()) {
        err << "drilldeck backup: " << tr("say where to write the backup: --out FILE") << '\n';
        return CommandLineInterface::UsageError;
    }
    const QString path = DatabasePath::resolve(parser.value(db));
    if (const StoreError error = DatabaseBackup::backUp(path, parser.value(outFile))) {
        err << "drilldeck backup: " << error.message << '\n';
        return CommandLineInterface::Invalid;
    }
    out << tr("Backed up %1 to %2.").arg(path, parser.value(outFile)) << '\n';
    out.flush();
    return CommandLineInterface::Success;
}
