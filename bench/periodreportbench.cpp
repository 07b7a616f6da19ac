#include "periodreportbench.h"

#include "actionitemstore.h"
#include "benchtable.h"
#include "database.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "periodreport.h"
#include "reportexporter.h"
#include "runbookrevisionstore.h"
#include "signoff.h"
#include "storebatch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
constexpr int runbooks = 10;
const QDate from(2025, 1, 1);
const QDate to(2025, 3, 31);

[[noreturn]] void die(const QString &what)
{
    qFatal("period report bench: %s", qPrintable(what));
}

// drills drills over ten runbooks: nine in ten start in the quarter, the rest in the one
// before; each has three steps, a driver of three, a miss in seven (an action item each) and a
// sign-off in two.
void fill(const QString &path, int drills)
{
    auto opened = Database::open(path);
    if (!opened)
        die(opened.error().message);
    std::unique_ptr<Database> db = std::move(opened).value();
    DrillStore store(*db);
    RunbookRevisionStore revisions(*db);
    ActionItemStore items(*db);
    const qint64 quarterStart = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    QList<qint64> revisionIds;
    for (int r = 0; r < runbooks; ++r) {
        const QString id = u"service-%1"_s.arg(r);
        const auto rev = revisions.addRevision(DrillTestSupport::runbookYaml(id), id,
                                               u"Restore service %1"_s.arg(r), quarterStart);
        if (!rev)
            die(rev.error().message);
        revisionIds << rev->id;
    }
    const QStringList drivers = {u"Jonas"_s, u"Ada"_s, u"Lee"_s};
    // The drills first (each stored in a transaction of its own), then their logs in one batch,
    // then the action items: filling the fixture is not what is measured.
    QList<Drill> created;
    QList<qint64> startMs;
    for (int d = 0; d < drills; ++d) {
        Drill drill;
        const int r = d % runbooks;
        drill.revisionId = revisionIds[r];
        drill.runbookId = u"service-%1"_s.arg(r);
        drill.environment = d % 3 == 0 ? u"production"_s : u"test"_s;
        drill.facilitator = u"Maria"_s;
        drill.participants = {{drivers[(d / runbooks) % (r % 3 + 1)], u"driver"_s},
                              {u"Grace"_s, u"scribe"_s}};
        // Nine in ten in the quarter (90 days), the tenth in the 90 days before it.
        const qint64 time = quarterStart + (d % 10 == 9 ? -day * 90 : 0) +
                            qint64(d) * (day * 89 / std::max(drills, 1)) + 9 * 3'600'000;
        const auto stored = store.createDrill(drill, time);
        if (!stored)
            die(stored.error().message);
        created << stored.value();
        startMs << time;
    }
    StoreBatch batch(*db);
    if (const StoreError error = batch.error())
        die(error.message);
    for (int d = 0; d < drills; ++d) {
        qint64 time = startMs[d];
        const bool miss = d % 7 == 3;
        auto add = [&](DrillEvent::Kind kind, const QString &step, qint64 advance,
                       const QString &payload = {}) {
            time += advance;
            DrillEvent e;
            e.drillId = created[d].id;
            e.timeMs = time;
            e.author = u"Maria"_s;
            e.kind = kind;
            e.stepId = step;
            e.payload = payload;
            if (!store.appendEvent(e))
                die(u"cannot fill the drills"_s);
        };
        add(DrillEvent::Kind::Started, {}, 0);
        for (const QString &step : {u"bake-ami"_s, u"launch"_s, u"verify"_s}) {
            add(DrillEvent::Kind::StepStarted, step, 1000);
            add(DrillEvent::Kind::StepDone, step,
                (miss ? 100 : 10) * 60'000 + (d * 7919) % 600'000);
        }
        add(DrillEvent::Kind::Finished, {}, 1000);
        if (d % 2 == 0) {
            SignOff o;
            o.name = u"Maria"_s;
            o.role = u"facilitator"_s;
            o.statement = u"I observed this drill; the figures are correct."_s;
            add(DrillEvent::Kind::SignedOff, {}, 60'000, o.toPayload());
        }
    }
    if (const StoreError error = batch.commit())
        die(error.message);
    for (int d = 3; d < drills; d += 7) { // the misses
        ActionItem item;
        item.drillId = created[d].id;
        item.title = u"Automate the launch of service %1"_s.arg(d % runbooks);
        item.owner = drivers[d % 3];
        item.dueDate = u"2025-06-30"_s;
        if (!items.create(item, startMs[d]))
            die(u"cannot store an action item"_s);
    }
}

int writeReport(const QString &db, const QString &out, ReportExporter::Format format)
{
    auto opened = Database::open(db, Database::Mode::ReadOnly);
    if (!opened)
        die(opened.error().message);
    std::unique_ptr<Database> database = std::move(opened).value();
    std::optional<PeriodReport> report;
    {
        const DrillStore drills(*database);
        const RunbookRevisionStore revisions(*database);
        const ActionItemStore items(*database);
        auto loaded = PeriodReport::load(drills, revisions, items, from, to,
                                         QDateTime::currentMSecsSinceEpoch());
        if (!loaded)
            die(loaded.error().message);
        report = std::move(loaded).value();
    }
    ReportExporter::Options options;
    options.format = format;
    QString error;
    if (ReportExporter::write(ReportExporter::composed(*report), out, options, {}, &error) !=
        ReportExporter::Result::Written)
        die(error);
    return int(report->drills.size());
}
} // namespace

void PeriodReportBench::run(BenchTable &table, int drills, int repetitions)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"period.sqlite"_s);
    fill(db, drills);
    const struct
    {
        ReportExporter::Format format;
        QString name;
    } formats[] = {{ReportExporter::Format::Pdf, u"PDF"_s},
                   {ReportExporter::Format::Html, u"HTML"_s},
                   {ReportExporter::Format::Markdown, u"Markdown"_s}};
    // Warm up fonts and the chart theme, so the first format does not pay for them.
    writeReport(db, dir.filePath(u"warm.pdf"_s), ReportExporter::Format::Pdf);
    for (const auto &f : formats) {
        const QString out = dir.filePath(u"period."_s + ReportExporter::suffix(f.format));
        QList<double> times;
        int inPeriod = 0;
        for (int r = 0; r < repetitions; ++r) {
            QElapsedTimer t;
            t.start();
            inPeriod = writeReport(db, out, f.format);
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        table.add({u"period report of %1 drills (%2 in the quarter, %3 runbooks) as %4: "
                   "load+compose+charts+write (median of %5)"_s.arg(drills)
                       .arg(inPeriod)
                       .arg(runbooks)
                       .arg(f.name)
                       .arg(repetitions),
                   u"ms"_s, BenchTable::median(times), std::nullopt, u"< 5000 ms"_s});
    }
}
