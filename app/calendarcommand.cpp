#include "calendarcommand.h"

#include "commandlineinterface.h"
#include "databasepath.h"
#include "drillcalendar.h"
#include "outputfile.h"
#include "shownpath.h"
#include "statuscommand.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
};
} // namespace

int CalendarCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Write the due drills as an iCalendar file (RFC 5545) for the team's calendar: one\n"
        "all-day event per runbook and environment on its next due date (the last drill plus\n"
        "the runbook's cadence; never drilled: today). Each event keeps its UID, so importing\n"
        "the file again updates the events. The file is complete or not written at all.\n"
        "Exit status: 0 on success, 1 when the database cannot be read or the file cannot be\n"
        "written, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption output(
        u"out"_s, Text::tr("The file to write, e.g. drills.ics (a new or a regular file)."),
        u"FILE"_s);
    parser.addOptions({help, db, output, StatusCommand::todayOption()});
    parser.addPositionalArgument(u"calendar"_s, Text::tr("The command."));
    auto usage = [&err](const QString &message) {
        err << "drilldeck calendar: " << message << '\n' << "Try 'drilldeck calendar --help'.\n";
        return int(CommandLineInterface::UsageError);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] calendar"_s, u"calendar [options]"_s);
        return CommandLineInterface::Success;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(Text::tr("unexpected argument `%1`")
                         .arg(TerminalText::sanitise(parser.positionalArguments().at(1))));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usage(Text::tr("say where to write the calendar: --out drills.ics"));
    const auto today = StatusCommand::today(parser, u"calendar"_s, err);
    if (!today)
        return CommandLineInterface::UsageError;
    const QString path = parser.value(output);
    if (const QString refusal = OutputFile::refusal(path); !refusal.isEmpty()) {
        err << "drilldeck calendar: " << refusal << '\n';
        return CommandLineInterface::Invalid;
    }
    const auto rows = StatusCommand::load(parser.value(db), *today, u"calendar"_s, err);
    if (!rows)
        return CommandLineInterface::Invalid;
    const QByteArray ics = DrillCalendar::write(*rows, QDateTime::currentDateTimeUtc());
    QString error;
    if (!OutputFile::write(path, ics, &error)) {
        err << "drilldeck calendar: " << error << '\n';
        return CommandLineInterface::Invalid;
    }
    int events = 0;
    for (const ProgrammeStatus::Row &row : *rows)
        events += row.nextDue.isValid() ? 1 : 0;
    out << Text::tr("Wrote %n due drill(s) to %1", nullptr, events).arg(ShownPath::of(path))
        << '\n';
    out.flush();
    return CommandLineInterface::Success;
}
