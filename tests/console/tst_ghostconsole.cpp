// The ghost in the real console: with previous drills of the runbook in the database, a new
// drill in the same environment finds its best and last run off the console's thread, the
// clocks say how far ahead or behind it is after each step, the projector gets the same, and
// View › Race Against switches to the last run and remembers it.
#include "audiencewindow.h"
#include "consoletestsupport.h"
#include "database.h"
#include "drillclockpanel.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

class TestGhostConsole : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void racesTheBestRunThenTheLast()
    {
        const QString databasePath = m_dir.filePath(u"ghost.sqlite"_s);
        const QString runbookPath = m_dir.filePath(u"jenkins.yaml"_s);
        QFile file(runbookPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(runbookYaml()) > 0);
        file.close();
        {
            // Previous drills: bake-ami took 20, 12 (the best RTO) and 16 minutes (the last) in
            // test; 5 in production, which is not this drill's environment.
            auto opened = Database::open(databasePath);
            QVERIFY(opened.ok());
            auto db = std::move(opened).value();
            DrillStore store(*db);
            RunbookRevisionStore revisions(*db);
            const RunbookLoadResult loaded = RunbookLoader::loadText(runbookYaml(), runbookPath);
            QVERIFY(loaded.ok());
            const auto rev =
                revisions.addRevision(runbookYaml(), loaded.runbook->id, loaded.runbook->title, T0);
            QVERIFY(rev.ok());
            qint64 now = at(0);
            const QList<QPair<QString, int>> plan = {
                {u"test"_s, 20}, {u"test"_s, 12}, {u"test"_s, 16}, {u"production"_s, 5}};
            for (const auto &[environment, bake] : plan) {
                Drill d;
                d.revisionId = rev->id;
                d.runbookId = loaded.runbook->id;
                d.environment = environment;
                const auto created = store.createDrill(d, now);
                QVERIFY(created.ok());
                DrillEngine e(&store, *loaded.runbook, created.value(), {});
                e.setClock([&now] { return now; });
                QVERIFY(e.start().committed());
                QVERIFY(e.startStep(u"bake-ami"_s).committed());
                now += bake * minute;
                QVERIFY(e.completeStep(u"bake-ami"_s).committed());
                QVERIFY(e.startStep(u"launch"_s).committed());
                now += 10 * minute;
                QVERIFY(e.completeStep(u"launch"_s).committed());
                QVERIFY(e.finish().committed());
                now += hour;
            }
        }

        auto w = ConsoleTestSupport::openConsole(databasePath, runbookPath);
        qint64 now = at(10'000);
        w->session()->setClock([&now] { return now; });
        ConsoleTestSupport::createDrill(*w);
        DrillConsole *console = w->console();
        QTRY_VERIFY_WITH_TIMEOUT(!console->isLoadingReference(), 10000);
        QVERIFY(console->ghost().isValid());
        QCOMPARE(console->ghost().reference().iteration, 2);

        QTest::keyClick(w.get(), Qt::Key_F5); // bake-ami starts with the drill
        QCOMPARE(w->clockPanel()->ghostText(), u"level with the best run"_s);
        now += 15 * minute;
        QTest::keyClick(w.get(), Qt::Key_PageDown); // bake-ami done at 15 minutes, launch runs
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"launch"_s});
        QCOMPARE(w->clockPanel()->ghostText(), u"behind the best run by 3:00"_s);
        QVERIFY2(w->clockPanel()->ghostNoteText().contains(
                     u"The best run was faster at “Bake the Jenkins AMI” by 3:00"_s),
                 qPrintable(w->clockPanel()->ghostNoteText()));
        // The projector is given the same comparison.
        const AudienceState &room = w->audienceWindow()->state();
        QVERIFY(room.ghost.isValid());
        QCOMPARE(room.ghost.paceText(room.drillElapsedMs), u"behind the best run by 3:00"_s);

        auto *last = w->findChild<QAction *>(u"race-last"_s);
        QVERIFY(last);
        last->trigger();
        QCOMPARE(console->referenceChoice(), ReferenceRun::Choice::Last);
        QCOMPARE(w->clockPanel()->ghostText(), u"1:00 ahead of the last run"_s);
        QCOMPARE(QSettings().value(u"drill/ghostReference"_s).toString(), u"last"_s);
        w->findChild<QAction *>(u"race-best"_s)->trigger();
        QCOMPARE(w->clockPanel()->ghostText(), u"behind the best run by 3:00"_s);
        QVERIFY(w->closeWithoutAsking());
    }
};

QTEST_MAIN(TestGhostConsole)
#include "tst_ghostconsole.moc"
