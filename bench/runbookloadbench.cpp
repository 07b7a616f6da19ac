#include "runbookloadbench.h"

#include "benchtable.h"
#include "runbookloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

QByteArray RunbookLoadBench::generateRunbook(int steps)
{
    QByteArray y;
    y.reserve(steps * 300);
    y += "drilldeck: 1\nid: generated\ntitle: Generated runbook\nservice: Benchmark\n"
         "objectives: { rto: 4h, rpo: 24h }\nenvironments: [test, production]\n"
         "roles: [driver, scribe]\nphases:\n";
    const int perPhase = 100;
    for (int i = 0; i < steps; ++i) {
        if (i % perPhase == 0)
            y += "  - id: phase-" + QByteArray::number(i / perPhase) + "\n    title: Phase " +
                 QByteArray::number(i / perPhase) + "\n    steps:\n";
        const QByteArray n = QByteArray::number(i);
        y += "      - id: step-" + n + "\n        title: Restore part " + n +
             " of the service\n        role: driver\n        expected: 1m30s\n"
             "        automation: scripted\n        command: ./restore.sh --part " +
             n + "\n        verify: curl -fsS https://example.test/health/" + n + "\n";
        if (i > 0)
            y += "        depends_on: [step-" + QByteArray::number(i - 1) + "]\n";
        y += "        instructions: |\n          Run the script for part " + n +
             " and watch the **log**.\n";
    }
    return y;
}

void RunbookLoadBench::run(BenchTable &table, int steps, int repetitions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"runbook.yaml"_s);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(generateRunbook(steps));
    }
    QList<double> ours, bare;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer t;
        t.start();
        {
            // The floor parses and frees the tree, as the loader must do too.
            const YAML::Node node = YAML::LoadFile(path.toStdString());
            if (!node.IsMap())
                qFatal("floor did not parse");
        }
        bare.append(double(t.nsecsElapsed()) / 1e6);

        t.start();
        const RunbookLoadResult result = RunbookLoader::loadFile(path);
        ours.append(double(t.nsecsElapsed()) / 1e6);
        if (!result.ok() || result.runbook->stepCount() != steps)
            qFatal("generated runbook did not load: %s",
                   qPrintable(result.diagnostics.value(0).toString()));
    }
    table.add({u"load+validate %1-step runbook (median of %2)"_s.arg(steps).arg(repetitions),
               u"ms"_s, BenchTable::median(ours), BenchTable::median(bare),
               u"ratio <= 1.5 (floor: YAML::LoadFile)"_s});
}
