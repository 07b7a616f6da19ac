#include "chartcommand.h"

#include "automationsharemodel.h"
#include "chartexporter.h"
#include "commandlineinterface.h"
#include "database.h"
#include "databasepath.h"
#include "drillstore.h"
#include "historycharts.h"
#include "phasebreakdownmodel.h"
#include "runbookhistory.h"
#include "runbookrevisionstore.h"
#include "runselection.h"
#include "stepcomparisonmodel.h"
#include "timelinemodel.h"
#include "trendmodel.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ChartCommand", text);
}
} // namespace

QStringList ChartCommand::kinds()
{
    return {u"trend"_s, u"phases"_s, u"rpo"_s, u"automation"_s, u"steps"_s, u"timeline"_s};
}

int ChartCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                      bool exampleData)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a history chart of one runbook without a display: the RTO trend per\n"
           "iteration, time per phase, RPO per iteration, the automation share, or the steps\n"
           "of the last two drills of one environment compared, or the timeline (Gantt) of\n"
           "one drill. The suffix\n"
           "of --out picks the format: .png, .svg, or .csv for the numbers behind the chart.\n"
           "Exit status: 0 on success, 1 when the database or the file cannot be read or\n"
           "written, 2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption demo(u"demo"_s, tr("Use the example database."));
    const QCommandLineOption runbook(u"runbook"_s, tr("The runbook id (required)."), u"ID"_s);
    const QCommandLineOption environment(u"environment"_s, tr("Only drills in this environment."),
                                         u"ENV"_s);
    const QCommandLineOption measure(
        u"measure"_s, tr("For trend: rto (default), wall, active, hands-on or waiting time."),
        u"MEASURE"_s, u"rto"_s);
    const QCommandLineOption output(
        u"out"_s, tr("The file to write: FILE.png, .svg or .csv (a new or a regular file)."),
        u"FILE"_s);
    const QCommandLineOption size(u"size"_s, tr("Image size in pixels (default 1200x700)."),
                                  u"WxH"_s, u"1200x700"_s);
    const QCommandLineOption drillId(
        u"drill"_s, tr("For timeline: the drill id (default: the newest)."), u"ID"_s);
    const QCommandLineOption xAxis(u"x-axis"_s,
                                   tr("For trend and rpo: iteration (default) or date."), u"AXIS"_s,
                                   u"iteration"_s);
    const QCommandLineOption runs(u"runs"_s,
                                  tr("hand (drills run by people), automated (by drilldeck run)\n"
                                     "or both (default; the trend draws them as separate lines)."),
                                  u"RUNS"_s, u"both"_s);
    parser.addOptions(
        {help, db, demo, runbook, environment, runs, measure, xAxis, drillId, output, size});
    parser.addPositionalArgument(u"chart"_s, tr("The command."));
    parser.addPositionalArgument(u"KIND"_s,
                                 tr("trend, phases, rpo, automation, steps or timeline."));
    auto usage = [&err](const QString &message) {
        err << "drilldeck chart: " << message << '\n' << "Try 'drilldeck chart --help'.\n";
        return int(CommandLineInterface::UsageError);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] chart KIND"_s, u"chart KIND [options]"_s);
        return CommandLineInterface::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("say which chart: %1").arg(kinds().join(u", "_s)));
    if (positional.size() > 2)
        return usage(tr("unexpected argument `%1`").arg(positional.at(2)));
    const QString kind = positional.at(1);
    if (!kinds().contains(kind))
        return usage(tr("unknown chart `%1`; use %2").arg(kind, kinds().join(u", "_s)));
    if (!parser.isSet(runbook))
        return usage(tr("--runbook ID is required"));
    if (!parser.isSet(output))
        return usage(tr("--out FILE is required"));
    ChartExporter::Format format;
    const QString outPath = parser.value(output);
    if (!ChartExporter::formatOf(outPath, &format))
        return usage(tr("unknown format of `%1`; supported: %2")
                         .arg(outPath, ChartExporter::suffixes().join(u", "_s)));
    const QString m = parser.value(measure);
    const TrendModel::Column value = m == u"wall"       ? TrendModel::WallColumn
                                     : m == u"active"   ? TrendModel::ActiveColumn
                                     : m == u"hands-on" ? TrendModel::HandsOnColumn
                                     : m == u"waiting"  ? TrendModel::WaitingColumn
                                                        : TrendModel::RtoColumn;
    if (m != u"rto" && m != u"wall" && m != u"active" && m != u"hands-on" && m != u"waiting")
        return usage(tr("unknown measure `%1`; use rto, wall, active, hands-on or waiting").arg(m));
    if (parser.value(xAxis) != u"iteration" && parser.value(xAxis) != u"date")
        return usage(tr("unknown x axis `%1`; use iteration or date").arg(parser.value(xAxis)));
    const auto selected = RunSelection::fromName(parser.value(runs));
    if (!selected)
        return usage(tr("unknown runs `%1`; use hand, automated or both").arg(parser.value(runs)));
    const QStringList dims = parser.value(size).split(u'x');
    const int width = dims.value(0).toInt();
    const int height = dims.value(1).toInt();
    if (dims.size() != 2 || width < 200 || height < 150 || width > 8000 || height > 8000)
        return usage(tr("--size wants WIDTHxHEIGHT, e.g. 1200x700"));

    const QString path = DatabasePath::resolve(parser.value(db));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        err << "drilldeck chart: " << opened.error().message << '\n';
        return CommandLineInterface::Invalid;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    RunbookHistory history;
    QList<DrillEvent> events;
    int timelineIndex = -1;
    {
        const DrillStore drills(*database);
        const RunbookRevisionStore revisions(*database);
        auto loaded = RunbookHistory::load(
            drills, revisions, parser.value(runbook), parser.value(environment),
            QDateTime::currentMSecsSinceEpoch(), RunSelection::runKind(*selected));
        if (!loaded) {
            err << "drilldeck chart: " << loaded.error().message << '\n';
            return CommandLineInterface::Invalid;
        }
        history = std::move(loaded).value();
        if (kind == u"timeline") {
            for (int i = 0; i < history.drills.size(); ++i) {
                const DrillSummary &d = history.drills[i];
                if (parser.isSet(drillId)
                        ? d.drill.id == parser.value(drillId).toLongLong()
                        : timelineIndex < 0 ||
                              d.metrics.startedMs > history.drills[timelineIndex].metrics.startedMs)
                    timelineIndex = i;
            }
            if (timelineIndex < 0) {
                err << "drilldeck chart: "
                    << tr("no finished drill %1 of `%2`")
                           .arg(parser.value(drillId), parser.value(runbook))
                    << '\n';
                return CommandLineInterface::Invalid;
            }
            auto log = drills.events(history.drills[timelineIndex].drill.id);
            if (!log) {
                err << "drilldeck chart: " << log.error().message << '\n';
                return CommandLineInterface::Invalid;
            }
            events = log.value();
        }
    }
    if (history.drills.isEmpty()) {
        err << "drilldeck chart: "
            << (parser.isSet(environment)
                    ? tr("no finished drills of `%1` in environment `%2`")
                          .arg(parser.value(runbook), parser.value(environment))
                    : tr("no finished drills of `%1`").arg(parser.value(runbook)))
            << (*selected == RunSelection::Runs::Both
                    ? QString()
                    : tr(" (--runs %1)").arg(RunSelection::name(*selected)))
            << '\n';
        return CommandLineInterface::Invalid;
    }

    TrendModel trend;
    PhaseBreakdownModel phases;
    AutomationShareModel automation;
    StepComparisonModel steps;
    TimelineModel timeline;
    trend.setDrills(history.drills);
    phases.setHistory(history.runbook, history.drills);
    automation.setHistory(history.runbook, history.drills);
    HistoryCharts::Options options;
    options.runbookTitle =
        history.runbook.title.isEmpty() ? history.runbook.id : history.runbook.title;
    if (parser.isSet(environment))
        options.runbookTitle += u" ["_s + parser.value(environment) + u']';
    options.exampleData = exampleData || parser.isSet(demo);
    options.byDate = parser.value(xAxis) == u"date";
    QChart *chart = nullptr;
    const QAbstractItemModel *model = &trend;
    if (kind == u"trend") {
        chart = HistoryCharts::trend(&trend, value, options);
    } else if (kind == u"phases") {
        chart = HistoryCharts::phases(&phases, options);
        model = &phases;
    } else if (kind == u"rpo") {
        chart = HistoryCharts::rpo(&trend, options);
    } else if (kind == u"automation") {
        chart = HistoryCharts::automation(&automation, options);
        model = &automation;
    } else if (kind == u"timeline") {
        timeline.setDrill(history.drills[timelineIndex], events);
        chart = HistoryCharts::timeline(&timeline, options);
        model = &timeline;
    } else {
        const auto [a, b] = StepComparisonModel::defaultPair(history.drills);
        if (a < 0) {
            err << "drilldeck chart: " << tr("steps compares two drills; there is only one")
                << '\n';
            return CommandLineInterface::Invalid;
        }
        steps.setDrills(history.drills[a], history.drills[b]);
        chart = HistoryCharts::stepComparison(&steps, options);
        model = &steps;
    }
    QString error;
    bool written = false;
    {
        QChartView view(chart); // owns the chart
        view.setRenderHint(QPainter::Antialiasing);
        written = ChartExporter::write(&view, *model, outPath, QSize(width, height), &error);
    }
    if (!written) {
        err << "drilldeck chart: " << error << '\n';
        return CommandLineInterface::Invalid;
    }
    out << tr("Wrote %1").arg(outPath) << '\n';
    return CommandLineInterface::Success;
}
