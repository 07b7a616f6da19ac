#include "signoffcommand.h"

#include "commandlineinterface.h"
#include "databasepath.h"
#include "drillengine.h"
#include "drillreport.h"
#include "drillsession.h"
#include "signoff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SignOffCommand", text);
}
} // namespace

int SignOffCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sign off a drill that has ended (finished or aborted): who vouches for its record,\n"
           "in which role, with a statement and, if any, reservations. The sign-off is logged\n"
           "as an event of the drill; the report and the history show it, and a later change to\n"
           "the record shows that the sign-off predates it. DRILL_ID is a drill's id (see\n"
           "'drilldeck history'), or 'last' for the newest drill.\n"
           "Exit status: 0 when the sign-off is stored, 1 when it is refused (the drill has not\n"
           "ended, a name or text the log cannot hold, the database cannot be opened), 2 on a\n"
           "usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption name(u"name"_s, tr("Who signs (required)."), u"NAME"_s);
    const QCommandLineOption role(
        u"role"_s,
        tr("The role they had: facilitator, observer, a role of the runbook (required)."),
        u"ROLE"_s);
    const QCommandLineOption statement(
        u"statement"_s,
        tr("What they vouch for (default: \"%1\").").arg(SignOff::defaultStatement()), u"TEXT"_s);
    const QCommandLineOption reservations(
        u"reservations"_s, tr("Sign with reservations: what they have doubts about."), u"TEXT"_s);
    parser.addOptions({help, db, name, role, statement, reservations});
    parser.addPositionalArgument(u"sign-off"_s, tr("The command."));
    parser.addPositionalArgument(u"DRILL_ID"_s, tr("A drill id, or last."));
    auto usage = [&err](const QString &message) {
        err << "drilldeck sign-off: " << message << '\n' << "Try 'drilldeck sign-off --help'.\n";
        return int(CommandLineInterface::UsageError);
    };
    auto refused = [&err](const QString &message) {
        err << "drilldeck sign-off: " << message << '\n';
        return int(CommandLineInterface::Invalid);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] sign-off DRILL_ID"_s,
                                         u"sign-off DRILL_ID|last [options]"_s);
        return CommandLineInterface::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("say which drill: a drill id, or last"));
    if (positional.size() > 2)
        return usage(tr("unexpected argument `%1`").arg(positional.at(2)));
    const QString which = positional.at(1);
    bool isNumber = false;
    const qint64 requestedId = which.toLongLong(&isNumber);
    if (which != u"last" && (!isNumber || requestedId <= 0))
        return usage(tr("`%1` is not a drill id; give a number, or last").arg(which));
    if (parser.value(name).trimmed().isEmpty())
        return usage(tr("say who signs: --name NAME"));
    if (parser.value(role).trimmed().isEmpty())
        return usage(tr("say in which role they sign: --role ROLE (e.g. facilitator, observer)"));
    if (parser.isSet(reservations) && parser.value(reservations).trimmed().isEmpty())
        return usage(tr("--reservations needs the text of the reservations"));

    const QString path = DatabasePath::resolve(parser.value(db));
    // Signing off never creates a database: a mistyped --db would sign nothing anywhere.
    if (!QFileInfo(path).isFile())
        return refused(tr("there is no database at %1").arg(path));
    auto opened = DrillSession::open(path);
    if (!opened)
        return refused(opened.error().message);
    std::unique_ptr<DrillSession> session = std::move(opened).value();
    const StoreResult<qint64> id = which == u"last" ? DrillReport::lastDrillId(session->drills())
                                                    : StoreResult<qint64>(requestedId);
    if (!id)
        return refused(id.error().message);
    auto engine = session->resumeDrill(id.value());
    if (!engine)
        return refused(engine.error().message);
    SignOff signOff;
    signOff.name = parser.value(name);
    signOff.role = parser.value(role);
    signOff.statement =
        parser.isSet(statement) ? parser.value(statement) : SignOff::defaultStatement();
    signOff.reservations = parser.value(reservations);
    const AppendResult result = engine.value()->signOff(signOff);
    if (!result.committed())
        return refused(tr("drill %1 is not signed off: %2").arg(id.value()).arg(result.message));
    session->closeDrill();
    out << tr("Signed off drill %1 as %2 (%3)")
               .arg(id.value())
               .arg(signOff.name.trimmed(), signOff.role.trimmed())
        << '\n';
    return CommandLineInterface::Success;
}
