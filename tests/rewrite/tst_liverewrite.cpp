// The live rewrite driven from the console as in the room: during a running drill of
// jenkins-rebuild the team inserts the missing DNS step (Ctrl+Shift+N), runs it, rewrites and
// undoes (E, Ctrl+Z, Ctrl+Shift+Z), is refused a duplicate id, and saves the result from the
// review (Ctrl+Shift+R) as the next revision and back to the file.
#include "audiencewindow.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "mainwindow.h"
#include "reviewrewritesdialog.h"
#include "rewriteundostack.h"
#include "runbookloader.h"
#include "runbookmodel.h"
#include "runbookrevisionstore.h"
#include "shortcutcheatsheet.h"
#include "stepeditdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
const QString jenkinsPath = QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");

// Runs fill on the step dialog the next key opens, then presses Enter in it; a dialog still
// open after that (the step was refused) says why and is cancelled.
void answerStepDialog(std::function<void(StepEditDialog *)> fill, QString *problem = nullptr,
                      int attempts = 100)
{
    QTimer::singleShot(10, qApp, [fill, problem, attempts] {
        auto *dialog = qobject_cast<StepEditDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (attempts == 0)
                qFatal("no step dialog open");
            answerStepDialog(fill, problem, attempts - 1);
            return;
        }
        fill(dialog);
        QTest::keyClick(dialog->titleField(), Qt::Key_Return);
        if (dialog->isVisible()) {
            if (problem)
                *problem = dialog->problem();
            dialog->reject();
        }
    });
}

QString titleInOutline(MainWindow &w, const QString &stepId)
{
    auto *model = qobject_cast<RunbookModel *>(w.outline()->model());
    return model->indexOfStep(stepId).data().toString();
}

// A key to the console, as the facilitator presses it (a closed dialog gives the focus back).
void press(MainWindow &w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        qFatal("console not active");
    QTest::keyClick(&w, key, modifiers);
}

QStringList rowTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}
} // namespace

