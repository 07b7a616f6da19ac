#include "statuscommand.h"

#include "commandlineinterface.h"
#include "csvexport.h"
#include "database.h"
#include "databasepath.h"
#include "demodata.h"
#include "programmemodel.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

void writeTable(const QList<ProgrammeStatus::Row> &rows, const QDate &today, QTextStream &out)
{
    const QStringList headers = {Text::tr("RUNBOOK"),  Text::tr("ENV"),     Text::tr("LAST DRILL"),
                                 Text::tr("NEXT DUE"), Text::tr("STATUS"),  Text::tr("CONFIDENCE"),
                                 Text::tr("LAST RTO"), Text::tr("ACTIONS"), Text::tr("CHANGED"),
                                 Text::tr("DRIVERS")};
    ProgrammeModel model;
    model.setRows(rows, today);
    QList<QStringList> cells{headers};
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < ProgrammeModel::ColumnCount; ++c) {
            QString text = model.index(r, c).data().toString();
            if (c == ProgrammeModel::RunbookColumn)
                text = rows[r].runbookId; // the id, what the other commands take
            else if (c == ProgrammeModel::StatusColumn && rows[r].overdue())
                text = u"! "_s + text; // a mark and the word, not only the word
            else if (c == ProgrammeModel::DriversColumn && rows[r].singleDriver())
                text = u"! "_s + text; // a knowledge silo: marked like an overdue drill
            else if (c == ProgrammeModel::ChangedColumn)
                text = rows[r].changedSinceLastDrill ? Text::tr("changed") : u"-"_s;
            // What a runbook or a database says is shown, never sent to the terminal as a
            // control.
            row << TerminalText::sanitise(text);
        }
        cells << row;
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : std::as_const(cells))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(widths[c] + 2);
        out << line.trimmed() << '\n';
    }
}
} // namespace

QCommandLineOption StatusCommand::todayOption()
{
    return QCommandLineOption(
        u"today"_s,
        Text::tr("The date to judge at (default: today, UTC; in the example database\n"
                 "2025-06-30, the day it is seen from)."),
        u"YYYY-MM-DD"_s);
}

std::optional<QDate> StatusCommand::today(const QCommandLineParser &parser, const QString &command,
                                          QTextStream &err)
{
    if (!parser.isSet(u"today"_s))
        return DemoData::todayFor(DatabasePath::resolve(parser.value(u"db"_s)));
    const QString value = parser.value(u"today"_s);
    const QDate date = QDate::fromString(value, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        err << "drilldeck " << command << ": "
            << Text::tr("--today: `%1` is not a date; use YYYY-MM-DD, e.g. 2025-03-31")
                   .arg(TerminalText::sanitise(value))
            << '\n';
        return std::nullopt;
    }
    return date;
}

std::optional<QList<ProgrammeStatus::Row>> StatusCommand::load(const QString &databaseOption,
                                                               const QDate &today,
                                                               const QString &command,
                                                               QTextStream &err)
{
    const QString path = DatabasePath::resolve(databaseOption);
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        err << "drilldeck " << command << ": " << opened.error().message << '\n';
        return std::nullopt;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    auto rows = ProgrammeStatus::load(*database, today, QDateTime::currentMSecsSinceEpoch());
    if (!rows) {
        err << "drilldeck " << command << ": " << rows.error().message << '\n';
        return std::nullopt;
    }
    return rows.value();
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "The DR programme: every runbook known to the database, per environment: the last\n"
        "drill, the next due by the runbook's cadence (a year when it sets none), overdue,\n"
        "confidence (none, low, medium, high; JSON says why), the last RTO against its target,\n"
        "open and overdue action items, changed since the last drill, who drove it.\n"
        "The rule is in docs/programme.md. The database is only read.\n"
        "Exit status: 0 on success, 1 when the database cannot be read, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption format(u"format"_s, Text::tr("table (default), csv or json."),
                                    u"FORMAT"_s, u"table"_s);
    parser.addOptions({help, db, format, todayOption()});
    parser.addPositionalArgument(u"status"_s, Text::tr("The command."));
    if (!parser.parse(arguments)) {
        err << "drilldeck status: " << parser.errorText() << '\n'
            << "Try 'drilldeck status --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] status"_s, u"status [options]"_s);
        return CommandLineInterface::Success;
    }
    if (parser.positionalArguments().size() > 1) {
        err << "drilldeck status: "
            << Text::tr("unexpected argument `%1`")
                   .arg(TerminalText::sanitise(parser.positionalArguments().at(1)))
            << '\n';
        return CommandLineInterface::UsageError;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"csv" && fmt != u"json") {
        err << "drilldeck status: "
            << Text::tr("unknown format `%1`; use table, csv or json")
                   .arg(TerminalText::sanitise(fmt))
            << '\n';
        return CommandLineInterface::UsageError;
    }
    const auto today = StatusCommand::today(parser, u"status"_s, err);
    if (!today)
        return CommandLineInterface::UsageError;
    const auto rows = load(parser.value(db), *today, u"status"_s, err);
    if (!rows)
        return CommandLineInterface::Invalid;

    if (fmt == u"json") {
        out << QString::fromUtf8(
            QJsonDocument(ProgrammeStatus::toJson(*rows, *today)).toJson(QJsonDocument::Indented));
    } else if (fmt == u"csv") {
        QStringList header;
        for (const QString &h : ProgrammeStatus::csvHeader())
            header << CsvExport::field(h);
        out << header.join(u',') << '\n';
        for (const ProgrammeStatus::Row &row : *rows) {
            QStringList quoted;
            for (const QString &f : ProgrammeStatus::csvFields(row))
                quoted << CsvExport::field(f);
            out << quoted.join(u',') << '\n';
        }
    } else if (rows->isEmpty()) {
        out << Text::tr("No runbooks in the database yet: drill one, then ask again.") << '\n';
    } else {
        writeTable(*rows, *today, out);
        int overdue = 0;
        for (const ProgrammeStatus::Row &row : *rows)
            overdue += row.overdue() ? 1 : 0;
        out << '\n'
            << Text::tr("%n runbook-environment(s) as of %1; %2 overdue. Why each confidence: "
                        "--format json; the rule: docs/programme.md.",
                        nullptr, int(rows->size()))
                   .arg(today->toString(Qt::ISODate))
                   .arg(overdue)
            << '\n';
        if (const QString silos = ProgrammeModel::singleDriverText(*rows); !silos.isEmpty())
            out << TerminalText::sanitise(silos) << '\n';
    }
    out.flush();
    return CommandLineInterface::Success;
}
