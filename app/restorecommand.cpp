#include "restorecommand.h"

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
    return QCoreApplication::translate("RestoreCommand", text);
}
} // namespace

int RestoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                        const std::function<qint64()> &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replace the DrillDeck database with the backup FILE. FILE is checked first (a\n"
           "DrillDeck database, quick_check ok, a schema this version knows), with the commits\n"
           "still in its FILE-wal; the replaced database is kept beside it as\n"
           "NAME.bak-STAMP-vN, and the restored one gets its permissions. The database is\n"
           "replaced in one step: there is a database at the path at every moment. Refused\n"
           "while DrillDeck has the database open (also through a symbolic link).\n"
           "Exit status: 0 on success, 1 when FILE is refused or the database is in use,\n"
           "2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    parser.addOptions({help, db});
    parser.addPositionalArgument(u"restore"_s, tr("The command."));
    parser.addPositionalArgument(u"FILE"_s, tr("The backup to restore."));
    if (!parser.parse(arguments)) {
        err << "drilldeck restore: " << parser.errorText() << '\n'
            << "Try 'drilldeck restore --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] restore"_s, u"restore [options]"_s);
        return CommandLineInterface::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << "drilldeck restore: "
            << (positional.size() < 2 ? tr("name the backup file to restore")
                                      : tr("unexpected argument `%1`").arg(positional.at(2)))
            << '\n';
        return CommandLineInterface::UsageError;
    }
    const QString path = DatabasePath::resolve(parser.value(db));
    const auto restored = DatabaseBackup::restore(positional.at(1), path, clock);
    if (!restored) {
        err << "drilldeck restore: " << restored.error().message << '\n'
            << tr("Nothing was changed.") << '\n';
        return CommandLineInterface::Invalid;
    }
    if (!restored->recovered.isEmpty())
        err << "drilldeck restore: " << restored->recovered << '\n';
    out << tr("Restored %1 into %2.").arg(positional.at(1), path) << '\n';
    if (!restored->kept.isEmpty())
        out << tr("The replaced database is kept as %1.").arg(restored->kept) << '\n';
    out.flush();
    return CommandLineInterface::Success;
}
