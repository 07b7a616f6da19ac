#include "historycommand.h"

#include "actionitemstore.h"
#include "commandlineinterface.h"
#include "csvexport.h"
#include "database.h"
#include "databasepath.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "duration.h"
#include "runbookrevisionstore.h"
#include "runselection.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QString optionalSeconds(std::optional<qint64> ms)
{
    return ms ? QString::number(DrillHistory::seconds(*ms)) : QString();
}

QString targetSeconds(qint64 ms)
{
    return ms > 0 ? QString::number(DrillHistory::seconds(ms)) : QString();
}

QString humanDuration(std::optional<qint64> ms)
{
    return ms ? Duration::format(DrillHistory::seconds(*ms)) : u"-"_s;
}

// The achieved RTO, or why there is none: a drill that ended without restoring the service.
QString humanRto(const DrillSummary &s)
{
    return s.problem.isEmpty() && s.metrics.rtoStatus() == RtoStatus::NotRestored
               ? Text::tr("not restored")
               : humanDuration(s.metrics.rtoMs);
}

// The JSON's rtoStatus; empty when the drill's runbook revision could not be read.
QString rtoStatusField(const DrillSummary &s)
{
    return s.problem.isEmpty() ? rtoStatusName(s.metrics.rtoStatus()) : QString();
}

void writeCsv(const QList<DrillSummary> &summaries, QTextStream &out)
{
    out << "id,runbook,revision,environment,iteration,state,started,finished,wall_seconds,"
           "active_seconds,hands_on_seconds,waiting_seconds,rto_seconds,rto_target_seconds,rpo_"
           "seconds,rpo_target_seconds,"
           "steps_done,steps_skipped,steps_total,rto_status,run_kind\n";
    for (const DrillSummary &s : summaries) {
        const DrillMetrics &m = s.metrics;
        const QStringList fields = {
            QString::number(s.drill.id),
            s.drill.runbookId,
            s.revisionHash.left(DrillHistory::hashPrefixLength),
            s.drill.environment,
            QString::number(s.drill.iteration),
            Drill::stateName(m.state),
            DrillHistory::isoTime(m.startedMs),
            DrillHistory::isoTime(m.endedMs),
            QString::number(DrillHistory::seconds(m.wallMs)),
            QString::number(DrillHistory::seconds(m.activeMs)),
            QString::number(DrillHistory::seconds(m.activeMs - m.waitingMs)),
            QString::number(DrillHistory::seconds(m.waitingMs)),
            optionalSeconds(m.rtoMs),
            targetSeconds(m.rtoTargetMs),
            optionalSeconds(m.rpoMs),
            targetSeconds(m.rpoTargetMs),
            QString::number(m.doneSteps),
            QString::number(m.skippedSteps),
            QString::number(m.steps.size()),
            rtoStatusField(s),
            Drill::runKindName(s.drill.runKind),
        };
        QStringList quoted;
        for (const QString &f : fields)
            quoted << CsvExport::field(f);
        out << quoted.join(u',') << '\n';
    }
}

void writeTable(const QList<DrillSummary> &summaries, QTextStream &out)
{
    const QStringList headers = {
        Text::tr("ID"),   Text::tr("RUNBOOK"), Text::tr("REVISION"), Text::tr("ENV"),
        Text::tr("#"),    Text::tr("RUN"),     Text::tr("STATE"),    Text::tr("STARTED"),
        Text::tr("WALL"), Text::tr("ACTIVE"),  Text::tr("RTO"),      Text::tr("TARGET"),
        Text::tr("RPO"),  Text::tr("TARGET"),  Text::tr("STEPS"),    Text::tr("SKIPPED")};
    QList<QStringList> rows;
    for (const DrillSummary &s : summaries) {
        const DrillMetrics &m = s.metrics;
        auto target = [](qint64 ms) {
            return ms > 0 ? Duration::format(DrillHistory::seconds(ms)) : u"-"_s;
        };
        // What a runbook or a database says is shown, never sent to the terminal as a control.
        rows.append({QString::number(s.drill.id), TerminalText::sanitise(s.drill.runbookId),
                     s.revisionHash.left(8), TerminalText::sanitise(s.drill.environment),
                     QString::number(s.drill.iteration), Drill::runKindName(s.drill.runKind),
                     Drill::stateName(m.state),
                     m.startedMs >= 0 ? DrillHistory::isoTime(m.startedMs) : u"-"_s,
                     Duration::format(DrillHistory::seconds(m.wallMs)),
                     Duration::format(DrillHistory::seconds(m.activeMs)), humanRto(s),
                     target(m.rtoTargetMs), humanDuration(m.rpoMs), target(m.rpoTargetMs),
                     // Done and skipped apart: a skipped step is finished, not done.
                     u"%1/%2"_s.arg(m.doneSteps).arg(m.steps.size()),
                     QString::number(m.skippedSteps)});
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype w = headers[c].size();
        for (const QStringList &row : rows)
            w = std::max(w, row[c].size());
        widths.append(w);
    }
    auto line = [&](const QStringList &row) -> QString {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c)
            text += row[c].leftJustified(widths[c]) + u"  "_s;
        return text.trimmed() + u'\n';
    };
    out << line(headers);
    for (const QStringList &row : rows)
        out << line(row);
}
} // namespace

int HistoryCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                        qint64 nowMs)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "List past and unfinished drills: times, RTO and RPO against the runbook's targets.\n"
        "JSON adds each drill's steps (see docs/history-json.md). The database is only read.\n"
        "Exit status: 0 on success, 1 when the database cannot be read or the output cannot\n"
        "be written in full, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption runbook(u"runbook"_s,
                                     Text::tr("Only drills of the runbook with this id."), u"ID"_s);
    const QCommandLineOption environment(u"environment"_s,
                                         Text::tr("Only drills in this environment."), u"ENV"_s);
    const QCommandLineOption format(u"format"_s, Text::tr("table (default), csv or json."),
                                    u"FORMAT"_s, u"table"_s);
    const QCommandLineOption runs(
        u"runs"_s,
        Text::tr("hand (drills run by people), automated (by drilldeck run) or both (default)."),
        u"RUNS"_s, u"both"_s);
    parser.addOptions({help, db, runbook, environment, runs, format});
    parser.addPositionalArgument(u"history"_s, Text::tr("The command."));
    if (!parser.parse(arguments)) {
        err << "drilldeck history: " << parser.errorText() << '\n'
            << "Try 'drilldeck history --help'.\n";
        return CommandLineInterface::UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] history"_s, u"history [options]"_s);
        return CommandLineInterface::Success;
    }
    if (parser.positionalArguments().size() > 1) {
        err << "drilldeck history: "
            << Text::tr("unexpected argument `%1`").arg(parser.positionalArguments().at(1)) << '\n';
        return CommandLineInterface::UsageError;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"csv" && fmt != u"json") {
        err << "drilldeck history: "
            << Text::tr("unknown format `%1`; use table, csv or json").arg(fmt) << '\n';
        return CommandLineInterface::UsageError;
    }
    const auto selected = RunSelection::fromName(parser.value(runs));
    if (!selected) {
        err << "drilldeck history: "
            << Text::tr("unknown runs `%1`; use hand, automated or both").arg(parser.value(runs))
            << '\n';
        return CommandLineInterface::UsageError;
    }

    const QString path = DatabasePath::resolve(parser.value(db));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        err << "drilldeck history: " << opened.error().message << '\n';
        return CommandLineInterface::Invalid;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    const DrillStore drills(*database);
    const RunbookRevisionStore revisions(*database);
    const qint64 now = nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    auto history =
        DrillHistory::load(drills, revisions, {parser.value(runbook), parser.value(environment)},
                           now, RunSelection::runKind(*selected));
    if (!history) {
        err << "drilldeck history: " << history.error().message << '\n';
        return CommandLineInterface::Invalid;
    }

    if (fmt == u"json") {
        const ActionItemStore actionItems(*database);
        if (const StoreError e = DrillHistory::addRecords(history.value(), drills, actionItems);
            e.isError()) {
            err << "drilldeck history: " << e.message << '\n';
            return CommandLineInterface::Invalid;
        }
        out << QString::fromUtf8(QJsonDocument(DrillHistory::toJson(history.value(), now))
                                     .toJson(QJsonDocument::Indented));
    } else if (fmt == u"csv") {
        writeCsv(history.value(), out);
    } else if (history->isEmpty()) {
        out << Text::tr("No drills in %1.").arg(path) << '\n';
    } else {
        writeTable(history.value(), out);
    }
    out.flush();
    return CommandLineInterface::Success;
}
