// Record › Sign Off… (issue 22), offscreen: disabled until the drill has ended; the dialog
// offers the console's author, facilitator, observer and the runbook's roles and the default
// statement; reservations need their text; an accepted dialog logs a signed-off event in the
// real SQLite file, with the signer as its author.
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "mainwindow.h"
#include "signoffdialog.h"
#include "widgettestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using WidgetTestSupport::whenModalOpens;

namespace {
const QString runbookPath = QStringLiteral(DRILLDECK_FIXTURES "/records-drill.yaml");

QComboBox *roles(SignOffDialog &d)
{
    return d.roleBox();
}

QStringList offered(QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

// The Record menu and its Sign Off… action, as the user finds them.
std::pair<QMenu *, QAction *> signOffMenu(MainWindow &w)
{
    for (QAction *top : w.menuBar()->actions())
        if (QMenu *menu = top->menu(); menu && top->text() == u"&Record"_s)
            for (QAction *a : menu->actions())
                if (a->text() == u"Sign &Off…"_s)
                    return {menu, a};
    return {nullptr, nullptr};
}
} // namespace

class TestSignOffDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersTheRolesAndTheDefaultStatement()
    {
        SignOffDialog d(u"Fran"_s, {u"driver"_s, u"scribe"_s, u"Observer"_s, u""_s});
        QCOMPARE(d.nameEdit()->text(), u"Fran"_s);
        QCOMPARE(offered(roles(d)),
                 (QStringList{u"facilitator"_s, u"observer"_s, u"driver"_s, u"scribe"_s}));
        QVERIFY(roles(d)->isEditable());
        QCOMPARE(d.statementEdit()->toPlainText(),
                 u"I observed this drill; the figures are correct."_s);
        QVERIFY(!d.reservationsEdit()->isEnabled());
        d.reservationsBox()->setChecked(true);
        QVERIFY(d.reservationsEdit()->isEnabled());
        d.reservationsEdit()->setPlainText(u"the RPO was\nentered from memory"_s);
        roles(d)->setCurrentText(u"observer"_s);
        const SignOff s = d.signOff();
        QCOMPARE(s.name, u"Fran"_s);
        QCOMPARE(s.role, u"observer"_s);
        QCOMPARE(s.reservations, u"the RPO was entered from memory"_s);
        QVERIFY(s.withReservations());
    }

    void refusesWhatTheLogCannotHold()
    {
        SignOffDialog d(QString(), {});
        d.show();
        d.accept();
        QVERIFY(d.isVisible());
        QCOMPARE(d.problem(), u"a sign-off needs the name and the role of who signs"_s);
        d.nameEdit()->setText(u"Kim"_s);
        roles(d)->setCurrentText(u" "_s);
        d.accept();
        QVERIFY(d.isVisible());
        roles(d)->setCurrentText(u"observer"_s);
        d.reservationsBox()->setChecked(true); // ticked, but no text
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY2(d.problem().contains(u"say what the reservations are"_s), qPrintable(d.problem()));
        d.reservationsBox()->setChecked(false);
        d.accept();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void signsOffAnEndedDrillFromTheRecordMenu()
    {
        auto session = DrillSession::open(m_dir.filePath(u"signoff.sqlite"_s));
        QVERIFY(session.ok());
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->openRunbook(runbookPath));
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Fran"_s;
        drill.participants = {{u"Dana"_s, u"driver"_s}, {u"Kim"_s, u"observer"_s}};
        QVERIFY(w->createDrill(drill));
        auto [menu, action] = signOffMenu(*w);
        QVERIFY(menu && action);
        QVERIFY(w->engine()->start().committed());
        Q_EMIT menu->aboutToShow();
        QVERIFY(!action->isEnabled()); // running: nothing to vouch for yet
        QVERIFY(w->engine()->finish().committed());
        Q_EMIT menu->aboutToShow();
        QVERIFY(action->isEnabled());

        bool answered = false;
        whenModalOpens<SignOffDialog>(w.get(), [&answered](SignOffDialog *d) {
            answered = true;
            QCOMPARE(d->nameEdit()->text(), u"Fran"_s); // the console's author
            QVERIFY(offered(d->roleBox()).contains(u"driver"_s));
            d->nameEdit()->setText(u"Kim"_s);
            d->roleBox()->setCurrentText(u"observer"_s);
            d->reservationsBox()->setChecked(true);
            d->reservationsEdit()->setPlainText(u"one step was timed late"_s);
            WidgetTestSupport::screenshot(d, u"signoff-dialog"_s);
            d->accept();
        });
        action->trigger();
        QVERIFY(answered);
        const QList<DrillEvent> events =
            w->session()->drills().events(w->engine()->drill().id).value();
        QCOMPARE(events.constLast().kind, DrillEvent::Kind::SignedOff);
        QCOMPARE(events.constLast().author, u"Kim"_s);
        const QList<SignOff> signOffs = SignOff::of(events);
        QCOMPARE(signOffs.size(), 1);
        QCOMPARE(signOffs[0].role, u"observer"_s);
        QCOMPARE(signOffs[0].statement, SignOff::defaultStatement());
        QCOMPARE(signOffs[0].reservations, u"one step was timed late"_s);
        // Cancelled: nothing more is logged.
        whenModalOpens<SignOffDialog>(w.get(), [](SignOffDialog *d) { d->reject(); });
        action->trigger();
        QCOMPARE(w->session()->drills().events(w->engine()->drill().id)->size(), events.size());
    }
};

QTEST_MAIN(TestSignOffDialog)
#include "tst_signoffdialog.moc"
