// drilldeck_bench: runs every benchmark and prints one table; --json FILE writes it as JSON.
#include "benchtable.h"
#include "eventstorebench.h"
#include "runbookloadbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run DrillDeck's benchmarks; print measure, value, the "
                                     u"floor measured in the same run, ratio and goal."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Also write the table as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption only(u"only"_s, u"Run only benchmarks whose name has TEXT."_s,
                                  u"TEXT"_s);
    parser.addOption(json);
    parser.addOption(only);
    parser.process(app);

    auto wanted = [&](const QString &name) {
        return !parser.isSet(only) || name.contains(parser.value(only));
    };
    BenchTable table;
    if (wanted(u"runbook"_s))
        RunbookLoadBench::run(table);
    if (wanted(u"event"_s))
        EventStoreBench::runCommitLatency(table);
    if (wanted(u"history"_s))
        EventStoreBench::runHistory(table);

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
