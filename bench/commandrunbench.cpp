// The capture benchmark: CommandRun reading 100 MB of output, against cat into /dev/null.
#include "commandrunbench.h"

#include "benchtable.h"
#include "commandrun.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {
// A /proc/self/status field in KiB ("VmHWM", "VmRSS"), 0 when it cannot be read.
qint64 statusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    return 0;
}

// Sets VmHWM back to the current VmRSS (Linux 4.0 and later), so a peak is this run's own.
// The heap's free pages go back to the system first: reused, they would hide what the run took.
bool resetPeak()
{
    ::malloc_trim(0);
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

CommandEvidence capture(const CommandSpec &spec)
{
    CommandRun run(spec);
    CommandEvidence evidence;
    QEventLoop loop;
    QObject::connect(&run, &CommandRun::finished, &loop, [&](const CommandEvidence &e) {
        evidence = e;
        loop.quit();
    });
    run.start();
    loop.exec();
    return evidence;
}
} // namespace

void CommandRunBench::run(BenchTable &table, int megabytes, int repetitions)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"output"_s);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        const QByteArray line = QByteArray(79, 'x') + '\n';
        const QByteArray block = line.repeated(1024 * 1024 / 80 + 1).left(1024 * 1024);
        for (int i = 0; i < megabytes; ++i)
            out.write(block);
    }
    const qint64 bytes = qint64(megabytes) * 1024 * 1024;
    CommandSpec spec;
    spec.command = u"cat output"_s;
    spec.workingDirectory = dir.path();
    spec.timeoutMs = 10 * 60 * 1000;

    QList<double> peakGrowthMiB;
    const auto [ours, floor] = BenchTable::alternatingMedians(
        repetitions,
        [&] {
            const bool peakReset = resetPeak();
            const qint64 before = statusKiB("VmRSS");
            const CommandEvidence e = capture(spec);
            if (!e.passed() || e.standardOutput.totalBytes != bytes || !e.standardOutput.truncated)
                qFatal("the capture run failed: %s", qPrintable(e.summary()));
            if (peakReset)
                peakGrowthMiB.append(double(statusKiB("VmHWM") - before) / 1024);
        },
        [&] {
            // The floor: the same bytes read by cat and thrown away, nothing captured.
            QProcess cat;
            cat.setWorkingDirectory(dir.path());
            cat.start(u"bash"_s, {u"-c"_s, u"cat output > /dev/null"_s});
            if (!cat.waitForFinished(10 * 60 * 1000) || cat.exitCode() != 0)
                qFatal("cat failed");
        });
    table.add({u"capture %1 MB of a command's output (cap %2 MiB per stream; median of %3)"_s
                   .arg(megabytes)
                   .arg(CommandSpec::defaultOutputCapBytes / (1024 * 1024))
                   .arg(repetitions),
               u"ms"_s, ours, floor, u"figures (floor: cat of the same bytes into /dev/null)"_s});
    if (!peakGrowthMiB.isEmpty())
        table.add(
            {u"peak memory growth while capturing %1 MB of output (median of %2)"_s.arg(megabytes)
                 .arg(peakGrowthMiB.size()),
             u"MiB"_s, BenchTable::median(peakGrowthMiB), std::nullopt,
             u"bounded by the cap (2 streams × 1 MiB, kept twice while trimming), not "
             u"the output"_s});
}
