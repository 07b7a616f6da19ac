// The drill's record in the console, offscreen: an observation logged, edited, another
// deleted (both stay in the log), a note for the projector, images refused or kept, the
// scorecard rated by keyboard, and the action items of one drill closed at the start of the
// next drill of the runbook.
#include "actionitemsdialog.h"
#include "actionitemstore.h"
#include "audiencewindow.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogmodel.h"
#include "mainwindow.h"
#include "observationentry.h"
#include "pluralforms.h"
#include "scorecarddialog.h"
#include "startdrilldialog.h"
#include "stepdetailview.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;
using WidgetTestSupport::press;
using WidgetTestSupport::visibleText;
using WidgetTestSupport::whenModalOpens;

namespace {
const QString runbookPath = QStringLiteral(DRILLDECK_FIXTURES "/records-drill.yaml");

void type(MainWindow &w, const QString &line)
{
    QTest::keyClick(&w, Qt::Key_N);
    QTest::keyClicks(w.observationEntry(), line);
    QTest::keyClick(w.observationEntry(), Qt::Key_Return);
}

// Answers the next modal message box (finish with steps running?) with Yes.
void answerYesToTheNextQuestion()
{
    QTimer::singleShot(0, qApp, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

// The log view's row of an event, selected.
bool selectEvent(MainWindow &w, qint64 eventId)
{
    QAbstractItemModel *model = w.logView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, EventLogModel::WhatColumn);
        if (index.data(EventLogModel::EventIdRole).toLongLong() == eventId) {
            w.logView()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}
// How many rows of the log say text.
int logRowsSaying(MainWindow &w, const QString &text)
{
    QAbstractItemModel *model = w.logModel();
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->index(row, EventLogModel::WhatColumn).data().toString().contains(text);
    return rows;
}

// Makes the console's database refuse (on) or take (off) writes, as a full disk would.
void refuseWrites(MainWindow &w, bool on)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && db.databaseName() == w.session()->databasePath()) {
            QSqlQuery q(db);
            if (!q.exec(on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s))
                qFatal("cannot change query_only");
        }
    }
}
} // namespace

