// Keys 1-9 on the real console answer the running decision step: the step view and the
// projector show the question with its numbered options, Page Down does not answer for the
// room, and the choice lands in the store's log with the other branch not taken.
#include "audiencewindow.h"
#include "consoletestsupport.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "fittedmarkdownview.h"
#include "mainwindow.h"
#include "stepdetailview.h"
#include "widgettestsupport.h"

#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::visibleText;

namespace {
const QString decisionDrill = QStringLiteral(DRILLDECK_FIXTURES "/decision-drill.yaml");
}

class TestDecisionKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<MainWindow> console()
    {
        auto w = ConsoleTestSupport::openConsole(
            m_dir.filePath(u"decide-%1.sqlite"_s.arg(++m_databases)), decisionDrill);
        ConsoleTestSupport::createDrill(*w);
        return w;
    }

    static QList<DrillEvent> stored(MainWindow &w)
    {
        return w.session()->drills().events(w.engine()->drill().id).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void keyTwoTakesTheSecondBranch()
    {
        auto w = console();
        DrillEngine *e = w->engine();
        press(w.get(), Qt::Key_F5);
        QCOMPARE(e->currentSteps(), QStringList{u"check-lag"_s});
        const QString view = w->stepView()->decisionText();
        QVERIFY2(view.contains(u"Decision: Is the replica less than 5 minutes behind?"_s),
                 qPrintable(view));
        QVERIFY2(view.contains(u"2   no — goes to restore-backup"_s), qPrintable(view));
        QVERIFY2(view.contains(u"3   neither works — aborts the drill"_s), qPrintable(view));

        // The projector shows the question large, and the options with their keys.
        const AudienceState &room = w->audienceWindow()->state();
        QCOMPARE(room.runningSteps.size(), 1);
        QCOMPARE(room.runningSteps[0].question, u"Is the replica less than 5 minutes behind?"_s);
        QCOMPARE(room.runningSteps[0].options,
                 (QStringList{u"yes"_s, u"no"_s, u"neither works"_s}));
        QVERIFY2(visibleText(w->audienceWindow()).contains(u"NOW · STEP 1 · DECISION"_s),
                 qPrintable(visibleText(w->audienceWindow())));
        auto *large = w->audienceWindow()->findChild<FittedMarkdownView *>(u"instructions"_s);
        QVERIFY(large);
        const QString shown = large->plainText();
        QVERIFY2(shown.contains(u"Is the replica less than 5 minutes behind?"_s),
                 qPrintable(shown));
        QVERIFY2(shown.contains(u"2 — no"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"3 — neither works"_s), qPrintable(shown));

        // Page Down would complete the step: refused, nothing logged.
        const qsizetype before = stored(*w).size();
        press(w.get(), Qt::Key_PageDown);
        QCOMPARE(stored(*w).size(), before);
        QVERIFY2(w->statusMessage().contains(u"press 1–3 to answer"_s),
                 qPrintable(w->statusMessage()));

        press(w.get(), Qt::Key_2);
        const QList<DrillEvent> log = stored(*w);
        QCOMPARE(log.size(), before + 3);
        const DrillEvent &made = log[before];
        QCOMPARE(made.kind, DrillEvent::Kind::DecisionMade);
        QCOMPARE(made.payloadObject().value(u"option"_s).toInt(), 2);
        QCOMPARE(made.payloadObject().value(u"label"_s).toString(), u"no"_s);
        QCOMPARE(log.constLast().kind, DrillEvent::Kind::StepStarted);
        QCOMPARE(log.constLast().stepId, u"restore-backup"_s);
        QCOMPARE(e->stepStatus(u"promote-replica"_s), StepStatus::NotTaken);
        QCOMPARE(w->focusedStep(), u"restore-backup"_s);
        QVERIFY(w->audienceWindow()->state().runningSteps[0].question.isEmpty());

        // No decision runs now: a digit says so and logs nothing.
        press(w.get(), Qt::Key_1);
        QCOMPARE(stored(*w).size(), log.size());
        QVERIFY2(w->statusMessage().contains(u"No running step asks a question"_s),
                 qPrintable(w->statusMessage()));
    }

    void anAbortOptionAbortsTheDrill()
    {
        auto w = console();
        press(w.get(), Qt::Key_F5);
        press(w.get(), Qt::Key_3);
        QCOMPARE(w->engine()->state(), Drill::State::Aborted);
        QCOMPARE(stored(*w).constLast().kind, DrillEvent::Kind::Aborted);
    }
};

QTEST_MAIN(TestDecisionKeys)
#include "tst_decisionkeys.moc"
