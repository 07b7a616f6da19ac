// Accessibility basics, checked on the real windows: every control a keyboard or a screen reader
// can reach has an accessible name, the console's Tab order reaches every pane, and no status is
// told by colour alone (the outline's status column and the projector's step clock say it in
// words or symbols).
#include "audiencewindow.h"
#include "commandoutputview.h"
#include "consoletestsupport.h"
#include "drillsession.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "runbookloader.h"
#include "runbooktrust.h"
#include "runbooktrustdialog.h"
#include "startdrilldialog.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;

namespace {
const QString jenkins = QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// What a user reaches: shown, enabled controls that take the keyboard's focus.
QStringList unnamedControls(QWidget *top)
{
    QStringList unnamed;
    const QList<QWidget *> all = top->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(top) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy()) // the proxy is the control
            continue;
        if (accessibleName(w).isEmpty())
            unnamed << u"%1 \"%2\" (%3)"_s.arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                w->parentWidget()
                    ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                    : QString());
    }
    return unnamed;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> runningConsole()
    {
        auto w = ConsoleTestSupport::openConsole(m_dir.filePath(u"a11y.sqlite"_s), jenkins);
        ConsoleTestSupport::createDrill(*w);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void everyConsoleControlHasAName()
    {
        auto w = runningConsole();
        press(w.get(), Qt::Key_F5);
        QTRY_VERIFY(w->audienceWindow() && w->audienceWindow()->isVisible());
        const QStringList unnamed = unnamedControls(w.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void theStartDialogAndHistoryHaveNames()
    {
        auto w = runningConsole();
        StartDrillDialog start(w->runbook());
        start.show();
        QVERIFY(QTest::qWaitForWindowExposed(&start));
        QStringList unnamed = unnamedControls(&start);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

        HistoryWindow history(m_dir.filePath(u"a11y.sqlite"_s), false);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        unnamed = unnamedControls(&history);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    // X's question before a runbook's first command, and the panel its output shows in.
    void theTrustDialogAndCommandOutputHaveNames()
    {
        const RunbookLoadResult loaded = RunbookLoader::loadFile(jenkins);
        QVERIFY(loaded.ok());
        RunbookTrustDialog trust(jenkins, RunbookTrust::sha256Of(loaded.source), *loaded.runbook,
                                 QFileInfo(jenkins).absolutePath());
        trust.show();
        QVERIFY(QTest::qWaitForWindowExposed(&trust));
        QStringList unnamed = unnamedControls(&trust);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

        CommandOutputView output;
        output.startRun(60'000, 1024 * 1024, 0);
        output.show();
        QVERIFY(QTest::qWaitForWindowExposed(&output));
        unnamed = unnamedControls(&output);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    // Every dialog the console's keys open: each of its controls has a name.
    void everyDialogOfTheConsoleHasNames_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        const int ctrl = Qt::ControlModifier, shift = Qt::ShiftModifier;
        QTest::addRow("E: rewrite the step") << int(Qt::Key_E) << 0;
        QTest::addRow("Ctrl+Shift+N: insert a step") << int(Qt::Key_N) << (ctrl | shift);
        QTest::addRow("A: a note on the step") << int(Qt::Key_A) << 0;
        QTest::addRow("S: skip, with a reason") << int(Qt::Key_S) << 0;
        QTest::addRow("K: block, with a reason") << int(Qt::Key_K) << 0;
        QTest::addRow("Ctrl+D: restored data") << int(Qt::Key_D) << ctrl;
        QTest::addRow("Ctrl+Shift+Delete: abort") << int(Qt::Key_Delete) << (ctrl | shift);
        QTest::addRow("Ctrl+Shift+A: action items") << int(Qt::Key_A) << (ctrl | shift);
        QTest::addRow("Ctrl+Shift+E: scorecard") << int(Qt::Key_E) << (ctrl | shift);
        QTest::addRow("Ctrl+E: export the report") << int(Qt::Key_E) << ctrl;
        QTest::addRow("Ctrl+Shift+R: review the rewrites") << int(Qt::Key_R) << (ctrl | shift);
        QTest::addRow("F1: the keys") << int(Qt::Key_F1) << 0;
    }
    void everyDialogOfTheConsoleHasNames()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        auto w = runningConsole();
        press(w.get(), Qt::Key_F5);
        QTRY_VERIFY(w->audienceWindow() && w->audienceWindow()->isVisible());
        w->activateWindow();
        QString title;
        QStringList unnamed;
        bool seen = false;
        WidgetTestSupport::whenModalOpens<QDialog>(w.get(), [&](QDialog *dialog) {
            title = dialog->windowTitle();
            unnamed = unnamedControls(dialog);
            seen = true;
            dialog->reject();
        });
        press(w.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTRY_VERIFY2(seen, "no dialog opened");
        qInfo().noquote() << "checked:" << title;
        QVERIFY2(unnamed.isEmpty(), qPrintable(title + u": "_s + unnamed.join(u'\n')));
    }

    // Tab from the outline visits every pane a facilitator works in, each with its name, and
    // comes back: a screen reader user can reach the step, the entry and the log.
    void tabReachesEveryPane()
    {
        auto w = runningConsole();
        press(w.get(), Qt::Key_F5);
        w->activateWindow();
        w->outline()->setFocus();
        QTRY_VERIFY(w->outline()->hasFocus());
        QStringList visited;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            const QString name = accessibleName(focus);
            QVERIFY2(!name.isEmpty(), focus->metaObject()->className());
            if (!visited.isEmpty() && focus == w->outline())
                break;
            visited << name;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QVERIFY2(visited.size() >= 4, qPrintable(visited.join(u" → "_s)));
        const QString order = visited.join(u" → "_s);
        qInfo().noquote() << "Tab order:" << order;
        for (const QString &pane : {u"Outline"_s, u"Observation"_s, u"Log"_s})
            QVERIFY2(order.contains(pane, Qt::CaseInsensitive), qPrintable(order));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
