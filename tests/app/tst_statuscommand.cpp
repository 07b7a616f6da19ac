// `drilldeck status` and `drilldeck calendar` run as a user would: the real binary over a real
// SQLite database written through the engine, with --today injected; every format, the
// calendar file, the demo database, and each usage error with its exit code.
#include "database.h"
#include "drilldeckprocess.h"
#include "programmefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ProgrammeFixture;

class TestStatusCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    DrillDeckProcess::Result drilldeck(const QStringList &arguments)
    {
        return DrillDeckProcess::run(arguments,
                                     DrillDeckProcess::environment(m_dir.filePath(u"home"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"drills.db"_s);
        auto opened = Database::open(m_db);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Database &db = *opened.value();
        const QByteArray alpha = yaml(u"alpha"_s, u"90d"_s);
        addDrill(db, alpha, u"production"_s, QDate(2025, 5, 1), Outcome::Met);
        const qint64 missed = addDrill(db, alpha, u"test"_s, QDate(2025, 6, 1), Outcome::Missed);
        addActionItem(db, missed, u"Automate the AMI bake"_s, QDate(2025, 6, 15));
        addDrill(db, yaml(u"beta"_s, u"30d"_s), u"test"_s, QDate(2025, 4, 1), Outcome::Met,
                 u"Ahmed, \"the\" driver"_s);
    }

    void table()
    {
        const auto r = drilldeck({u"status"_s, u"--db"_s, m_db, u"--today"_s, u"2025-06-30"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        const QStringList lines = r.out.split(u'\n');
        QVERIFY(lines[0].startsWith(u"RUNBOOK"_s));
        QVERIFY(lines[0].contains(u"CONFIDENCE"_s));
        auto line = [&](const QString &start) {
            for (const QString &l : lines)
                if (l.startsWith(start))
                    return l;
            return QString();
        };
        const QString alphaProd = line(u"alpha    production"_s);
        QVERIFY2(alphaProd.contains(u"2025-07-30"_s), qPrintable(r.out));
        QVERIFY(alphaProd.contains(u"due in 30 day"_s));
        QVERIFY(alphaProd.contains(u"high"_s));
        QVERIFY(alphaProd.contains(u"30m of 4h (met)"_s));
        const QString alphaTest = line(u"alpha    test"_s);
        QVERIFY2(alphaTest.contains(u"low"_s), qPrintable(r.out));
        QVERIFY(alphaTest.contains(u"1 open, 1 overdue"_s));
        const QString betaTest = line(u"beta     test"_s);
        QVERIFY2(betaTest.contains(u"! overdue 60 day"_s), qPrintable(r.out));
        QVERIFY(betaTest.contains(u"low (faded)"_s));
        QVERIFY(betaTest.contains(u"(automated)"_s) || betaTest.contains(u"(hand-run)"_s));
        QVERIFY(r.out.contains(u"4 runbook-environment"_s));
        QVERIFY(r.out.contains(u"as of 2025-06-30; 1 overdue."_s));
        // Each runbook was only ever driven by one person: flagged in the row and said below.
        QVERIFY2(betaTest.contains(u"! only Ahmed, \"the\" driver (single driver)"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Single driver — a knowledge silo, let someone else drive the "
                                "next drill: alpha (only Maria), beta (only Ahmed, \"the\" "
                                "driver)."_s),
                 qPrintable(r.out));
    }

    void csv()
    {
        const auto r = drilldeck(
            {u"status"_s, u"--db"_s, m_db, u"--today"_s, u"2025-06-30"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines[0].startsWith(u"runbook,title,environment,production,cadence_days"_s));
        QVERIFY(lines[0].endsWith(u"open_items,overdue_items,drivers,single_driver"_s));
        QVERIFY2(lines.contains(u"beta,Rebuild Jenkins from backup,test,no,30,yes,3,1,hand,"
                                "2025-04-01,\"finished, RTO met\",2025-05-01,60,overdue,low,yes,"
                                "no,1800,14400,met,0,0,\"Ahmed, \"\"the\"\" driver\",yes"_s),
                 qPrintable(r.out));
    }

    void json()
    {
        const auto r = drilldeck({u"status"_s, u"--db"_s, m_db, u"--today"_s, u"2025-06-30"_s,
                                  u"--format"_s, u"json"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o[u"format"_s].toString(), u"drilldeck-status"_s);
        const QJsonArray runbooks = o[u"runbooks"_s].toArray();
        QCOMPARE(runbooks.size(), 2);
        const QJsonObject alphaProd = runbooks[0][u"environments"_s].toArray()[1].toObject();
        QCOMPARE(alphaProd[u"environment"_s].toString(), u"production"_s);
        QCOMPARE(alphaProd[u"confidence"_s][u"level"_s].toString(), u"high"_s);
        QVERIFY(alphaProd[u"confidence"_s][u"why"_s].toString().contains(u"within the cadence"_s));
        QCOMPARE(alphaProd[u"rto"_s][u"seconds"_s].toInt(), 1800);
        QCOMPARE(alphaProd[u"nextDue"_s].toString(), u"2025-07-30"_s);
    }

    // The same database a year later: everything has faded and is overdue.
    void todayMovesOn()
    {
        const auto r = drilldeck({u"status"_s, u"--db"_s, m_db, u"--today"_s, u"2026-06-30"_s,
                                  u"--format"_s, u"json"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        const QJsonObject alpha =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[u"runbooks"_s].toArray()[0].toObject();
        QCOMPARE(alpha[u"confidence"_s].toString(), u"low"_s);
        QCOMPARE(alpha[u"environments"_s][1][u"status"_s].toString(), u"overdue"_s);
        QVERIFY(alpha[u"environments"_s][1][u"confidence"_s][u"decayed"_s].toBool());
    }

    void calendar()
    {
        const QString ics = m_dir.filePath(u"drills.ics"_s);
        const auto r = drilldeck(
            {u"calendar"_s, u"--db"_s, m_db, u"--today"_s, u"2025-06-30"_s, u"--out"_s, ics});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"Wrote 4 due drill"_s));
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT\r\n"), 4);
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20250501\r\n"));
        // The UIDs stay across exports; the file is replaced whole.
        const auto again = drilldeck(
            {u"calendar"_s, u"--db"_s, m_db, u"--today"_s, u"2025-07-01"_s, u"--out"_s, ics});
        QVERIFY2(again.exitedWith(0), qPrintable(again.describe()));
        QFile g(ics);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray second = g.readAll();
        auto uids = [](const QByteArray &t) {
            QList<QByteArray> out;
            for (const QByteArray &l : t.split('\n'))
                if (l.startsWith("UID:"))
                    out << l;
            return out;
        };
        QCOMPARE(uids(second), uids(text));
        QCOMPARE(uids(text).size(), 4);
    }

    void demo()
    {
        const auto r = drilldeck({u"status"_s, u"--demo"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY(r.out.startsWith(u"RUNBOOK"_s));
        QVERIFY(r.out.contains(u"jenkins-rebuild"_s));
        const QString ics = m_dir.filePath(u"demo.ics"_s);
        const auto c = drilldeck({u"calendar"_s, u"--demo"_s, u"--out"_s, ics});
        QVERIFY2(c.exitedWith(0), qPrintable(c.describe()));
        QVERIFY(QFile::exists(ics));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{u"status"_s, u"--today"_s, u"30/06/2025"_s} << 2
                                  << u"--today: `30/06/2025` is not a date; use YYYY-MM-DD"_s;
        QTest::newRow("no such day")
            << QStringList{u"status"_s, u"--today"_s, u"2025-02-30"_s} << 2 << u"is not a date"_s;
        QTest::newRow("bad format") << QStringList{u"status"_s, u"--format"_s, u"xml"_s} << 2
                                    << u"unknown format `xml`; use table, csv or json"_s;
        QTest::newRow("extra argument")
            << QStringList{u"status"_s, u"alpha"_s} << 2 << u"unexpected argument `alpha`"_s;
        QTest::newRow("demo and db") << QStringList{u"status"_s, u"--demo"_s, u"--db"_s, u"x.db"_s}
                                     << 2 << u"give --demo or --db, not both"_s;
        QTest::newRow("calendar without --out")
            << QStringList{u"calendar"_s} << 2 << u"--out drills.ics"_s;
        QTest::newRow("calendar bad date")
            << QStringList{u"calendar"_s, u"--out"_s, u"x.ics"_s, u"--today"_s, u"tomorrow"_s} << 2
            << u"is not a date"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r = drilldeck(arguments);
        QVERIFY2(r.exitedWith(code), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreadableDatabaseAndUnwritableFile()
    {
        const QString missing = m_dir.filePath(u"nothing-here.db"_s);
        const auto r = drilldeck({u"status"_s, u"--db"_s, missing});
        QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(missing)); // reported, never created
        // A folder is not a file to replace; nothing is written.
        const auto c = drilldeck({u"calendar"_s, u"--db"_s, m_db, u"--out"_s, m_dir.path()});
        QVERIFY2(c.exitedWith(1), qPrintable(c.describe()));
        QVERIFY(c.err.startsWith(u"drilldeck calendar: "_s));
    }

    void help()
    {
        const auto r = drilldeck({u"status"_s, u"--help"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"--today <YYYY-MM-DD>"_s));
        const auto c = drilldeck({u"calendar"_s, u"--help"_s});
        QVERIFY(c.out.contains(u"RFC 5545"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
