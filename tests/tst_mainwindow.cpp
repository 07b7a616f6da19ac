// The console without a drill: opens a runbook, shows its outline and a step in full,
// remembers recent files; a bad file changes nothing.
#include "mainwindow.h"
#include "stepdetailview.h"

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

    void readsRunbooksWithoutADatabase()
    {
        MainWindow w; // no session: a damaged or locked database still lets runbooks be read
        w.setStorageProblem(u"drill.sqlite is damaged"_s);
        QVERIFY(w.openRunbook(full));
        QVERIFY(!w.createDrill(Drill{}));
        QCOMPARE(w.engine(), nullptr);
        QTest::keyClick(&w, Qt::Key_PageDown); // nothing to advance; no crash
        QCOMPARE(w.stepView()->titleText(), u"Bake the Jenkins AMI with Packer"_s);
    }

    void selectingAStepShowsIt()
    {
        MainWindow w;
        QVERIFY(w.openRunbook(full));
        const QModelIndex phase = w.outline()->model()->index(0, 0);
        w.outline()->setCurrentIndex(w.outline()->model()->index(1, 0, phase));
        QCOMPARE(w.stepView()->titleText(), u"Terraform apply"_s);
        QCOMPARE(w.focusedStep(), u"apply"_s);
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
