// Action items closed with evidence (issue 22), offscreen, on a real SQLite file: the action
// items dialog's Close with Evidence… asks for done or dropped, a note and a link; a link that
// is not http(s) is refused in the dialog (it stays open, nothing stored); the closed item shows
// how it was closed in the table.
#include "actionitemsdialog.h"
#include "actionitemstore.h"
#include "closeactionitemdialog.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using WidgetTestSupport::whenModalOpens;

class TestCloseActionItemDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DrillSession> m_session;
    qint64 m_drillId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto session = DrillSession::open(m_dir.filePath(u"close.sqlite"_s));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
        m_session->setClock([] { return T0; });
        const QByteArray yaml = runbookYaml();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"test"_s);
        QVERIFY(loaded.ok());
        Drill d;
        d.environment = u"test"_s;
        d.facilitator = u"Alex"_s;
        DrillEngine *e = m_session->createDrill(yaml, *loaded.runbook, d).value();
        m_drillId = e->drill().id;
        QVERIFY(e->start().committed());
        QVERIFY(
            e->observe(u"rotate the backup keys"_s, u"action-item"_s, u"Dana"_s, {}).committed());
        QVERIFY(e->observe(u"tag the AMI"_s, u"action-item"_s, {}, {}).committed());
    }
    void cleanupTestCase() { m_session.reset(); }

    void theDialogChecksTheLink()
    {
        ActionItem item;
        item.title = u"rotate the backup keys"_s;
        CloseActionItemDialog d(item);
        d.show();
        d.accept(); // neither note nor link
        QVERIFY(d.isVisible());
        QCOMPARE(d.problem(), u"say what was done, or link to the proof (or both)"_s);
        d.noteEdit()->setText(u"keys rotated"_s);
        d.linkEdit()->setText(u"file:///etc/passwd"_s);
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY2(d.problem().contains(u"is not a web address"_s), qPrintable(d.problem()));
        d.linkEdit()->setText(u"https://git.example.com/ops/infra/-/merge_requests/7"_s);
        d.statusBox()->setCurrentIndex(1);
        d.accept();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.status(), ActionItem::Status::Dropped);
        QCOMPARE(d.note(), u"keys rotated"_s);
        QCOMPARE(d.link(), u"https://git.example.com/ops/infra/-/merge_requests/7"_s);
    }

    void closesTheSelectedItemWithEvidence()
    {
        ActionItemsDialog dialog(
            m_session->actionItems(), m_drillId, u"jenkins-rebuild"_s,
            [](qint64) { return QString(); }, [] { return T0 + 5 * minute; });
        dialog.show();
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, ActionItemsDialog::EvidenceColumn)->text(), QString());
        table->setCurrentCell(0, ActionItemsDialog::TitleColumn);
        // A bad link first: refused, the dialog stays; then a good one.
        bool refused = false;
        whenModalOpens<CloseActionItemDialog>(&dialog, [&refused](CloseActionItemDialog *d) {
            d->noteEdit()->setText(u"keys rotated, old ones revoked"_s);
            d->linkEdit()->setText(u"tickets.example.com/OPS-42"_s);
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            refused = d->isVisible() && d->problem().contains(u"is not a web address"_s);
            WidgetTestSupport::screenshot(d, u"close-action-item-refused"_s);
            d->linkEdit()->setText(u"https://tickets.example.com/OPS-42"_s);
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
        QVERIFY(refused);
        const ActionItem closed = m_session->actionItems().items(m_drillId)->constFirst();
        QCOMPARE(closed.status, ActionItem::Status::Done);
        QCOMPARE(closed.closingNote, u"keys rotated, old ones revoked"_s);
        QCOMPARE(closed.closingLink, u"https://tickets.example.com/OPS-42"_s);
        QCOMPARE(closed.closedMs, T0 + 5 * minute);
        // The table shows it closed, with its evidence.
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, ActionItemsDialog::StatusColumn))
                     ->currentText(),
                 u"done"_s);
        const QString shown = table->item(0, ActionItemsDialog::EvidenceColumn)->text();
        QVERIFY2(shown.contains(u"keys rotated, old ones revoked"_s) &&
                     shown.contains(u"https://tickets.example.com/OPS-42"_s),
                 qPrintable(shown));
        QVERIFY(dialog.problem().isEmpty());
        dialog.resize(1200, 360);
        WidgetTestSupport::screenshot(&dialog, u"action-items-closed-with-evidence"_s);
        // Refused through the same path the dialog takes: nothing changes, the reason shows.
        QVERIFY(!dialog.closeWithEvidence(1, ActionItem::Status::Done, {}, u"mailto:x@y.z"_s));
        QVERIFY(dialog.problem().contains(u"is not a web address"_s));
        QVERIFY(m_session->actionItems().items(m_drillId)->at(1).isOpen());
    }
};

QTEST_MAIN(TestCloseActionItemDialog)
#include "tst_closeactionitemdialog.moc"
