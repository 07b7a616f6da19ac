#include "evidencebench.h"

#include "benchtable.h"
#include "bigdrillfixture.h"
#include "evidencemanifest.h"
#include "evidencepackexporter.h"
#include "evidencezipwriter.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Measured
{
    double ms = 0;
    double peakMiB = 0;
    int code = -1;
};

// Runs program to its end in dir, output discarded; wall time and the child's peak RSS.
Measured measure(const QString &program, const QStringList &args, const QString &dir = {})
{
    std::vector<QByteArray> strings{QFile::encodeName(program)};
    for (const QString &a : args)
        strings.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray cwd = QFile::encodeName(dir);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!cwd.isEmpty() && chdir(cwd.constData()) != 0)
            _exit(127);
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Measured m;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        m.ms = double(timer.nsecsElapsed()) / 1e6;
        m.peakMiB = double(usage.ru_maxrss) / 1024; // KiB on Linux
        m.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return m;
}

QByteArray noisePng(int n)
{
    QImage image(320, 240, QImage::Format_RGB32);
    QRandomGenerator random(quint32(n + 1));
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}
} // namespace

void EvidenceBench::run(BenchTable &table, int events, int images, int repetitions)
{
    QTextStream err(stderr);
    const QString zip = QStandardPaths::findExecutable(u"zip"_s);
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    if (zip.isEmpty() || unzip.isEmpty()) {
        err << "evidence bench: zip and unzip are needed (scripts/install-deps.sh)\n";
        return;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(u"big.db"_s);
    const auto built = BigDrillFixture::build(db, events);
    if (!built) {
        err << "evidence bench: cannot build the drill\n";
        return;
    }
    {
        auto opened = Database::open(db);
        if (!opened)
            return;
        std::unique_ptr<Database> database = std::move(opened).value();
        DrillStore store(*database);
        for (int i = 0; i < images; ++i) {
            DrillEvent e;
            e.drillId = built->drillId;
            e.kind = DrillEvent::Kind::Observation;
            e.timeMs = DrillTestSupport::T0 + i;
            e.author = u"Ada"_s;
            e.payload = DrillEvent::payloadWith(u"text"_s, u"screenshot %1"_s.arg(i));
            if (!store.appendEvent(e, EventAttachment::fromImageData(noisePng(i)))) {
                err << "evidence bench: cannot store image " << i << '\n';
                return;
            }
        }
    }
    const QString binary = QStringLiteral(DRILLDECK_BINARY);
    const QString pack = dir.filePath(u"pack.zip"_s);
    const QString unpacked = dir.filePath(u"unpacked"_s);
    const QString floorZip = dir.filePath(u"floor.zip"_s);
    QList<double> ours, floor, oursMiB, floorMiB, verify, verifyFloor, verifyMiB;
    for (int r = 0; r < repetitions; ++r) {
        QFile::remove(pack);
        const Measured m = measure(binary, {u"evidence"_s, QString::number(built->drillId),
                                            u"--db"_s, db, u"--out"_s, pack});
        if (m.code != 0) {
            err << "evidence bench: drilldeck evidence failed (" << m.code << ")\n";
            return;
        }
        ours << m.ms;
        oursMiB << m.peakMiB;
        if (r == 0) {
            QDir().mkpath(unpacked);
            if (measure(unzip, {u"-q"_s, pack, u"-d"_s, unpacked}).code != 0)
                return;
        }
        QFile::remove(floorZip);
        const Measured f = measure(zip, {u"-q"_s, u"-r"_s, floorZip, u"."_s}, unpacked);
        floor << f.ms;
        floorMiB << f.peakMiB;
        const Measured v = measure(binary, {u"verify"_s, pack});
        if (v.code != 0) {
            err << "evidence bench: drilldeck verify failed (" << v.code << ")\n";
            return;
        }
        verify << v.ms;
        verifyMiB << v.peakMiB;
        verifyFloor << measure(unzip, {u"-tq"_s, pack}).ms;
    }
    // Where the time goes: the exporter's stages in process, once, printed beside the table.
    {
        auto opened = Database::open(db, Database::Mode::ReadOnly);
        if (opened) {
            std::unique_ptr<Database> database = std::move(opened).value();
            QElapsedTimer stage;
            stage.start();
            QString last = u"start"_s;
            QStringList stages;
            const auto progress = [&](int, int, const QString &next) {
                stages << u"%1 %2 ms"_s.arg(last).arg(stage.restart());
                last = next;
                return true;
            };
            QString error;
            EvidencePackExporter::write(*database, built->drillId, dir.filePath(u"inproc.zip"_s),
                                        {}, progress, &error);
            stages << u"%1 %2 ms"_s.arg(last).arg(stage.elapsed());
            err << "evidence bench: in process, by stage: " << stages.join(u"; "_s) << '\n';
        }
    }
    // The zip and MANIFEST alone, in process, from the same files in memory.
    QList<EvidenceZipWriter::File> files;
    QDirIterator it(unpacked, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QString name = QDir(unpacked).relativeFilePath(path);
        files.append({name, f.readAll(), !name.startsWith(u"images/"_s)});
    }
    const auto [writerMs, zipMs] = BenchTable::alternatingMedians(
        repetitions,
        [&] {
            QList<EvidenceManifest::Entry> entries;
            for (const auto &f : std::as_const(files))
                entries.append({f.path, EvidenceManifest::sha256Hex(f.bytes)});
            QString error;
            const QByteArray bytes = EvidenceZipWriter::archive(files, 0, &error);
            EvidenceManifest(entries).text();
            QFile out(floorZip + u".ours"_s);
            out.open(QIODevice::WriteOnly);
            out.write(bytes);
        },
        [&] {
            QFile::remove(floorZip);
            measure(zip, {u"-q"_s, u"-r"_s, floorZip, u"."_s}, unpacked);
        });
    const QString size = u"%1 events + %2 images, %3 MB"_s.arg(events).arg(images).arg(
        double(QFileInfo(pack).size()) / 1e6, 0, 'f', 1);
    table.add({u"evidence pack (drilldeck evidence: reports, log, images, zip), %1, median of %2"_s
                   .arg(size)
                   .arg(repetitions),
               u"ms"_s, BenchTable::median(ours), BenchTable::median(floor),
               u"ratio <= 1.5 (floor: zip -q -r of the same files)"_s});
    table.add({u"evidence pack: the zip and MANIFEST alone (libzip, SHA-256), %1"_s.arg(size),
               u"ms"_s, writerMs, zipMs, u"ratio <= 1.5 (floor: zip -q -r of the same files)"_s});
    table.add({u"evidence pack: peak memory of drilldeck evidence (max RSS)"_s, u"MiB"_s,
               BenchTable::median(oursMiB), BenchTable::median(floorMiB),
               u"reported (the pack is built in memory; floor: zip's)"_s});
    table.add({u"drilldeck verify of that pack, median of %1"_s.arg(repetitions), u"ms"_s,
               BenchTable::median(verify), BenchTable::median(verifyFloor),
               u"ratio <= 1.5 (floor: unzip -tq)"_s});
    table.add({u"drilldeck verify: peak memory (max RSS; streamed, 64 KiB chunks)"_s, u"MiB"_s,
               BenchTable::median(verifyMiB), std::nullopt, u"< 100 MiB"_s});
}
