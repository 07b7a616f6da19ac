// The moments of a drill the room and a newcomer must see (issue 16, items 1, 2 and 17): the
// service restored and the RPO on both screens, every step done on the projector, and the
// first screen saying how to start. Driven by keys, on a real database, on a fixed wall clock.
#include "audiencewindow.h"
#include "drillclockpanel.h"
#include "drillengine.h"
#include "drillsession.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QWindow>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::whenModalOpens;

namespace {
const QString pitrRunbook = QStringLiteral(DRILLDECK_FIXTURES "/pitr-drill.yaml");

// The text of every label and text view that is shown, in one string.
QString shownText(QWidget *root)
{
    QStringList out;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        if (l->isVisible())
            out << l->text();
    const auto views = root->findChildren<QTextEdit *>();
    for (const QTextEdit *v : views)
        if (v->isVisible())
            out << v->toPlainText();
    return out.join(u'\n');
}

QString labelText(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label && label->isVisible() ? label->text() : QString();
}
} // namespace

class TestDrillMoments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<MainWindow> console(std::function<qint64()> clock = {})
    {
        auto session = DrillSession::open(m_dir.filePath(u"moments-%1.sqlite"_s.arg(++m_counter)));
        if (!session)
            qFatal("cannot open the database: %s", qPrintable(session.error().message));
        if (clock)
            session.value()->setClock(std::move(clock));
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("console not active");
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_dir.isValid());
    }

    void serviceRestoredAndAllStepsDone_data()
    {
        QTest::addColumn<QString>("objectives");
        QTest::addColumn<QString>("restored");
        QTest::addColumn<QString>("rtoCaption");
        QTest::addColumn<QString>("rpo");
        // The figures: restored 1:02:13 after the failure, data from 11m44s before it.
        QTest::newRow("met") << u"{ rto: 1h30m, rpo: 15m }"_s
                             << u"Service restored — 1:02:13, RTO met (target 1:30:00)"_s
                             << u"RTO ✓ MET · TARGET 1:30:00"_s
                             << u"RPO 11m44s — met (target 15m)"_s;
        QTest::newRow("missed") << u"{ rto: 1h, rpo: 10m }"_s
                                << u"Service restored — 1:02:13, RTO missed by 2:13 (target "
                                   u"1:00:00)"_s
                                << u"RTO ▲ MISSED · TARGET 1:00:00"_s
                                << u"RPO 11m44s — missed by 1m44s (target 10m)"_s;
    }

    // Items 1 and 2: the moment the service-restored step is done, both screens say so with
    // the achieved RTO against its target, and the projector keeps the achieved RTO where the
    // countdown was; Ctrl+D's RPO is on both; after the last step the projector says every
    // step is done, with those figures, instead of "UP NEXT … Waiting for the next step".
    void serviceRestoredAndAllStepsDone()
    {
        QFETCH(QString, objectives);
        QFETCH(QString, restored);
        QFETCH(QString, rtoCaption);
        QFETCH(QString, rpo);
        QFile fixture(pitrRunbook);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QString yaml = QString::fromUtf8(fixture.readAll());
        QVERIFY(yaml.contains(u"objectives: { rto: 1h30m, rpo: 15m }"_s));
        yaml.replace(u"{ rto: 1h30m, rpo: 15m }"_s, objectives);
        const QString runbook = m_dir.filePath(u"pitr-%1.yaml"_s.arg(m_counter + 1));
        QFile out(runbook);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(yaml.toUtf8()) > 0);
        out.close();

        const QDateTime failure(QDate(2026, 11, 23), QTime(10, 12, 44));
        qint64 now = failure.toMSecsSinceEpoch() - 60 * 1000;
        auto w = console([&now] { return now; });
        QVERIFY(w->openRunbook(runbook));
        Drill drill;
        drill.environment = u"staging"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w->createDrill(drill));
        w->outline()->setFocus();
        AudienceWindow *projector = w->audienceWindow();

        now = failure.toMSecsSinceEpoch();
        press(w.get(), Qt::Key_F5); // the failure is declared: the clocks start
        QTRY_VERIFY(projector->isVisible());
        for (const QString &next : {u"pick-target"_s, u"restore-base-backup"_s, u"replay-wal"_s}) {
            now += 15 * 60 * 1000;
            press(w.get(), Qt::Key_PageDown);
            QCOMPARE(w->engine()->currentSteps(), QStringList{next});
        }
        QVERIFY(w->clockPanel()->restoredText().isEmpty());
        QVERIFY(!projector->isRestoredBannerShown());
        QCOMPARE(labelText(projector, u"rtoCaption"_s), u"RTO REMAINING"_s);

        now = failure.toMSecsSinceEpoch() + ((1 * 60 + 2) * 60 + 13) * 1000LL;
        press(w.get(), Qt::Key_PageDown); // replay-wal, the service-restored step, is done
        QCOMPARE(w->engine()->currentSteps(), QStringList{u"reconnect"_s});
        QCOMPARE(w->clockPanel()->restoredText(), restored);
        QVERIFY(w->findChild<QLabel *>(u"serviceRestored"_s)->isVisible());
        QVERIFY(projector->isRestoredBannerShown());
        QVERIFY(labelText(projector, u"restoredBanner"_s).endsWith(restored));
        QCOMPARE(labelText(projector, u"rtoCaption"_s), rtoCaption);
        QCOMPARE(labelText(projector, u"rtoClock"_s), u"1:02:13"_s);

        // The restored data's time, typed as the dialog asks: the RPO on both screens.
        whenModalOpens<QInputDialog>(w.get(), [&](QInputDialog *dialog) {
            auto *line = dialog->findChild<QLineEdit *>();
            QVERIFY(line);
            line->selectAll();
            QTest::keyClicks(line,
                             failure.addSecs(-(11 * 60 + 44)).toString(u"yyyy-MM-dd HH:mm"_s));
            QTest::keyClick(line, Qt::Key_Return);
        });
        press(w.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(w->clockPanel()->rpoText(), rpo);
        QCOMPARE(labelText(projector, u"rpoLine"_s), rpo);

        // The last step: every step done, said so, with the figures; not "UP NEXT".
        now += 8 * 60 * 1000;
        press(w.get(), Qt::Key_PageDown);
        QVERIFY(w->engine()->currentSteps().isEmpty());
        QCOMPARE(w->engine()->state(), Drill::State::Running); // Ctrl+Return finishes
        const QString wall = shownText(projector);
        QCOMPARE(labelText(projector, u"nowCaption"_s), u"ALL STEPS DONE"_s);
        QCOMPARE(labelText(projector, u"stepOfTotal"_s), u"5 of 5 steps done"_s);
        QVERIFY2(wall.contains(restored), qPrintable(wall));
        QVERIFY2(wall.contains(rpo), qPrintable(wall));
        QVERIFY2(!wall.contains(u"UP NEXT"_s), qPrintable(wall));
        QVERIFY2(!wall.contains(u"Waiting for the next step"_s), qPrintable(wall));
        QVERIFY2(!wall.contains(u"Step 5 of 5"_s), qPrintable(wall));
        QCOMPARE(labelText(projector, u"rtoClock"_s), u"1:02:13"_s);
        QVERIFY(shownText(w->clockPanel()).contains(u"all steps done"_s));
        QCOMPARE(w->clockPanel()->restoredText(), restored);
    }

    // Item 17: the first screen says how to start a drill (Ctrl+N / F5, Page Down, N) and
    // where help is, with no dialog to click away; the demo's History window opens behind the
    // console, not on top of it.
    void firstStartShowsHowToStart()
    {
        auto w = console();
        const QString shown = shownText(w.get());
        for (const QString &key : {u"Ctrl+N"_s, u"F5"_s, u"Page Down"_s, u"<b>N</b>"_s, u"F1"_s})
            QVERIFY2(shown.contains(key), qPrintable(key));
        QVERIFY(!QApplication::activeModalWidget());

        w->showDemoStart();
        auto *history = w->findChild<HistoryWindow *>();
        QVERIFY(history);
        QTRY_VERIFY(history->isVisible());
        // A normal window of its own: a window manager keeps a dialog, or a window transient
        // for the console, above it whatever the console asks.
        QVERIFY(history->windowHandle());
        QCOMPARE(history->windowHandle()->type(), Qt::Window); // not a dialog
        QCOMPARE(history->windowHandle()->transientParent(), nullptr);
        QTRY_COMPARE(QApplication::activeWindow(), w.get());
        // The console has the keyboard: Ctrl+N opens the start dialog from it.
        QVERIFY(w->openRunbook(pitrRunbook));
        bool startDialogOpened = false;
        whenModalOpens<QDialog>(w.get(), [&](QDialog *dialog) {
            startDialogOpened = true;
            dialog->reject();
        });
        QTest::keyClick(QApplication::activeWindow(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(startDialogOpened);

        // Gone once there is a drill to drive.
        Drill drill;
        drill.environment = u"staging"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w->createDrill(drill));
        QVERIFY(!shownText(w.get()).contains(u"Page Down"_s));
    }
};

QTEST_MAIN(TestDrillMoments)
#include "tst_drillmoments.moc"
