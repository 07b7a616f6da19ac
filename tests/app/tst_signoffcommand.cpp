// `drilldeck sign-off DRILL_ID|last --name --role [--statement] [--reservations] [--db]`, run
// as the real program on a real SQLite file: stored (exit 0) once the drill ended, refused
// (exit 1) before the end or for a missing database or drill, usage errors (exit 2); the
// stored sign-off shows in `drilldeck history --format json`.
#include "drilldeckprocess.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "signoff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

class TestSignOffCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_ended = 0;
    qint64 m_running = 0;

    DrillDeckProcess::Result run(const QStringList &arguments)
    {
        return DrillDeckProcess::run(QStringList{u"sign-off"_s} + arguments,
                                     DrillDeckProcess::environment(m_dir.filePath(u"home"_s)));
    }
    QList<SignOff> signOffs(qint64 drillId)
    {
        auto session = DrillSession::open(m_db);
        if (!session)
            qFatal("cannot open %s", qPrintable(m_db));
        return SignOff::of(session.value()->drills().events(drillId).value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"signoff.sqlite"_s);
        auto session = DrillSession::open(m_db);
        QVERIFY(session.ok());
        qint64 now = T0;
        session.value()->setClock([&now] { return now; });
        const QByteArray yaml = runbookYaml();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"test"_s);
        QVERIFY(loaded.ok());
        Drill d;
        d.environment = u"test"_s;
        d.facilitator = u"Alex"_s;
        DrillEngine *ended = session.value()->createDrill(yaml, *loaded.runbook, d).value();
        m_ended = ended->drill().id;
        QVERIFY(ended->start().committed());
        now += 30 * minute;
        QVERIFY(ended->finish().committed());
        DrillEngine *running = session.value()->createDrill(yaml, *loaded.runbook, d).value();
        m_running = running->drill().id;
        QVERIFY(running->start().committed());
    }

    void storedOnceTheDrillEnded()
    {
        const auto r =
            run({QString::number(m_ended), u"--db"_s, m_db, u"--name"_s, u"Kim Lee"_s, u"--role"_s,
                 u"observer"_s, u"--reservations"_s, u"the RPO was entered from memory"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), u"Signed off drill %1 as Kim Lee (observer)"_s.arg(m_ended));
        const QList<SignOff> stored = signOffs(m_ended);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].name, u"Kim Lee"_s);
        QCOMPARE(stored[0].role, u"observer"_s);
        QCOMPARE(stored[0].statement, SignOff::defaultStatement());
        QCOMPARE(stored[0].reservations, u"the RPO was entered from memory"_s);

        // And in the history export, for the auditor's tools.
        const auto history =
            DrillDeckProcess::run({u"history"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s},
                                  DrillDeckProcess::environment(m_dir.filePath(u"home"_s)));
        QVERIFY2(history.exitedWith(0), qPrintable(history.describe()));
        const QJsonArray drills =
            QJsonDocument::fromJson(history.out.toUtf8()).object()[u"drills"_s].toArray();
        bool found = false;
        for (const QJsonValue &d : drills)
            if (d[u"id"_s].toInteger() == m_ended) {
                const QJsonArray s = d[u"signOffs"_s].toArray();
                found = s.size() == 1 && s[0][u"name"_s].toString() == u"Kim Lee"_s &&
                        s[0][u"reservations"_s].toString() == u"the RPO was entered from memory"_s;
            }
        QVERIFY2(found, qPrintable(history.out));
    }

    void lastIsTheNewestDrill()
    {
        // The newest drill still runs: refused, and nothing is logged.
        const auto r = run({u"last"_s, u"--db"_s, m_db, u"--name"_s, u"Alex"_s, u"--role"_s,
                            u"facilitator"_s, u"--statement"_s, u"All figures checked."_s});
        QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
        QCOMPARE(r.err.trimmed(),
                 u"drilldeck sign-off: drill %1 is not signed off: a drill can be signed off only "
                 "once it has finished or was aborted"_s.arg(m_running));
        QCOMPARE(signOffs(m_running).size(), 0);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList who{u"--name"_s, u"Kim"_s, u"--role"_s, u"observer"_s};
        QTest::addRow("no drill") << who << 2 << u"say which drill: a drill id, or last"_s;
        QTest::addRow("not an id") << (QStringList{u"seven"_s} + who) << 2
                                   << u"`seven` is not a drill id; give a number, or last"_s;
        QTest::addRow("no name") << QStringList{u"1"_s, u"--role"_s, u"observer"_s} << 2
                                 << u"say who signs: --name NAME"_s;
        QTest::addRow("no role") << QStringList{u"1"_s, u"--name"_s, u"Kim"_s} << 2
                                 << u"say in which role they sign: --role ROLE"_s;
        QTest::addRow("empty reservations")
            << (QStringList{u"1"_s, u"--reservations"_s, u""_s} + who) << 2
            << u"--reservations needs the text of the reservations"_s;
        QTest::addRow("unknown option")
            << (QStringList{u"1"_s, u"--force"_s} + who) << 2 << u"Unknown option 'force'."_s;
        QTest::addRow("no such drill") << (QStringList{u"999"_s} + who) << 1 << u"999"_s;
        QTest::addRow("missing database")
            << (QStringList{u"1"_s, u"--db"_s, u"/nonexistent/x.sqlite"_s} + who) << 1
            << u"there is no database at /nonexistent/x.sqlite"_s;
        QTest::addRow("control character in the name")
            << QStringList{u"1"_s, u"--name"_s, u"K\x07m"_s, u"--role"_s, u"observer"_s} << 1
            << u"the name holds a control character (U+0007)"_s;
    }
    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!arguments.contains(u"--db"_s))
            arguments << u"--db"_s << m_db;
        const int before = int(signOffs(m_ended).size());
        const auto r = run(arguments);
        QVERIFY2(r.exitedWith(exitCode), qPrintable(r.describe()));
        QVERIFY2(r.err.startsWith(u"drilldeck sign-off: "_s) && r.err.contains(message),
                 qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(int(signOffs(m_ended).size()), before);
        QVERIFY(!QFileInfo::exists(u"/nonexistent/x.sqlite"_s));
    }

    void helpNamesEveryOption()
    {
        const auto r = run({u"--help"_s});
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        for (const QString &option :
             {u"--name"_s, u"--role"_s, u"--statement"_s, u"--reservations"_s, u"--db"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));
        QVERIFY(r.out.contains(u"sign-off DRILL_ID|last [options]"_s));
    }
};

QTEST_GUILESS_MAIN(TestSignOffCommand)
#include "tst_signoffcommand.moc"
