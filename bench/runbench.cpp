// The overhead of `drilldeck run` per step over the bare shell: both real processes.
#include "runbench.h"

#include "benchtable.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QByteArray trivialRunbook(int steps)
{
    QByteArray yaml = "drilldeck: 1\nid: bench-run\ntitle: Trivial steps\nenvironments: [bench]\n"
                      "phases:\n  - id: all\n    title: All\n    steps:\n";
    for (int i = 0; i < steps; ++i)
        yaml += "      - id: s" + QByteArray::number(i) + "\n        title: Step " +
                QByteArray::number(i) +
                "\n        automation: automated\n        command: \"true\"\n";
    return yaml;
}

void runOrDie(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAll().right(2000).constData());
}
} // namespace

void RunBench::run(BenchTable &table, int steps, int repetitions)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    const QString runbook = dir.filePath(u"trivial.yaml"_s);
    QFile file(runbook);
    if (!file.open(QIODevice::WriteOnly) || file.write(trivialRunbook(steps)) < 0 || !file.flush())
        qFatal("cannot write %s", qPrintable(runbook));
    file.close();
    int repetition = 0;
    // drilldeck run with its database in folder, fresh each time (a CI job's first run).
    auto runIn = [&](const QString &folder) {
        const QString db = folder + u"/run-%1.sqlite"_s.arg(++repetition);
        runOrDie(QStringLiteral(DRILLDECK_BINARY),
                 {u"run"_s, runbook, u"--env"_s, u"bench"_s, u"--trust"_s, u"--db"_s, db});
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(db + suffix);
    };
    auto shellLoop = [steps] {
        runOrDie(u"bash"_s,
                 {u"-c"_s, u"for ((i = 0; i < %1; i++)); do bash -c true; done"_s.arg(steps)});
    };
    const auto [ours, floor] = BenchTable::alternatingMedians(
        repetitions, [&] { runIn(dir.path()); }, shellLoop);
    table.add({u"drilldeck run: %1 automated `true` steps, a fresh database (each step: 3 "
               u"durable event commits, synchronous=FULL; median of %2)"_s.arg(steps)
                   .arg(repetitions),
               u"ms"_s, ours, floor,
               u"ratio ≤ 1.5 (floor: a shell loop running `bash -c true` as often)"_s});
    // The same with the database in memory (tmpfs: a commit's fsync costs nothing there), to
    // show what the durable commits cost. Never how DrillDeck runs; a reference only.
    QTemporaryDir memory(u"/dev/shm/drilldeck-bench-XXXXXX"_s);
    if (!memory.isValid())
        return;
    const auto [inMemory, floorAgain] = BenchTable::alternatingMedians(
        repetitions, [&] { runIn(memory.path()); }, shellLoop);
    table.add({u"reference: the same, its database on tmpfs (/dev/shm: no fsync cost; median of "
               u"%1)"_s.arg(repetitions),
               u"ms"_s, inMemory, floorAgain,
               u"none; what the durable commits cost, by difference with the row above"_s});
}
