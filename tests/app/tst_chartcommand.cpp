// `drilldeck chart` and `--demo` for subcommands, run as a user would: the binary, headless,
// with a private data folder for the example database.
#include "database.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestChartCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;

    struct Output
    {
        int code = -1;
        QString out;
        QString err;
    };

    Output drilldeck(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path()); // no warning before our errors
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the chart command picks offscreen itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DRILLDECK_BINARY), args);
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void rendersEveryChartOfTheDemoDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addRow("trend png") << u"trend"_s << u"trend.png"_s;
        QTest::addRow("phases svg") << u"phases"_s << u"phases.svg"_s;
        QTest::addRow("rpo csv") << u"rpo"_s << u"rpo.csv"_s;
        QTest::addRow("automation png") << u"automation"_s << u"automation.png"_s;
        QTest::addRow("steps csv") << u"steps"_s << u"steps.csv"_s;
        QTest::addRow("timeline svg") << u"timeline"_s << u"timeline.svg"_s;
        QTest::addRow("trend by date svg") << u"trend --x-axis date"_s << u"trend-date.svg"_s;
    }
    void rendersEveryChartOfTheDemoDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        QStringList args = {u"chart"_s};
        args << kind.split(u' ');
        args << QStringList{u"--demo"_s, u"--runbook"_s, u"jenkins-rebuild"_s, u"--out"_s, path};
        const Output o = drilldeck(args);
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(QFile::exists(path));
        if (file.endsWith(u".png"_s))
            QCOMPARE(QImage(path).size(), QSize(1200, 700));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (file.endsWith(u".svg"_s))
            QVERIFY(bytes.contains("example data"));
        if (file == u"trend-date.svg")
            QVERIFY(bytes.contains("2025-03-")); // date labels on the x axis
        if (kind == u"rpo")
            QVERIFY(bytes.startsWith("Environment,Iteration,Date,RTO (min)"));
        if (kind == u"steps")
            QVERIFY(bytes.startsWith("Step,Planned (min),test #3 (min),production #1 (min)"));
    }

    void environmentFilterAndMeasure()
    {
        const QString path = m_dir.filePath(u"active.csv"_s);
        const Output o = drilldeck({u"chart"_s, u"trend"_s, u"--demo"_s, u"--runbook"_s,
                                    u"jenkins-rebuild"_s, u"--environment"_s, u"test"_s,
                                    u"--measure"_s, u"active"_s, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 4); // header and three test drills
    }

    // --runs: the backup verification's nightly automated runs alone, the hand-run drills
    // alone, or both; the CSV's last column says which each row is.
    void runsSelectsHandRunOrAutomatedDrills()
    {
        const QString path = m_dir.filePath(u"runs.csv"_s);
        auto rows = [&](const QString &runs) {
            const Output o =
                drilldeck({u"chart"_s, u"trend"_s, u"--demo"_s, u"--runbook"_s,
                           u"mysql-backup-verification"_s, u"--runs"_s, runs, u"--out"_s, path});
            QHash<QString, int> count{{u"exit"_s, o.code}};
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                for (const QByteArray &line : f.readAll().split('\n').mid(1))
                    if (!line.isEmpty())
                        ++count[QString::fromUtf8(line.split(',').constLast())];
            return count;
        };
        QCOMPARE(rows(u"both"_s),
                 (QHash<QString, int>{{u"exit"_s, 0}, {u"hand-run"_s, 6}, {u"automated"_s, 30}}));
        QCOMPARE(rows(u"hand"_s), (QHash<QString, int>{{u"exit"_s, 0}, {u"hand-run"_s, 6}}));
        QCOMPARE(rows(u"automated"_s), (QHash<QString, int>{{u"exit"_s, 0}, {u"automated"_s, 30}}));
        const Output none =
            drilldeck({u"chart"_s, u"trend"_s, u"--demo"_s, u"--runbook"_s, u"jenkins-rebuild"_s,
                       u"--runs"_s, u"automated"_s, u"--out"_s, m_dir.filePath(u"none.png"_s)});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(u"no finished drills of `jenkins-rebuild` (--runs automated)"_s),
                 qPrintable(none.err));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(u"never.png"_s);
        QTest::addRow("unknown runbook")
            << QStringList{u"chart"_s, u"trend"_s, u"--demo"_s, u"--runbook"_s,
                           u"nope"_s,  u"--out"_s, out}
            << 1 << u"known runbooks: data-gather-restore, datacenter-failover"_s;
        QTest::addRow("unknown format") << QStringList{u"chart"_s,
                                                       u"trend"_s,
                                                       u"--demo"_s,
                                                       u"--runbook"_s,
                                                       u"jenkins-rebuild"_s,
                                                       u"--out"_s,
                                                       m_dir.filePath(u"x.pdf"_s)}
                                        << 2 << u"supported: png, svg, csv"_s;
        QTest::addRow("unknown kind")
            << QStringList{u"chart"_s, u"pie"_s,   u"--demo"_s, u"--runbook"_s,
                           u"x"_s,     u"--out"_s, out}
            << 2 << u"use trend, phases, rpo, automation"_s;
        QTest::addRow("unknown x axis")
            << QStringList{u"chart"_s,     u"trend"_s,           u"--demo"_s,
                           u"--runbook"_s, u"jenkins-rebuild"_s, u"--x-axis"_s,
                           u"month"_s,     u"--out"_s,           out}
            << 2 << u"unknown x axis `month`; use iteration or date"_s;
        QTest::addRow("unknown runs")
            << QStringList{u"chart"_s,     u"trend"_s,           u"--demo"_s,
                           u"--runbook"_s, u"jenkins-rebuild"_s, u"--runs"_s,
                           u"nightly"_s,   u"--out"_s,           out}
            << 2 << u"unknown runs `nightly`; use hand, automated or both"_s;
        QTest::addRow("no runbook") << QStringList{u"chart"_s, u"trend"_s, u"--out"_s, out} << 2
                                    << u"--runbook ID is required"_s;
        QTest::addRow("demo and db")
            << QStringList{u"chart"_s,     u"trend"_s, u"--demo"_s, u"--db"_s, out,
                           u"--runbook"_s, u"x"_s,     u"--out"_s,  out}
            << 2 << u"not both"_s;
        QTest::addRow("missing database")
            << QStringList{u"chart"_s,     u"trend"_s, u"--db"_s,  m_dir.filePath(u"none.sqlite"_s),
                           u"--runbook"_s, u"x"_s,     u"--out"_s, out}
            << 1 << QString();
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Output o = drilldeck(args);
        QCOMPARE(o.code, code);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.png"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    }

    // --out never replaces what is not a regular file (as root, a device would be destroyed).
    void outThatIsNotARegularFileIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addRow("fifo") << u"pipe.csv"_s << u"a named pipe (FIFO)"_s;
        QTest::addRow("directory") << u"folder.png"_s << u"a directory"_s;
    }
    void outThatIsNotARegularFileIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(name);
        QVERIFY(kind == u"a directory" ? QDir(m_dir.path()).mkdir(name)
                                       : ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        const Output o = drilldeck({u"chart"_s, u"trend"_s, u"--demo"_s, u"--runbook"_s,
                                    u"jenkins-rebuild"_s, u"--out"_s, path});
        QCOMPARE(o.code, 1);
        QCOMPARE(o.err, u"drilldeck chart: refusing to write %1: it is %2, not a regular file; "
                        "name a new file or a regular one\n"_s.arg(path, kind));
        const QFileInfo after(path);
        QVERIFY(kind == u"a directory" ? after.isDir() : !after.isFile() && after.exists());
    }

    // CSV injection: a runbook's text that a spreadsheet would run as a formula is written as
    // text, in every chart's CSV (docs/csv.md).
    void csvNeutralisesFormulas()
    {
        using namespace DrillTestSupport;
        const QString db = m_dir.filePath(u"hostile.sqlite"_s);
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            std::unique_ptr<Database> database = std::move(opened).value();
            DrillStore store(*database);
            RunbookRevisionStore revisions(*database);
            const QByteArray yaml = "drilldeck: 1\n"
                                    "id: hostile\n"
                                    "title: Hostile\n"
                                    "environments: [\"=cmd|' /C calc'!A0\"]\n"
                                    "phases:\n"
                                    "  - id: p\n"
                                    "    title: P\n"
                                    "    steps:\n"
                                    "      - id: s\n"
                                    "        title: \"-2+3 @SUM(A1)\"\n"
                                    "        expected: 5m\n"
                                    "        milestone: service-restored\n";
            const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"hostile.yaml"_s);
            QVERIFY(loaded.ok());
            const auto rev =
                revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
            QVERIFY(rev.ok());
            Drill d;
            d.revisionId = rev->id;
            d.runbookId = loaded.runbook->id;
            d.environment = loaded.runbook->environments.constFirst();
            qint64 now = at(0);
            const auto created = store.createDrill(d, now);
            QVERIFY(created.ok());
            DrillEngine engine(&store, *loaded.runbook, created.value(), {});
            engine.setClock([&now] { return now; });
            QVERIFY(engine.start().committed());
            QVERIFY(engine.startStep(u"s"_s).committed());
            now = at(4);
            QVERIFY(engine.completeStep(u"s"_s).committed());
            QVERIFY(engine.finish().committed());
        }
        for (const QString &kind : {u"trend"_s, u"timeline"_s}) {
            const QString path = m_dir.filePath(kind + u"-hostile.csv"_s);
            const Output o = drilldeck(
                {u"chart"_s, kind, u"--db"_s, db, u"--runbook"_s, u"hostile"_s, u"--out"_s, path});
            QVERIFY2(o.code == 0, qPrintable(o.err));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray csv = f.readAll();
            if (kind == u"trend")
                QVERIFY2(csv.contains("\n\"'=cmd|' /C calc'!A0\",1,"), csv.constData());
            else
                QVERIFY2(csv.contains("\n\"'-2+3 @SUM(A1)\",0,4,4,"), csv.constData());
        }
    }

    void historyTakesDemoToo()
    {
        const Output o = drilldeck({u"history"_s, u"--demo"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(o.out.contains(u"data-gather-restore"_s));
        QVERIFY(o.out.count(u'\n') > 20);
    }
};

QTEST_GUILESS_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