class TestLiveRewrite : public QObject
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

    void insertsRunsUndoesAndSavesDuringADrill()
    {
        const QString file = m_dir.filePath(u"jenkins-rebuild.yaml"_s);
        QVERIFY(QFile::copy(jenkinsPath, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        auto session = DrillSession::open(m_dir.filePath(u"drilldeck.sqlite"_s));
        QVERIFY(session.ok());
        MainWindow w(std::move(session).value());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openRunbook(file));
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w.createDrill(drill));
        press(w, Qt::Key_F5); // declare-incident starts
        QCOMPARE(w.focusedStep(), u"declare-incident"_s);

        // Insert the missing step after the running one; its id follows the title.
        answerStepDialog([](StepEditDialog *d) {
            QCOMPARE(d->dependsOnField()->text(), u"declare-incident"_s);
            QTest::keyClicks(d->titleField(), u"Recreate the DNS record"_s);
            QCOMPARE(d->idField()->text(), u"recreate-the-dns-record"_s);
            QTest::keyClicks(d->expectedField(), u"10m"_s);
            d->commandField()->setPlainText(
                u"terraform apply -target=aws_route53_record.jenkins"_s);
        });
        press(w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        const Step *dns = w.engine()->runbook().findStep(u"recreate-the-dns-record"_s);
        QVERIFY(dns);
        QCOMPARE(dns->expectedSeconds, 600);
        QCOMPARE(w.runbook().phases[0].steps[1].id, u"recreate-the-dns-record"_s);
        QCOMPARE(titleInOutline(w, u"recreate-the-dns-record"_s), u"✎ Recreate the DNS record"_s);
        QCOMPARE(w.focusedStep(), u"recreate-the-dns-record"_s);

        // A duplicate id is refused with the loader's words, and nothing is logged.
        const qsizetype before = w.engine()->committedEvents().size();
        QString problem;
        answerStepDialog(
            [](StepEditDialog *d) {
                QTest::keyClicks(d->titleField(), u"Check DNS again"_s);
                d->idField()->setText(u"check-dns"_s);
            },
            &problem);
        press(w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        // In the procedure's words, without a file name or position (the runbook's id is no file).
        QCOMPARE(problem, u"duplicate step id `check-dns`; another step of the procedure already "
                          "uses it"_s);
        QCOMPARE(w.engine()->committedEvents().size(), before);

        // Run it: declare-incident done, the inserted step is next in reading order.
        w.outline()->setFocus();
        press(w, Qt::Key_PageDown);
        QCOMPARE(w.engine()->currentSteps(), QStringList{u"recreate-the-dns-record"_s});
        const auto *projector = w.audienceWindow();
        QVERIFY(projector->state().runningSteps.constFirst().rewritten);
        press(w, Qt::Key_PageDown);
        QCOMPARE(w.engine()->stepStatus(u"recreate-the-dns-record"_s), StepStatus::Done);

        // Rewrite check-instance (E), undo (Ctrl+Z), redo (Ctrl+Shift+Z).
        auto *model = qobject_cast<RunbookModel *>(w.outline()->model());
        w.outline()->setCurrentIndex(model->indexOfStep(u"check-ami"_s));
        QCOMPARE(w.focusedStep(), u"check-ami"_s);
        answerStepDialog([](StepEditDialog *d) {
            QVERIFY(d->idField()->isReadOnly());
            d->titleField()->setText(u"Find the Jenkins AMI, or decide to bake one"_s);
        });
        press(w, Qt::Key_E);
        QCOMPARE(titleInOutline(w, u"check-ami"_s),
                 u"✎ Find the Jenkins AMI, or decide to bake one"_s);
        press(w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(titleInOutline(w, u"check-ami"_s), u"Find the current Jenkins AMI"_s);
        press(w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.engine()->runbook().findStep(u"check-ami"_s)->title,
                 u"Find the Jenkins AMI, or decide to bake one"_s);

        // The store has every change with who and when; undo and redo are marked.
        const auto stored = w.session()->drills().events(w.engine()->drill().id);
        QVERIFY(stored.ok());
        QStringList log;
        for (const DrillEvent &e : stored.value())
            if (e.kind != DrillEvent::Kind::Started)
                log << DrillEvent::kindName(e.kind) + u' ' + e.stepId + u' ' + e.author +
                           (e.payloadObject().value(u"undo"_s).toBool() ? u" undo"_s : QString());
        QCOMPARE(log, (QStringList{
                          u"step-started declare-incident Fran"_s,
                          u"step-inserted recreate-the-dns-record Fran"_s,
                          u"step-done declare-incident Fran"_s,
                          u"step-started recreate-the-dns-record Fran"_s,
                          u"step-done recreate-the-dns-record Fran"_s,
                          u"step-started check-instance Fran"_s, // Page Down starts the next
                          u"step-edited check-ami Fran"_s,
                          u"step-edited check-ami Fran undo"_s,
                          u"step-edited check-ami Fran undo"_s,
                      }));
        const DrillEvent inserted = stored->at(2);
        QVERIFY(inserted.timeMs > 0);
        QCOMPARE(inserted.payloadObject().value(u"phase"_s).toString(), u"assess"_s);
        QCOMPARE(inserted.payloadObject().value(u"index"_s).toInt(), 1);

        // Review and save (Ctrl+Shift+R): one entry per rewrite and the file, then Save. A file
        // in the home folder is named from ~ (a screenshot shows no folder of the machine).
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", m_dir.path().toLocal8Bit());
        const auto restoreHome = qScopeGuard([&realHome] { qputenv("HOME", realHome); });
        press(w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *review = w.findChild<ReviewRewritesDialog *>();
        QVERIFY(review);
        QVERIFY(QTest::qWaitForWindowExposed(review));
        QVERIFY2(review->status().endsWith(u" and writes ~/jenkins-rebuild.yaml."_s),
                 qPrintable(review->status()));
        const QStringList rows = rowTexts(review->list());
        QCOMPARE(rows.size(), 5);
        QVERIFY2(rows[0].endsWith(u"Fran  recreate-the-dns-record\n+ inserted “Recreate the DNS "
                                  "record”"_s),
                 qPrintable(rows[0]));
        // The undo and the redo are both marked `undo` in the log; the review tells them apart.
        QVERIFY2(rows[2].contains(u"✎ edit undone"_s), qPrintable(rows[2]));
        QVERIFY2(rows[3].contains(u"✎ edit redone"_s), qPrintable(rows[3]));
        QVERIFY(rows[4].startsWith(u"The whole file"_s));
        review->list()->setCurrentRow(0);
        QVERIFY(review->diffView()->toPlainText().contains(u"+id: recreate-the-dns-record"_s));
        review->list()->setCurrentRow(4);
        QVERIFY(
            review->diffView()->toPlainText().contains(u"+      - id: recreate-the-dns-record"_s));
        QVERIFY(review->save());
        QVERIFY2(review->status().contains(u"written to"_s), qPrintable(review->status()));

        const RunbookLoadResult saved = RunbookLoader::loadFile(file);
        QVERIFY(saved.ok());
        QCOMPARE(*saved.runbook, w.engine()->runbook());
        const auto revisions = w.session()->revisions().revisions(u"jenkins-rebuild"_s);
        QCOMPARE(revisions->size(), 2);
        QCOMPARE(revisions->constFirst().sha256, RunbookRevisionStore::sha256Of(saved.source));
        QCOMPARE(w.engine()->committedEvents().constLast().kind, DrillEvent::Kind::RunbookSaved);
        review->close();
    }

    // The rewrite dialog runs the loader's rules: a text past its limit or holding a control
    // character is refused with the runbook format's words, and nothing is logged.
    void rewritesMeetTheRunbookLimits()
    {
        auto session = DrillSession::open(m_dir.filePath(u"limits.sqlite"_s));
        QVERIFY(session.ok());
        MainWindow w(std::move(session).value());
        w.show();
        QVERIFY(w.openRunbook(jenkinsPath));
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w.createDrill(drill));
        auto *model = qobject_cast<RunbookModel *>(w.outline()->model());
        w.outline()->setCurrentIndex(model->indexOfStep(u"check-ami"_s));
        const qsizetype before = w.engine()->committedEvents().size();

        QString problem;
        answerStepDialog([](StepEditDialog *d) { d->titleField()->setText(QString(501, u'T')); },
                         &problem);
        press(w, Qt::Key_E);
        QCOMPARE(problem, u"`title` is 501 characters long; it may be at most 500 (see Limits in "
                          "the runbook format)"_s);

        problem.clear();
        answerStepDialog(
            [](StepEditDialog *d) {
                d->instructionsField()->setPlainText(u"Look it up.\n\x1b]0;PWNED\x07"_s);
            },
            &problem);
        press(w, Qt::Key_E);
        QCOMPARE(problem, u"`instructions` holds the control character U+001B (ESC) at character "
                          "13; remove it (text holds no control character but tab and line "
                          "break)"_s);
        QCOMPARE(w.engine()->committedEvents().size(), before);
        QCOMPARE(w.engine()->runbook().findStep(u"check-ami"_s)->title,
                 u"Find the current Jenkins AMI"_s);
    }

    void cheatSheetListsTheRewriteKeys()
    {
        MainWindow w;
        ShortcutCheatSheet sheet(w.drillActions());
        const QStringList rows = sheet.rows();
        for (const QString &row :
             {u"E\tEdit Selected Step…"_s, u"Ctrl+Shift+N\tInsert Step After Selected…"_s,
              u"Ctrl+Shift+X\tRemove Selected Step"_s, u"Ctrl+Shift+Up\tMove Step Up"_s,
              u"Ctrl+Shift+Down\tMove Step Down"_s, u"Ctrl+Z\tUndo Rewrite"_s,
              u"Ctrl+Shift+Z, Ctrl+Y\tRedo Rewrite"_s,
              u"Ctrl+Shift+R\tReview Rewrites and Save…"_s})
            QVERIFY2(rows.contains(row), qPrintable(row));
        // No key does two things.
        QStringList keys;
        for (const QAction *a : w.drillActions())
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!keys.contains(k.toString()), qPrintable(k.toString()));
                keys << k.toString();
            }
    }
};

QTEST_MAIN(TestLiveRewrite)
#include "tst_liverewrite.moc"
