// The start dialog as the facilitator meets it on the console (Ctrl+N): the team typed in with
// the keyboard, an earlier failure time, the scenario shown for the facilitator; and the next
// drill's dialog starting from the team of the last one.
#include "appsettings.h"
#include "consoletestsupport.h"
#include "drillengine.h"
#include "drillmetrics.h"
#include "drillsession.h"
#include "drillstore.h"
#include "driverrole.h"
#include "mainwindow.h"
#include "runbookloader.h"
#include "startdrilldialog.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::visibleText;
using WidgetTestSupport::whenModalOpens;

namespace {
const QString runbookPath = QStringLiteral(DRILLDECK_FIXTURES "/console-drill.yaml");

QPushButton *button(QWidget *dialog, const QString &text)
{
    const auto buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == text)
            return b;
    qWarning("no button %s", qPrintable(text));
    return nullptr;
}

// Adds a participant as the facilitator does: Add participant, the name into the cell it
// opens for editing, Enter, the role.
void addParticipant(StartDrillDialog *dialog, const QString &name, const QString &role)
{
    QTest::mouseClick(button(dialog, u"&Add participant"_s), Qt::LeftButton);
    auto *table = dialog->findChild<QTableWidget *>();
    const int row = table->rowCount() - 1;
    auto *editor = table->viewport()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(editor);
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return); // committed on the next turn of the event loop
    QTRY_COMPARE(table->item(row, 0)->text(), name);
    auto *roleBox = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
    roleBox->lineEdit()->selectAll();
    QTest::keyClicks(roleBox->lineEdit(), role);
}

// The participants the dialog shows, "name/role".
QStringList shownTeam(StartDrillDialog *dialog)
{
    QStringList out;
    auto *table = dialog->findChild<QTableWidget *>();
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, 0)->text() + u'/' +
                   qobject_cast<QComboBox *>(table->cellWidget(row, 1))->currentText();
    return out;
}

QStringList team(const Drill &drill)
{
    QStringList out;
    for (const Participant &p : drill.participants)
        out << p.name + u'/' + p.role;
    return out;
}
} // namespace

class TestStartDrillDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> console(const QString &database = u"start.sqlite"_s)
    {
        return ConsoleTestSupport::openConsole(m_dir.filePath(database), runbookPath);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // The keyboard starts at the facilitator's name: "Sam" typed straight away went into the
    // environment list (picking "staging" by its S) and Enter then asked for the facilitator.
    // A remembered name is selected: typing replaces it, Enter keeps it.
    void theKeyboardStartsAtTheFacilitatorsName_data()
    {
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("facilitator");
        QTest::addRow("first drill") << QString() << u"Sam"_s << u"Sam"_s;
        QTest::addRow("another facilitator") << u"Sam"_s << u"Kim"_s << u"Kim"_s;
        QTest::addRow("the same again") << u"Kim"_s << QString() << u"Kim"_s;
    }

    void theKeyboardStartsAtTheFacilitatorsName()
    {
        QFETCH(QString, remembered);
        QFETCH(QString, typed);
        QFETCH(QString, facilitator);
        QSettings().clear();
        if (!remembered.isEmpty())
            AppSettings().setLastTeam({{}, remembered, {}});
        auto w = console(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
        QString warning;
        whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
            QTRY_VERIFY(dialog->isActiveWindow());
            QWidget *focused = QApplication::focusWidget();
            QCOMPARE(focused, dialog->findChild<QLineEdit *>(u"facilitator"_s));
            QTest::keyClicks(focused, typed);
            whenModalOpens<QMessageBox>(w.get(), [&warning](QMessageBox *box) {
                warning = box->text();
                box->close();
            });
            QTest::keyClick(focused, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        press(w.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(warning, QString());
        QVERIFY(w->engine());
        QCOMPARE(w->engine()->drill().facilitator, facilitator);
    }

    void remembersTheTeamAndTakesTheFailureTime()
    {
        QSettings().clear(); // no team remembered yet
        const QDateTime failure(QDate::currentDate().addDays(-1), QTime(22, 40));
        Drill first;
        {
            auto w = console();
            QString shown;
            bool asked = false;
            whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
                asked = true;
                shown = visibleText(dialog);
                auto *environment = dialog->findChild<QComboBox *>();
                // Environments are picked from the runbook's list, never typed.
                QVERIFY(!environment->isEditable());
                QTest::keyClicks(environment, u"production"_s);
                QCOMPARE(environment->currentText(), u"production"_s);
                QLineEdit *facilitator = nullptr;
                for (QLineEdit *line : dialog->findChildren<QLineEdit *>())
                    if (line->placeholderText() == u"Your name"_s)
                        facilitator = line;
                QTest::keyClicks(facilitator, u"Fran"_s);
                addParticipant(dialog, u"Dana"_s, u"driver"_s);
                addParticipant(dialog, u"Sam"_s, u"scribe"_s);
                QTest::keyClick(dialog->findChild<QCheckBox *>(), Qt::Key_Space);
                auto *when = dialog->findChild<QDateTimeEdit *>();
                QVERIFY(when->isEnabled()); // only once the failure is said to be earlier
                when->setDateTime(failure);
                QTest::mouseClick(button(dialog, u"Create drill"_s), Qt::LeftButton);
            });
            press(w.get(), Qt::Key_N, Qt::ControlModifier);
            QVERIFY(asked);
            QVERIFY(w->engine());
            // The scenario is shown to the facilitator in the dialog, and kept with the drill.
            QVERIFY2(shown.contains(u"SECRET-SCENARIO: the chaos monkey deleted"_s),
                     qPrintable(shown));
            first = w->session()->drills().drill(w->engine()->drill().id).value();
            QCOMPARE(first.environment, u"production"_s);
            QCOMPARE(first.facilitator, u"Fran"_s);
            QCOMPARE(team(first), (QStringList{u"Dana/driver"_s, u"Sam/scribe"_s}));
            QCOMPARE(first.failureMs, std::optional<qint64>(failure.toMSecsSinceEpoch()));
            QCOMPARE(first.scenario, w->runbook().scenario);
            press(w.get(), Qt::Key_F5);
            // The RTO clock runs from the failure, not from the start of the drill.
            const DrillMetrics metrics = w->engine()->metrics();
            QCOMPARE(metrics.failureMs, failure.toMSecsSinceEpoch());
            QVERIFY(metrics.startedMs > metrics.failureMs);
            QCOMPARE(metrics.rtoElapsedMs, metrics.nowMs - metrics.failureMs);
            whenModalOpens<QMessageBox>(
                w.get(), [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            press(w.get(), Qt::Key_Return, Qt::ControlModifier); // finished, a step running
            QCOMPARE(w->engine()->state(), Drill::State::Finished);
        }

        // The next drill, after a restart: the dialog starts from the last team.
        auto w = console();
        QStringList remembered;
        QString environment, facilitator;
        bool failureTicked = true;
        whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
            remembered = shownTeam(dialog);
            environment = dialog->findChild<QComboBox *>()->currentText();
            facilitator = dialog->drill().facilitator;
            failureTicked = dialog->findChild<QCheckBox *>()->isChecked();
            QTest::mouseClick(button(dialog, u"Create drill"_s), Qt::LeftButton);
        });
        press(w.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(remembered, (QStringList{u"Dana/driver"_s, u"Sam/scribe"_s}));
        QCOMPARE(environment, u"production"_s);
        QCOMPARE(facilitator, u"Fran"_s);
        QVERIFY(!failureTicked); // a failure time belongs to one drill
        QVERIFY(w->engine());
        const Drill second = w->session()->drills().drill(w->engine()->drill().id).value();
        QVERIFY(second.id != first.id);
        QCOMPARE(team(second), team(first));
        QCOMPARE(second.iteration, first.iteration + 1);
        QCOMPARE(second.failureMs, std::nullopt);
    }

    // Each of the runbook's roles gets a row, nameless until someone is typed in; a row
    // without a name is not recorded.
    void everyRoleOfTheRunbookCanBeGivenAPerson()
    {
        const RunbookLoadResult loaded = RunbookLoader::loadFile(runbookPath);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.runbook->roles, (QStringList{u"driver"_s, u"scribe"_s}));
        StartDrillDialog dialog(*loaded.runbook);
        dialog.setParticipants({{u"Dana"_s, u"Scribe"_s}});
        QCOMPARE(shownTeam(&dialog), (QStringList{u"Dana/Scribe"_s, u"/driver"_s}));
        QCOMPARE(team(dialog.drill()), QStringList{u"Dana/Scribe"_s});
        auto *table = dialog.findChild<QTableWidget *>();
        table->item(1, 0)->setText(u"Lee"_s);
        QCOMPARE(team(dialog.drill()), (QStringList{u"Dana/Scribe"_s, u"Lee/driver"_s}));
        // A suggested driver who is not in the team: Lee stays, without a role, Eva drives.
        DriverHistory::Suggestion eva{u"Eva"_s, {}};
        dialog.setDriverSuggestion(eva);
        dialog.useSuggestedDriver();
        QCOMPARE(team(dialog.drill()), (QStringList{u"Dana/Scribe"_s, u"Lee/"_s, u"Eva/driver"_s}));
        // The driver's row without a name: the suggestion fills it in.
        dialog.setParticipants({{u"Dana"_s, u"Scribe"_s}});
        dialog.useSuggestedDriver();
        QCOMPARE(shownTeam(&dialog), (QStringList{u"Dana/Scribe"_s, u"Eva/driver"_s}));
    }

    // Spreading the knowledge: the dialog suggests, for the driver, the person seen driving who
    // has driven this runbook least, says why, and hands them the role with one button (the
    // previous driver takes their role).
    void suggestsTheDriverWhoHasDrivenItLeast()
    {
        QSettings().clear();
        auto w = console(u"suggest.sqlite"_s);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        // Two drills: Dana drives the first, Sam the second.
        for (const QList<Participant> &driving :
             {QList<Participant>{{u"Dana"_s, u"driver"_s}, {u"Sam"_s, u"scribe"_s}},
              QList<Participant>{{u"Sam"_s, u"driver"_s}, {u"Dana"_s, u"scribe"_s}}}) {
            QString suggestion;
            whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
                suggestion = dialog->suggestionText();
                dialog->setFacilitator(u"Fran"_s);
                dialog->setParticipants(driving);
                QTest::mouseClick(button(dialog, u"Create drill"_s), Qt::LeftButton);
            });
            press(w.get(), Qt::Key_N, Qt::ControlModifier);
            QVERIFY(w->engine());
            if (driving.constFirst().name == u"Sam") // Dana drove it once: the only one seen
                QCOMPARE(suggestion, u"Suggested driver: <b>Dana</b> — Dana has driven it 1 "
                                     "time(s), last on "_s +
                                         today + u"; already the driver."_s);
            else // nobody has driven anything yet: nothing to suggest
                QCOMPARE(suggestion, QString());
            press(w.get(), Qt::Key_F5);
            whenModalOpens<QMessageBox>(
                w.get(), [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            press(w.get(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(w->engine()->state(), Drill::State::Finished);
        }
        // Both drove it once; Dana longest ago. The team remembered has Sam driving.
        QString suggestion, useText;
        QStringList before, after;
        bool enabledAfter = true;
        whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
            suggestion = dialog->suggestionText();
            before = shownTeam(dialog);
            auto *use = dialog->findChild<QPushButton *>(u"useSuggestedDriver"_s);
            useText = use->text();
            QTest::mouseClick(use, Qt::LeftButton);
            after = shownTeam(dialog);
            enabledAfter = use->isEnabled();
            QTest::mouseClick(button(dialog, u"Create drill"_s), Qt::LeftButton);
        });
        press(w.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(suggestion, u"Suggested driver: <b>Dana</b> — Dana has driven it 1 "
                             "time(s), last on "_s +
                                 today + u"."_s);
        QCOMPARE(useText, u"Make Dana the dri&ver"_s);
        QCOMPARE(before, (QStringList{u"Sam/driver"_s, u"Dana/scribe"_s}));
        QCOMPARE(after, (QStringList{u"Sam/scribe"_s, u"Dana/driver"_s}));
        QVERIFY(!enabledAfter); // she is the driver now
        const Drill third = w->session()->drills().drill(w->engine()->drill().id).value();
        QCOMPARE(DriverRole::driversOf(third), QStringList{u"Dana"_s});
        QCOMPARE(team(third), (QStringList{u"Sam/scribe"_s, u"Dana/driver"_s}));
    }

    // A failure time in the future is refused with the reason; the dialog stays open.
    void refusesAFailureInTheFuture()
    {
        auto w = console();
        QString warning;
        bool stillOpen = false;
        whenModalOpens<StartDrillDialog>(w.get(), [&](StartDrillDialog *dialog) {
            // Its own facilitator: the failure time is the one problem, also when run alone.
            auto *facilitator = dialog->findChild<QLineEdit *>(u"facilitator"_s);
            facilitator->selectAll();
            QTest::keyClicks(facilitator, u"Fran"_s);
            QTest::keyClick(dialog->findChild<QCheckBox *>(), Qt::Key_Space);
            dialog->findChild<QDateTimeEdit *>()->setDateTime(
                QDateTime::currentDateTime().addDays(2));
            whenModalOpens<QMessageBox>(w.get(), [&warning](QMessageBox *box) {
                warning = box->text();
                box->close();
            });
            QTest::mouseClick(button(dialog, u"Create drill"_s), Qt::LeftButton);
            stillOpen = dialog->isVisible();
            dialog->reject();
        });
        const qint64 before = w->engine() ? w->engine()->drill().id : 0;
        press(w.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(warning,
                 u"The failure time is in the future; it is when the disaster happened."_s);
        QVERIFY(stillOpen);
        QCOMPARE(w->engine() ? w->engine()->drill().id : 0, before);
    }

    // Carried-over items past their due date say "overdue since DATE" with a warning icon (a
    // word and an icon, not colour alone), and the caption counts them; due today or later, or
    // without a date, they are not overdue.
    void overdueCarriedOverItemsAreMarkedAndCounted()
    {
        const RunbookLoadResult loaded = RunbookLoader::loadFile(runbookPath);
        QVERIFY(loaded.ok());
        StartDrillDialog dialog(*loaded.runbook);
        auto item = [](qint64 id, const QString &title, const QString &due) {
            ActionItem a;
            a.id = id;
            a.drillId = 1;
            a.title = title;
            a.dueDate = due;
            return a;
        };
        dialog.setCarriedOverItems(
            {item(1, u"rotate the keys"_s, u"2026-11-30"_s),
             item(2, u"tag the AMI"_s, u"2026-12-07"_s), item(3, u"script the untar"_s, QString()),
             item(4, u"write the DNS step"_s, u"2026-01-15"_s)},
            [](qint64) { return u"test #1"_s; }, QDate(2026, 12, 7));
        dialog.show();
        QCOMPARE(dialog.overdueCount(), 2);
        QTableWidget *table = dialog.carriedOverTable();
        QCOMPARE(table->item(0, 2)->text(), u"overdue since 2026-11-30"_s);
        QVERIFY(!table->item(0, 2)->icon().isNull());
        QVERIFY(table->item(0, 2)->font().bold());
        QCOMPARE(table->item(1, 2)->text(), u"2026-12-07"_s); // due today: not yet
        QVERIFY(table->item(1, 2)->icon().isNull());
        QCOMPARE(table->item(2, 2)->text(), QString());
        QCOMPARE(table->item(3, 2)->text(), u"overdue since 2026-01-15"_s);
        const QString shown = visibleText(&dialog);
        QVERIFY2(shown.contains(u"Overdue, past their due date: <b>2</b>"_s), qPrintable(shown));
        WidgetTestSupport::screenshot(&dialog, u"start-drill-overdue-items"_s);
        // Nothing overdue: no such line.
        dialog.setCarriedOverItems(
            {item(2, u"tag the AMI"_s, u"2026-12-07"_s)}, [](qint64) { return QString(); },
            QDate(2026, 12, 1));
        QCOMPARE(dialog.overdueCount(), 0);
        QVERIFY(!visibleText(&dialog).contains(u"Overdue"_s));
    }
};

QTEST_MAIN(TestStartDrillDialog)
#include "tst_startdrilldialog.moc"
