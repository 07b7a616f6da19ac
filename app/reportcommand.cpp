#include "reportcommand.h"

#include "actionitemstore.h"
#include "commandlineinterface.h"
#include "database.h"
#include "databasepath.h"
#include "drillreport.h"
#include "drillstore.h"
#include "periodreport.h"
#include "reportexporter.h"
#include "runbookrevisionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

// The period report: every drill started in [first, last] across the runbooks.
int writePeriod(Database &database, QDate first, QDate last, const QString &outPath,
                const ReportExporter::Options &options, QTextStream &out, QTextStream &err)
{
    std::optional<PeriodReport> report;
    {
        const DrillStore drills(database);
        const RunbookRevisionStore revisions(database);
        const ActionItemStore actionItems(database);
        auto loaded = PeriodReport::load(drills, revisions, actionItems, first, last,
                                         QDateTime::currentMSecsSinceEpoch());
        if (!loaded) {
            err << "drilldeck report: " << loaded.error().message << '\n';
            return CommandLineInterface::Invalid;
        }
        report = std::move(loaded).value();
    }
    QString error;
    if (ReportExporter::write(ReportExporter::composed(*report), outPath, options, {}, &error) !=
        ReportExporter::Result::Written) {
        err << "drilldeck report: " << error << '\n';
        return CommandLineInterface::Invalid;
    }
    out << QCoreApplication::translate("ReportCommand",
                                       "Wrote the period report %1 to %2 to %3 (drills: %4)")
               .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), outPath)
               .arg(report->drills.size())
        << '\n';
    return CommandLineInterface::Success;
}
} // namespace

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                       bool exampleData)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the report of one drill: facts, participants, scenario, RTO and RPO against\n"
           "their targets, steps, timeline, rewrites, action items, scorecard, the comparison\n"
           "with the previous iteration and the charts. DRILL_ID is a drill's id (see\n"
           "'drilldeck history'), or 'last' for the newest drill.\n"
           "With --from and --to instead of a drill: the period report, every drill that\n"
           "started in those days (UTC, both included) across all runbooks: objectives\n"
           "against results, trends, misses and their corrective actions, who took part and\n"
           "who drove, sign-offs.\n"
           "Markdown writes the charts as FILE-CHART.png (FILE-timeline.png, FILE-trend.png,\n"
           "FILE-trend-RUNBOOK.png) beside FILE.md; HTML is one self-contained\n"
           "file; PDF is printed on A4 or Letter. The file is complete or not written at all.\n"
           "Exit status: 0 on success, 1 when the database or the file cannot be read or\n"
           "written, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption demo(u"demo"_s, tr("Use the example database."));
    const QCommandLineOption format(
        u"format"_s, tr("md, html or pdf (default: from the suffix of --out)."), u"FORMAT"_s);
    const QCommandLineOption page(u"page"_s, tr("For pdf: a4 (default) or letter."), u"SIZE"_s,
                                  u"a4"_s);
    const QCommandLineOption output(u"out"_s, tr("The file to write (a new or a regular file)."),
                                    u"FILE"_s);
    const QCommandLineOption from(
        u"from"_s, tr("The period report's first day, YYYY-MM-DD (UTC), with --to."), u"DATE"_s);
    const QCommandLineOption to(
        u"to"_s, tr("The period report's last day, YYYY-MM-DD (UTC), included."), u"DATE"_s);
    parser.addOptions({help, db, demo, format, page, output, from, to});
    parser.addPositionalArgument(u"report"_s, tr("The command."));
    parser.addPositionalArgument(u"DRILL_ID"_s, tr("A drill id, or last."));
    auto usage = [&err](const QString &message) {
        err << "drilldeck report: " << message << '\n' << "Try 'drilldeck report --help'.\n";
        return int(CommandLineInterface::UsageError);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(
            u"[options] report DRILL_ID"_s,
            u"report DRILL_ID|last [options]\n"
            u"       drilldeck report --from DATE --to DATE [options]"_s);
        return CommandLineInterface::Success;
    }
    const QStringList positional = parser.positionalArguments();
    const bool period = parser.isSet(from) || parser.isSet(to);
    if (period && positional.size() >= 2)
        return usage(
            tr("give a drill (`%1`) or a period (--from, --to), not both").arg(positional.at(1)));
    if (!period && positional.size() < 2)
        return usage(tr("say which drill: a drill id, or last; or a period: --from DATE --to "
                        "DATE"));
    if (positional.size() > 2)
        return usage(tr("unexpected argument `%1`").arg(positional.at(2)));
    QDate first;
    QDate last;
    if (period) {
        if (!parser.isSet(from) || !parser.isSet(to))
            return usage(tr("a period needs both --from and --to (YYYY-MM-DD)"));
        first = QDate::fromString(parser.value(from), Qt::ISODate);
        last = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!first.isValid() || parser.value(from).size() != 10)
            return usage(tr("--from `%1` is not a date; give YYYY-MM-DD, e.g. 2025-01-01")
                             .arg(parser.value(from)));
        if (!last.isValid() || parser.value(to).size() != 10)
            return usage(tr("--to `%1` is not a date; give YYYY-MM-DD, e.g. 2025-03-31")
                             .arg(parser.value(to)));
        if (last < first)
            return usage(tr("--to %1 is before --from %2; the period runs from --from to --to")
                             .arg(parser.value(to), parser.value(from)));
    }
    const QString which = period ? QString() : positional.at(1);
    bool isNumber = false;
    const qint64 requestedId = which.toLongLong(&isNumber);
    if (!period && which != u"last" && (!isNumber || requestedId <= 0))
        return usage(tr("`%1` is not a drill id; give a number, or last").arg(which));
    if (!parser.isSet(output))
        return usage(tr("--out FILE is required"));
    const QString outPath = parser.value(output);
    std::optional<ReportExporter::Format> fmt =
        parser.isSet(format) ? ReportExporter::formatFromName(parser.value(format))
                             : ReportExporter::formatOfPath(outPath);
    if (!fmt)
        return usage(
            parser.isSet(format)
                ? tr("--format must be md, html or pdf, not `%1`").arg(parser.value(format))
                : tr("cannot tell the format from `%1`; give --format md, html or pdf")
                      .arg(outPath));
    // An explicit format that contradicts the file's suffix would write, say, Markdown into
    // x.pdf: say which of the two to change.
    if (const auto bySuffix = ReportExporter::formatOfPath(outPath);
        parser.isSet(format) && bySuffix && *bySuffix != *fmt) {
        const QString renamed =
            outPath.chopped(QFileInfo(outPath).suffix().size()) + ReportExporter::suffix(*fmt);
        return usage(tr("--format %1 does not match --out `%2`; give --format %3, or --out %4")
                         .arg(ReportExporter::suffix(*fmt), outPath,
                              ReportExporter::suffix(*bySuffix), renamed));
    }
    ReportExporter::Options options;
    options.format = *fmt;
    const QString pageName = parser.value(page).toLower();
    if (pageName == u"a4")
        options.pageSize = QPageSize::A4;
    else if (pageName == u"letter")
        options.pageSize = QPageSize::Letter;
    else
        return usage(tr("--page must be a4 or letter, not `%1`").arg(parser.value(page)));
    options.exampleData = exampleData || parser.isSet(demo);

    const QString path = DatabasePath::resolve(parser.value(db));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        err << "drilldeck report: " << opened.error().message << '\n';
        return CommandLineInterface::Invalid;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    if (period)
        return writePeriod(*database, first, last, outPath, options, out, err);
    std::optional<DrillReport> report;
    {
        const DrillStore drills(*database);
        const RunbookRevisionStore revisions(*database);
        StoreResult<qint64> id =
            which == u"last" ? DrillReport::lastDrillId(drills) : StoreResult<qint64>(requestedId);
        if (!id) {
            err << "drilldeck report: " << id.error().message << '\n';
            return CommandLineInterface::Invalid;
        }
        auto loaded =
            DrillReport::load(drills, revisions, id.value(), QDateTime::currentMSecsSinceEpoch());
        if (!loaded) {
            err << "drilldeck report: " << loaded.error().message << '\n';
            return CommandLineInterface::Invalid;
        }
        report = std::move(loaded).value();
    }
    QString error;
    if (ReportExporter::write(*report, outPath, options, {}, &error) !=
        ReportExporter::Result::Written) {
        err << "drilldeck report: " << error << '\n';
        return CommandLineInterface::Invalid;
    }
    out << tr("Wrote the report of drill %1 to %2").arg(report->drill.id).arg(outPath) << '\n';
    return CommandLineInterface::Success;
}
