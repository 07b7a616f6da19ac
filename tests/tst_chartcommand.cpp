// `drilldeck chart` and `--demo` for subcommands, run as a user would: the binary, headless,
// with a private data folder for the example database.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChartCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

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
