// The first window: opens a runbook, shows its outline and the current step in full,
// moves through steps from the keyboard, runs the stopwatch; a bad file changes nothing.
#include "mainwindow.h"
#include "stepdetailview.h"
#include "stopwatchwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const QString full = QStringLiteral(DRILLDECK_FIXTURES "/valid-full.yaml");
const QString minimal = QStringLiteral(DRILLDECK_FIXTURES "/valid-minimal.yaml");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensRunbookAndShowsFirstStep()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openRunbook(full));
        QCOMPARE(w.windowTitle(), u"Rebuild Jenkins from backup — DrillDeck"_s);
        QCOMPARE(w.outline()->model()->rowCount(), 1);
        QCOMPARE(w.stepView()->titleText(), u"Bake the Jenkins AMI with Packer"_s);
        QCOMPARE(w.stepView()->commandText(), u"packer build jenkins.pkr.hcl"_s);
    }

    void keyboardMovesThroughSteps()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openRunbook(full));
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.stepView()->titleText(), u"Terraform apply"_s);
        QTest::keyClick(&w, Qt::Key_PageDown); // already last: stays
        QCOMPARE(w.stepView()->titleText(), u"Terraform apply"_s);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.stepView()->titleText(), u"Bake the Jenkins AMI with Packer"_s);
    }

    void stopwatchRunsAndPauses()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openRunbook(full));
        QCOMPARE(w.stopwatch()->text(), u"0:00"_s);
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.stopwatch()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(w.stopwatch()->text(), u"0:01"_s, 3000);
        QTest::keyClick(&w, Qt::Key_P);
        QVERIFY(!w.stopwatch()->isRunning());
        const qint64 stoppedAt = w.stopwatch()->elapsed();
        QTest::qWait(300);
        QCOMPARE(w.stopwatch()->elapsed(), stoppedAt);
    }

    void invalidRunbookKeepsTheCurrentOne()
    {
        MainWindow w;
        QVERIFY(w.openRunbook(minimal));
        QVERIFY(!w.openRunbook(u"/nonexistent.yaml"_s));
        QCOMPARE(w.lastError(), u"/nonexistent.yaml: error: no such file"_s);
        QCOMPARE(w.runbook().id, u"minimal"_s);
        QVERIFY(w.runbookPath().endsWith(u"valid-minimal.yaml"_s));
    }

    void remembersRecentRunbooks()
    {
        QSettings().clear();
        MainWindow w;
        QVERIFY(w.openRunbook(full));
        QVERIFY(w.openRunbook(minimal));
        QVERIFY(w.openRunbook(full));
        const QStringList recent = QSettings().value(u"runbooks/recent"_s).toStringList();
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent[0].endsWith(u"valid-full.yaml"_s));
        QVERIFY(recent[1].endsWith(u"valid-minimal.yaml"_s));
    }

    void copiesTheCommand()
    {
        MainWindow w;
        QVERIFY(w.openRunbook(full));
        w.stepView()->copyCommand();
        QCOMPARE(QApplication::clipboard()->text(), u"packer build jenkins.pkr.hcl"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