class TestRecords : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    std::unique_ptr<MainWindow> console(bool newDrill = true)
    {
        auto session = DrillSession::open(m_db);
        if (!session)
            qFatal("cannot open %s", qPrintable(m_db));
        auto w = std::make_unique<MainWindow>(std::move(session).value());
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("console not active");
        if (!w->openRunbook(runbookPath))
            qFatal("fixture runbook does not open");
        if (newDrill) {
            Drill drill;
            drill.environment = u"test"_s;
            drill.facilitator = u"Fran"_s;
            drill.participants = {{u"Dana"_s, u"driver"_s}, {u"Sam"_s, u"scribe"_s}};
            if (!w->createDrill(drill))
                qFatal("cannot create a drill");
        }
        return w;
    }
    QList<DrillEvent> stored(MainWindow &w)
    {
        return w.session()->drills().events(w.engine()->drill().id).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(PluralForms::install()); // the texts read as the user reads them: "1 event"
        m_db = m_dir.filePath(u"records.sqlite"_s);
    }

    void editDeleteAnnotate()
    {
        auto w = console();
        QTest::keyClick(w.get(), Qt::Key_F5);
        type(*w, u"! @Dana dns is mising"_s);
        type(*w, u"typo line"_s);
        type(*w, u"+ script the VM provisioning"_s);
        QList<DrillEvent> events = stored(*w);
        const qint64 dns = events[events.size() - 3].id;
        const qint64 typo = events[events.size() - 2].id;
        QVERIFY(visibleText(w->audienceWindow()).contains(u"! dns is mising"_s));

        // Edit through the console (what the dialog does once answered).
        QVERIFY(w->editObservation(dns, u"DNS record is missing"_s, u"issue"_s, u"Dana"_s,
                                   u"provision"_s));
        // Delete another through the log: select it, press Delete, give a reason.
        QVERIFY(selectEvent(*w, typo));
        w->logView()->setFocus();
        QTimer::singleShot(0, qApp, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (auto *line = dialog ? dialog->findChild<QLineEdit *>() : nullptr) {
                QTest::keyClicks(line, u"typed by mistake"_s);
                QTest::keyClick(line, Qt::Key_Return);
            }
        });
        QTest::keyClick(w->logView(), Qt::Key_Delete);
        QTRY_COMPARE(stored(*w).constLast().kind, DrillEvent::Kind::ObservationDeleted);

        // The store keeps the originals and the corrections.
        events = stored(*w);
        const DrillEvent edit = events[events.size() - 2];
        const DrillEvent removal = events.constLast();
        QCOMPARE(edit.kind, DrillEvent::Kind::ObservationEdited);
        QCOMPARE(qint64(edit.payloadObject()[u"observation"_s].toDouble()), dns);
        QCOMPARE(edit.text(), u"DNS record is missing"_s);
        QCOMPARE(qint64(removal.payloadObject()[u"observation"_s].toDouble()), typo);
        QCOMPARE(removal.reason(), u"typed by mistake"_s);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const DrillEvent &e) {
            return e.id == typo && e.text() == u"typo line"_s;
        }));

        // The log shows the state: edited marked, deleted struck through (still readable).
        QAbstractItemModel *log = w->logView()->model();
        QVERIFY(selectEvent(*w, dns));
        QCOMPARE(w->logView()->currentIndex().data().toString(),
                 u"! DNS record is missing (edited)"_s);
        QVERIFY(selectEvent(*w, typo));
        QVERIFY(w->logView()->currentIndex().data(EventLogModel::IsDeletedRole).toBool());
        QCOMPARE(w->logView()->currentIndex().data().toString(), u"typo line (deleted)"_s);
        QVERIFY(log->rowCount() >= 7);

        // The projector: the edit shows, the deleted one is gone from the room.
        const QString room = visibleText(w->audienceWindow());
        QVERIFY(room.contains(u"! DNS record is missing"_s));
        QVERIFY(!room.contains(u"typo line"_s));

        // A note for the projector on the running step; one for the console only.
        w->activateWindow(); // the delete question had it
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTimer::singleShot(0, qApp, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), u"Use zone eu-west-1b"_s);
            QTest::keyClick(dialog->findChild<QCheckBox *>(), Qt::Key_Space); // on the projector
            QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Return);
        });
        QTest::keyClick(w.get(), Qt::Key_A);
        QTRY_COMPARE(stored(*w).constLast().kind, DrillEvent::Kind::AnnotationAdded);
        QCOMPARE(stored(*w).constLast().stepId, u"provision"_s);
        QVERIFY(stored(*w).constLast().payloadObject()[u"projector"_s].toBool());
        QVERIFY(w->stepView()->annotationText().contains(u"Use zone eu-west-1b"_s));
        QVERIFY(visibleText(w->audienceWindow()).contains(u"Use zone eu-west-1b"_s));
        QVERIFY(w->annotateStep(u"restore-db"_s, u"console only note"_s, false));
        QVERIFY(!visibleText(w->audienceWindow()).contains(u"console only note"_s));

        // The action-item observation made an open item, owned by nobody yet.
        const auto items = w->session()->actionItems().items(w->engine()->drill().id);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->constFirst().title, u"script the VM provisioning"_s);
        QVERIFY(items->constFirst().isOpen());
    }

    // An event the database refused is in the log at once (pending, the banner says NOT SAVED);
    // once stored — on the next event — it is still there once, not twice.
    void anEventNotSavedIsLoggedOnceWhenStored()
    {
        auto w = console();
        QTest::keyClick(w.get(), Qt::Key_F5);
        refuseWrites(*w, true);
        type(*w, u"waiting for the DNS team"_s);
        QVERIFY(w->engine()->hasPending());
        QCOMPARE(logRowsSaying(*w, u"waiting for the DNS team"_s), 1);
        const QString banner = WidgetTestSupport::visibleText(w.get());
        QVERIFY2(banner.contains(u"NOT SAVED: storing the observation"_s), qPrintable(banner));
        QCOMPARE(banner.count(u"NOT SAVED"_s), 1);
        refuseWrites(*w, false);
        type(*w, u"DNS team answered"_s);
        QVERIFY(!w->engine()->hasPending());
        QCOMPARE(logRowsSaying(*w, u"waiting for the DNS team"_s), 1);
        QCOMPARE(logRowsSaying(*w, u"DNS team answered"_s), 1);
        // The log and the database agree, row for row.
        const QList<DrillEvent> events = stored(*w);
        QCOMPARE(w->logModel()->rowCount(), int(events.size()));
        QCOMPARE(w->logModel()
                     ->index(w->logModel()->rowCount() - 2, EventLogModel::WhatColumn)
                     .data(EventLogModel::EventIdRole)
                     .toLongLong(),
                 events[events.size() - 2].id);
    }

    // Answers the question a running drill asks before closing with Quit, then the next
    // message box with `answer`.
    static void quitThen(QWidget *w, std::function<void(QMessageBox *)> answer)
    {
        whenModalOpens<QMessageBox>(w, [w, answer](QMessageBox *box) {
            whenModalOpens<QMessageBox>(w, answer);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
    }

    // Closing with events the database refused asks first: Cancel keeps the console open with
    // the events; Save writes them to the file the facilitator picks, then closes.
    void closingOffersToSaveUnsavedEvents()
    {
        auto w = console();
        QTest::keyClick(w.get(), Qt::Key_F5);
        refuseWrites(*w, true);
        type(*w, u"waiting for the DNS team"_s);
        QVERIFY(w->engine()->hasPending());

        QString question;
        quitThen(w.get(), [&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        press(w.get(), Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(question, u"1 event could not be written to the database. Save them to a file "
                           "before closing?"_s);
        QVERIFY(w->isVisible());
        QVERIFY(w->engine()->hasPending());

        // A file that cannot take them (a full device) is said, and the console stays open with
        // the events: they were kept in a file that closed short before, and the console quit.
        QString refusal;
        std::function<void(QMessageBox *)> answerError = [&](QMessageBox *box) {
            if (box->text().contains(u"already exists"_s)) { // the file dialog: replace it, yes
                whenModalOpens<QMessageBox>(w.get(), answerError);
                box->button(QMessageBox::Yes)->click();
                return;
            }
            refusal = box->text();
            box->accept();
        };
        quitThen(w.get(), [&](QMessageBox *box) {
            whenModalOpens<QMessageBox>(w.get(), answerError);
            box->button(QMessageBox::Save)->click();
        });
        WidgetTestSupport::chooseInNextFileDialog(w.get(), u"/dev/full"_s);
        press(w.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.startsWith(u"The events were not saved: "_s), qPrintable(refusal));
        QVERIFY(w->isVisible());
        QVERIFY(w->engine()->hasPending());

        const QString file = m_dir.filePath(u"unsaved-events.json"_s);
        quitThen(w.get(), [](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
        WidgetTestSupport::chooseInNextFileDialog(w.get(), file);
        press(w.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w->isVisible());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonArray events = QJsonDocument::fromJson(saved.readAll()).array();
        QCOMPARE(events.size(), 1);
        const auto event = DrillEvent::fromJson(events.first().toObject());
        QVERIFY(event);
        QCOMPARE(event->kind, DrillEvent::Kind::Observation);
        QCOMPARE(event->text(), u"waiting for the DNS team"_s);
        QCOMPARE(event->drillId, w->engine()->drill().id);
    }

    void badInputIsRefusedAndNothingStored()
    {
        auto w = console();
        QTest::keyClick(w.get(), Qt::Key_F5);
        const qsizetype before = stored(*w).size();
        // Empty: a message, nothing logged.
        QTest::keyClick(w.get(), Qt::Key_N);
        QTest::keyClick(w->observationEntry(), Qt::Key_Return);
        QCOMPARE(w->statusMessage(), u"the observation is empty; type what you saw, then Enter"_s);
        // 1 MB paste: refused with the limit, the text stays to be shortened.
        w->observationEntry()->setMaxLength(2 * 1024 * 1024);
        w->observationEntry()->setText(QString(1024 * 1024, u'x'));
        QTest::keyClick(w->observationEntry(), Qt::Key_Return);
        QVERIFY2(w->statusMessage().contains(u"the limit is 4000"_s),
                 qPrintable(w->statusMessage()));
        QCOMPARE(w->observationEntry()->text().size(), 1024 * 1024);
        // Control characters as the author of an edit.
        type(*w, u"fine"_s);
        const qint64 id = stored(*w).constLast().id;
        QVERIFY(!w->editObservation(id, u"fine"_s, u"note"_s, u"\x1b\x07\x01"_s, {}));
        QVERIFY2(w->statusMessage().contains(u"control character"_s),
                 qPrintable(w->statusMessage()));
        // A 20 MB image: refused at once, nothing attached.
        auto *entry = qobject_cast<ObservationEntry *>(w->observationEntry());
        QVERIFY(entry);
        QByteArray huge("\xff\xd8\xff");
        huge.append(QByteArray(20 * 1024 * 1024, 'j'));
        entry->attachImageData(huge, u"huge.jpg"_s);
        QVERIFY(!entry->hasImage());
        QVERIFY2(w->statusMessage().contains(u"the limit is 10.0 MB"_s),
                 qPrintable(w->statusMessage()));
        QCOMPARE(stored(*w).size(), before + 1);
        QCOMPARE(w->session()->drills().attachments(w->engine()->drill().id)->size(), 0);

        // A real image, pasted as image data, goes with the next observation.
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QMimeData data;
        data.setImageData(image);
        QVERIFY(entry->takeImage(&data));
        QVERIFY(entry->hasImage());
        type(*w, u"the dashboard at failover"_s);
        QVERIFY(!entry->hasImage());
        const auto images = w->session()->drills().attachments(w->engine()->drill().id);
        QCOMPARE(images->size(), 1);
        QCOMPARE(images->constFirst().eventId, stored(*w).constLast().id);
        QCOMPARE(images->constFirst().mimeType, u"image/png"_s);
        QVERIFY(selectEvent(*w, stored(*w).constLast().id));
        QVERIFY(w->logView()->currentIndex().data().toString().contains(u"[image, "_s));
        QVERIFY(w->logView()->currentIndex().data(EventLogModel::AttachmentIdRole).toLongLong() >
                0);
    }

    void scorecardByKeyboard()
    {
        auto w = console();
        QTest::keyClick(w.get(), Qt::Key_F5);
        answerYesToTheNextQuestion(); // a step is still running
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<ScorecardDialog *>(QApplication::activeModalWidget()));
        QWidget *dialog = QApplication::activeModalWidget();
        QTRY_VERIFY(dialog->focusWidget());
        // Score, Tab, comment, Tab, score, Tab, comment, Enter.
        QTest::keyClicks(dialog->focusWidget(), u"4"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), u"back in 40 minutes"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), u"2"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QList<DrillEvent> events = stored(*w);
        QCOMPARE(events.constLast().kind, DrillEvent::Kind::ScoreRecorded);
        const Scorecard card(events);
        QCOMPARE(card.scores().size(), 2);
        QCOMPARE(card.find(u"Time to normal status"_s)->score, 4);
        QCOMPARE(card.find(u"Time to normal status"_s)->comment, u"back in 40 minutes"_s);
        QCOMPARE(card.find(u"Communication"_s)->score, 2);
        // Re-rating from the menu logs a new event; the latest counts.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ScorecardDialog *>(QApplication::activeModalWidget()));
        auto *again = qobject_cast<ScorecardDialog *>(QApplication::activeModalWidget());
        again->setRating(u"Communication"_s, 3, u"better after the inject"_s);
        again->accept();
        events = stored(*w);
        QCOMPARE(Scorecard(events).find(u"Communication"_s)->score, 3);
        QCOMPARE(Scorecard(events).find(u"Communication"_s)->ratings, 2);
        QCOMPARE(Scorecard(events).find(u"Time to normal status"_s)->ratings, 1); // unchanged
    }

    void actionItemsCarryOverToTheNextDrill()
    {
        // Its own database: only this drill's items are open.
        m_db = m_dir.filePath(u"carry.sqlite"_s);
        qint64 firstDrill = 0;
        {
            auto w = console();
            firstDrill = w->engine()->drill().id;
            QTest::keyClick(w.get(), Qt::Key_F5);
            type(*w, u"+ @Dana rotate the backup keys"_s);
            type(*w, u"+ tag the AMI with its purpose"_s);
            // The panel sets owner and due date; a bad date is refused and goes back.
            auto *dialog = new ActionItemsDialog(
                w->session()->actionItems(), firstDrill, w->engine()->drill().runbookId,
                [](qint64) { return QString(); }, [] { return qint64(1'700'000'000'000); });
            QTableWidget *table = dialog->table();
            QCOMPARE(table->rowCount(), 2);
            table->item(1, ActionItemsDialog::OwnerColumn)->setText(u"Sam"_s);
            table->item(1, ActionItemsDialog::DueColumn)->setText(u"2026-12-01"_s);
            table->item(0, ActionItemsDialog::DueColumn)->setText(u"soon"_s);
            QVERIFY(dialog->problem().contains(u"“soon” is not a date"_s));
            QCOMPARE(table->item(0, ActionItemsDialog::DueColumn)->text(), QString());
            delete dialog;
            const auto items = w->session()->actionItems().items(firstDrill).value();
            QCOMPARE(items[1].owner, u"Sam"_s);
            QCOMPARE(items[1].dueDate, u"2026-12-01"_s);
            QCOMPARE(items[0].owner, u"Dana"_s);
            QCOMPARE(items[0].dueDate, QString());
            answerYesToTheNextQuestion();
            QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(qobject_cast<ScorecardDialog *>(QApplication::activeModalWidget()));
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
            QTRY_VERIFY(!QApplication::activeModalWidget());
        }
        // Drill N+1 of the same runbook (in production): the start dialog lists both.
        auto w = console(false);
        StartDrillDialog *start = nullptr;
        QTimer::singleShot(0, qApp, [&start] {
            start = qobject_cast<StartDrillDialog *>(QApplication::activeModalWidget());
            if (!start)
                return;
            QTableWidget *table = start->carriedOverTable();
            if (table->rowCount() != 2)
                return;
            qobject_cast<QComboBox *>(table->cellWidget(0, 3))->setCurrentIndex(1); // done
            start->setEnvironment(u"production"_s);
            start->setFacilitator(u"Fran"_s);
            start->accept();
        });
        w->newDrillDialog();
        QVERIFY(start);
        QVERIFY(w->engine());
        const qint64 secondDrill = w->engine()->drill().id;
        QVERIFY(secondDrill != firstDrill);
        const auto items = w->session()->actionItems().items(firstDrill).value();
        QCOMPARE(items[0].status, ActionItem::Status::Done);
        QCOMPARE(items[0].closedInDrillId, secondDrill);
        QCOMPARE(items[1].status, ActionItem::Status::Open);
        QCOMPARE(items[1].closedInDrillId, 0);
        // What stays open shows again next time.
        const auto open = w->session()->actionItems().openItemsBefore(u"records-drill"_s);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().title, u"tag the AMI with its purpose"_s);
    }
};

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
