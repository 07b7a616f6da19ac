// drilldeck_bench: runs every benchmark and prints one table; --json FILE writes it as JSON.
#include "benchtable.h"
#include "chartbench.h"
#include "coldstartbench.h"
#include "commandrunbench.h"
#include "consolebench.h"
#include "eventstorebench.h"
#include "evidencebench.h"
#include "importbench.h"
#include "periodreportbench.h"
#include "reportbench.h"
#include "runbench.h"
#include "runbookloadbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The console benchmarks paint real windows; without a display they paint offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, parse cache and data of a run live in a directory of its own: the user's are
    // neither read (they would change what is measured) nor written.
    QTemporaryDir home;
    if (!home.isValid()) {
        QTextStream(stderr) << "drilldeck_bench: cannot make a temporary directory: "
                            << home.errorString() << '\n';
        return 1;
    }
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"DrillDeck"_s);
    QCoreApplication::setApplicationName(u"drilldeck_bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run DrillDeck's benchmarks; print measure, value, the "
                                     u"floor measured in the same run, ratio and goal."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Also write the table as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption only(u"only"_s, u"Run only benchmarks whose name has TEXT."_s,
                                  u"TEXT"_s);
    const QCommandLineOption quick(u"quick"_s,
                                   u"Smaller sizes and shorter runs: a smoke test, not figures."_s);
    parser.addOption(json);
    parser.addOption(only);
    parser.addOption(quick);
    parser.process(app);

    auto wanted = [&](const QString &name) {
        return !parser.isSet(only) || name.contains(parser.value(only));
    };
    BenchTable table;
    if (wanted(u"runbook"_s))
        RunbookLoadBench::run(table);
    if (wanted(u"import"_s))
        ImportBench::run(table, parser.isSet(quick) ? 200 : 8000, parser.isSet(quick) ? 1 : 5);
    if (wanted(u"event"_s))
        EventStoreBench::runCommitLatency(table);
    if (wanted(u"history"_s))
        EventStoreBench::runHistory(table);
    if (wanted(u"console"_s)) {
        ConsoleBench::runAdvanceLatency(table, 500, parser.isSet(quick) ? 100 : 1000);
        ConsoleBench::runIdleCpu(table, parser.isSet(quick) ? 5 : 30);
    }
    if (wanted(u"ghost"_s))
        ConsoleBench::runGhost(table, parser.isSet(quick) ? 100 : 500,
                               parser.isSet(quick) ? 20 : 1000, parser.isSet(quick) ? 99 : 499,
                               parser.isSet(quick) ? 5 : 30);
    if (wanted(u"cold start"_s) || wanted(u"peak memory"_s))
        ColdStartBench::run(table, parser.isSet(quick) ? 3 : 15);

    if (wanted(u"capture"_s) || wanted(u"output"_s))
        CommandRunBench::run(table, parser.isSet(quick) ? 10 : 100, parser.isSet(quick) ? 1 : 5);

    if (wanted(u"chart"_s))
        ChartBench::run(table, parser.isSet(quick) ? 100 : 1000, parser.isSet(quick) ? 1 : 9);
    if (wanted(u"report"_s) || wanted(u"timeline"_s))
        ReportBench::run(table, parser.isSet(quick) ? 1000 : 10'000, parser.isSet(quick) ? 1 : 5);
    if (wanted(u"period"_s) || wanted(u"report"_s))
        PeriodReportBench::run(table, parser.isSet(quick) ? 100 : 1000,
                               parser.isSet(quick) ? 1 : 3);
    if (wanted(u"evidence"_s) || wanted(u"verify"_s))
        EvidenceBench::run(table, parser.isSet(quick) ? 1000 : 10'000,
                           parser.isSet(quick) ? 10 : 100, parser.isSet(quick) ? 1 : 3);
    if (wanted(u"drilldeck run"_s))
        RunBench::run(table, parser.isSet(quick) ? 50 : 1000, parser.isSet(quick) ? 1 : 3);

    QTextStream(stdout) << table.toText();
    if (parser.isSet(json)) {
        QFile f(parser.value(json));
        if (!f.open(QIODevice::WriteOnly) || f.write(table.toJson()) < 0) {
            QTextStream(stderr) << "drilldeck_bench: cannot write " << parser.value(json) << '\n';
            return 1;
        }
    }
    return 0;
}
