#include "eventstorebench.h"

#include "benchtable.h"
#include "database.h"
#include "drillengine.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "runbookloadbench.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "storebatch.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'700'000'000'000;

[[noreturn]] void die(const QString &what)
{
    qFatal("%s", qPrintable(what));
}

// The floor: the same row into the same table, same pragmas, one prepared statement.
class BareSqlite
{
public:
    explicit BareSqlite(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            die(u"sqlite3_open_v2 failed"_s);
        exec("PRAGMA busy_timeout = 5000");
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        const QList<Database::Migration> migrations = Database::migrations();
        for (const QString &statement : migrations.constFirst().statements)
            exec(statement.toUtf8());
        exec("INSERT INTO runbook_revisions (runbook_id, title, sha256, yaml, created_ms) "
             "VALUES ('r', 't', 'h', 'y', 0)");
        exec("INSERT INTO drills (revision_id, runbook_id, environment, iteration, scenario, "
             "facilitator, created_ms) VALUES (1, 'r', 'test', 1, '', '', 0)");
        const char *sql = "INSERT INTO drill_events (drill_id, time_ms, author, kind, step_id, "
                          "payload) VALUES (?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_insert, nullptr) != SQLITE_OK)
            die(u"prepare failed"_s);
    }
    ~BareSqlite()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void insert(qint64 timeMs, const QByteArray &payload)
    {
        sqlite3_bind_int64(m_insert, 1, 1);
        sqlite3_bind_int64(m_insert, 2, timeMs);
        sqlite3_bind_text(m_insert, 3, "facilitator", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, "observation", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, "", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 6, payload.constData(), int(payload.size()), SQLITE_STATIC);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            die(u"bare insert failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_insert);
        if (sqlite3_last_insert_rowid(m_db) <= 0)
            die(u"no row id"_s);
    }

private:
    void exec(const QByteArray &sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK)
            die(u"bare sqlite: "_s + QString::fromUtf8(error));
    }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

struct Fixture
{
    std::unique_ptr<Database> db;
    std::unique_ptr<DrillStore> store;
    std::unique_ptr<RunbookRevisionStore> revisions;
    Runbook runbook;
    qint64 revisionId = 0;

    explicit Fixture(const QString &path, const QByteArray &yaml)
    {
        auto opened = Database::open(path);
        if (!opened)
            die(opened.error().message);
        db = std::move(opened).value();
        store = std::make_unique<DrillStore>(*db);
        revisions = std::make_unique<RunbookRevisionStore>(*db);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"bench.yaml"_s);
        if (!loaded.ok())
            die(loaded.diagnostics.value(0).toString());
        runbook = *loaded.runbook;
        revisionId = revisions->addRevision(yaml, runbook.id, runbook.title, T0)->id;
    }
    ~Fixture()
    {
        revisions.reset();
        store.reset();
        db.reset();
    }
    Drill newDrill(qint64 createdMs)
    {
        Drill d;
        d.revisionId = revisionId;
        d.runbookId = runbook.id;
        d.environment = u"test"_s;
        const auto created = store->createDrill(d, createdMs);
        if (!created)
            die(created.error().message);
        return created.value();
    }
};
} // namespace

void EventStoreBench::runCommitLatency(BenchTable &table, int events)
{
    QTemporaryDir dir;
    Fixture f(dir.filePath(u"drilldeck.sqlite"_s), RunbookLoadBench::generateRunbook(5));
    BareSqlite bare(dir.filePath(u"bare.sqlite"_s));

    DrillEngine engine(f.store.get(), f.runbook, f.newDrill(T0), {});
    qint64 now = T0;
    engine.setClock([&now] { return now; });
    engine.setAuthor(u"facilitator"_s);
    if (!engine.start().committed())
        die(u"cannot start the bench drill"_s);

    QList<double> ours, floor;
    ours.reserve(events);
    floor.reserve(events);
    QElapsedTimer t;
    for (int i = 0; i < events; ++i) {
        now += 1000;
        const QString text = u"observation %1: the restore is slower than planned"_s.arg(i);
        // Interleaved, in alternating order, so both see the same disk at the same moments.
        auto measureOurs = [&] {
            t.start();
            const AppendResult r = engine.observe(text);
            ours.append(double(t.nsecsElapsed()) / 1e3);
            if (!r.committed())
                die(r.message);
        };
        auto measureFloor = [&] {
            t.start();
            bare.insert(now, DrillEvent::payloadWith(u"text"_s, text).toUtf8());
            floor.append(double(t.nsecsElapsed()) / 1e3);
        };
        if (i % 2 == 0) {
            measureOurs();
            measureFloor();
        } else {
            measureFloor();
            measureOurs();
        }
    }
    QList<double> ours99 = ours, floor99 = floor;
    table.add({u"commit one event, engine+store, median of %1"_s.arg(events), u"us"_s,
               BenchTable::median(ours), BenchTable::median(floor),
               u"ratio <= 1.5 (floor: bare sqlite3 insert, same pragmas)"_s});
    table.add({u"commit one event, engine+store, p99 of %1"_s.arg(events), u"us"_s,
               BenchTable::percentile(ours99, 99), BenchTable::percentile(floor99, 99),
               u"ratio <= 1.5 (floor: bare sqlite3 insert, same pragmas)"_s});
}

void EventStoreBench::runHistory(BenchTable &table, int drills, int steps, int repetitions)
{
    QTemporaryDir dir;
    Fixture f(dir.filePath(u"drilldeck.sqlite"_s), RunbookLoadBench::generateRunbook(steps));
    const QList<Step> all = f.runbook.allSteps();

    QList<Drill> created;
    for (int d = 0; d < drills; ++d)
        created.append(f.newDrill(T0 + d));
    // The logs go in one transaction: filling the fixture is not what is measured.
    StoreBatch batch(*f.db);
    if (const StoreError error = batch.error())
        die(error.message);
    for (int d = 0; d < drills; ++d) {
        qint64 time = T0 + qint64(d) * 86'400'000;
        auto add = [&](DrillEvent::Kind kind, const QString &step, qint64 advance) {
            time += advance;
            DrillEvent e;
            e.drillId = created[d].id;
            e.timeMs = time;
            e.author = u"facilitator"_s;
            e.kind = kind;
            e.stepId = step;
            if (!f.store->appendEvent(e))
                die(u"cannot fill the history fixture"_s);
        };
        add(DrillEvent::Kind::Started, {}, 0);
        for (const Step &s : all) {
            add(DrillEvent::Kind::StepStarted, s.id, 1000);
            add(DrillEvent::Kind::StepDone, s.id, 60'000 + (d * 7919 + s.id.size()) % 60'000);
        }
        add(DrillEvent::Kind::Finished, {}, 1000);
    }
    if (const StoreError error = batch.commit())
        die(error.message);

    QList<double> times;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer t;
        t.start();
        const auto history = DrillHistory::load(*f.store, *f.revisions, {}, T0);
        times.append(double(t.nsecsElapsed()) / 1e6);
        if (!history || history->size() != drills ||
            history->constLast().metrics.doneSteps != steps)
            die(u"history did not derive"_s);
    }
    table.add({u"history of %1 drills x %2 steps: read + derive (median of %3)"_s.arg(drills)
                   .arg(steps)
                   .arg(repetitions),
               u"ms"_s, BenchTable::median(times), std::nullopt, u"< 2000 ms"_s});
}
