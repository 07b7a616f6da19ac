// ActionItemStore and its use by DrillSession: action-item observations become open items;
// edits and deletions follow them; the open items of a drill are shown at the start of the
// next drill of the same runbook and closed there, recording which drill closed them.
#include "actionitemstore.h"
#include "database.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Status = ActionItem::Status;

class TestActionItemStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DrillSession> m_session;
    qint64 m_now = T0;

    DrillEngine *newDrill(const QString &runbookId = u"jenkins-rebuild"_s,
                          const QString &environment = u"test"_s)
    {
        const QByteArray yaml = runbookYaml(runbookId);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"test"_s);
        if (!loaded.ok())
            return nullptr;
        Drill d;
        d.environment = environment;
        d.facilitator = u"Alex"_s;
        d.participants = {{u"dana"_s, u"driver"_s}};
        auto engine = m_session->createDrill(yaml, *loaded.runbook, d);
        return engine ? engine.value() : nullptr;
    }
    ActionItemStore &store() { return m_session->actionItems(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = DrillSession::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        m_session = std::move(session).value();
        m_now = T0;
        m_session->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void crud()
    {
        DrillEngine *e = newDrill();
        QVERIFY(e);
        ActionItem item;
        item.drillId = e->drill().id;
        item.title = u"  Name instances\tafter their purpose "_s;
        auto created = store().create(item, at(1));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(created->id > 0);
        QCOMPARE(created->title, u"Name instances after their purpose"_s);
        QCOMPARE(created->status, Status::Open);
        ActionItem changed = created.value();
        changed.owner = u"Dana Scully"_s;
        changed.dueDate = u"2026-12-01"_s;
        changed.status = Status::Done;
        auto updated = store().update(changed, at(2));
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QCOMPARE(updated->owner, u"Dana Scully"_s);
        QCOMPARE(updated->dueDate, u"2026-12-01"_s);
        QCOMPARE(updated->status, Status::Done);
        QCOMPARE(updated->createdMs, at(1));
        QCOMPARE(updated->updatedMs, at(2));
        QCOMPARE(store().items(e->drill().id)->size(), 1);
        changed.id = 999;
        QCOMPARE(store().update(changed, at(3)).error().code, StoreError::Code::NotFound);
    }

    void refusesBadItems_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("due");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty title")
            << u"  "_s << QString() << QString() << u"an action item needs a title"_s;
        QTest::addRow("megabyte title")
            << QString(1024 * 1024, u'x') << QString() << QString()
            << u"the action item's title: the observation is 1048576 characters long; the limit "
               "is 4000 — put long output in a file and note where it is"_s;
        QTest::addRow("owner of control characters")
            << u"x"_s << u"\x01\x02\x03"_s << QString()
            << u"the action item's owner: the name holds a control character (U+0001); type a "
               "plain name"_s;
        QTest::addRow("bad due date") << u"x"_s << QString() << u"next week"_s
                                      << u"the due date “next week” is not a date like "
                                         "2026-12-01"_s;
    }
    void refusesBadItems()
    {
        QFETCH(QString, title);
        QFETCH(QString, owner);
        QFETCH(QString, due);
        QFETCH(QString, message);
        DrillEngine *e = newDrill();
        QVERIFY(e);
        ActionItem item;
        item.drillId = e->drill().id;
        item.title = title;
        item.owner = owner;
        item.dueDate = due;
        const auto created = store().create(item, at(1));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().message, message);
        QCOMPARE(store().items(e->drill().id)->size(), 0); // nothing stored
    }

    void actionItemObservationsBecomeItems()
    {
        DrillEngine *e = newDrill();
        QVERIFY(e);
        QSignalSpy changed(m_session.get(), &DrillSession::actionItemsChanged);
        QVERIFY(e->start().committed());
        QVERIFY(e->observe(u"name instances after their purpose"_s, u"action-item"_s, u"dana"_s,
                           u"bake-ami"_s)
                    .committed());
        QVERIFY(e->observe(u"just a note"_s, u"note"_s, {}, {}).committed());
        const AppendResult mine = e->observe(u"write the runbook down"_s, u"action-item"_s, {}, {});
        QVERIFY(mine.committed());
        QCOMPARE(changed.count(), 2);
        auto items = store().items(e->drill().id);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).title, u"name instances after their purpose"_s);
        QCOMPARE(items->at(0).owner, u"dana"_s);
        QCOMPARE(items->at(1).owner, QString()); // the facilitator typed it: nobody owns it yet
        QCOMPARE(items->at(1).observationEventId, mine.event.id);

        // Editing the observation retitles its item; deleting it drops the item.
        QVERIFY(e->editObservation(mine.event.id, u"write the runbook down, with screenshots"_s,
                                   u"action-item"_s, u"Alex"_s, {})
                    .committed());
        QCOMPARE(store().item(items->at(1).id)->title,
                 u"write the runbook down, with screenshots"_s);
        QVERIFY(e->deleteObservation(mine.event.id, u"duplicate"_s).committed());
        QCOMPARE(store().item(items->at(1).id)->status, Status::Dropped);
        // A note edited into an action item gets one.
        const qint64 note = e->observations().observations().at(1).eventId;
        QVERIFY(e->editObservation(note, u"just a note"_s, u"action-item"_s, u"dana"_s, {})
                    .committed());
        QCOMPARE(store().items(e->drill().id)->size(), 3);
    }

    void openItemsCarryOverToTheNextDrillOfTheRunbook()
    {
        DrillEngine *first = newDrill();
        QVERIFY(first);
        const qint64 firstId = first->drill().id;
        QVERIFY(first->start().committed());
        QVERIFY(first->observe(u"rotate the keys"_s, u"action-item"_s, u"dana"_s, {}).committed());
        QVERIFY(first->observe(u"script the untar"_s, u"action-item"_s, u"sam"_s, {}).committed());
        QVERIFY(first->observe(u"tag the AMI"_s, u"action-item"_s, {}, {}).committed());
        QVERIFY(first->finish().committed());
        // Another runbook's items never show.
        DrillEngine *other = newDrill(u"other-runbook"_s);
        QVERIFY(other);
        QVERIFY(other->observe(u"unrelated"_s, u"action-item"_s, {}, {}).committed());

        // Drill N+1 of the same runbook, in another environment: all three are shown.
        auto before = store().openItemsBefore(u"jenkins-rebuild"_s);
        QVERIFY(before.ok());
        QCOMPARE(before->size(), 3);
        QCOMPARE(before->at(0).drillId, firstId);
        m_now = at(60);
        DrillEngine *second = newDrill(u"jenkins-rebuild"_s, u"production"_s);
        QVERIFY(second);
        const qint64 secondId = second->drill().id;
        const StoreError error = m_session->closeActionItems(
            {{before->at(0).id, Status::Done}, {before->at(1).id, Status::Dropped}}, secondId);
        QVERIFY2(!error, qPrintable(error.message));
        const ActionItem done = store().item(before->at(0).id).value();
        QCOMPARE(done.status, Status::Done);
        QCOMPARE(done.closedInDrillId, secondId);
        QCOMPARE(done.updatedMs, at(60));
        QCOMPARE(store().item(before->at(1).id)->status, Status::Dropped);
        QCOMPARE(store().item(before->at(1).id)->closedInDrillId, secondId);

        // The one left open shows again at N+2, and the new drill's own items join it.
        QVERIFY(second->start().committed());
        QVERIFY(second->observe(u"fix the alarm"_s, u"action-item"_s, {}, {}).committed());
        auto later = store().openItemsBefore(u"jenkins-rebuild"_s, secondId + 100);
        QVERIFY(later.ok());
        QCOMPARE(later->size(), 2);
        QCOMPARE(later->at(0).title, u"tag the AMI"_s);
        QCOMPARE(later->at(1).title, u"fix the alarm"_s);
        // A drill never carries over its own items.
        QCOMPARE(store().openItemsBefore(u"jenkins-rebuild"_s, secondId)->size(), 1);

        // Closing with "open" is refused.
        QVERIFY(!store().close(before->at(2).id, Status::Open, secondId, at(61)).ok());
    }

    // Schema 5: closed with a note and a link, stamped; read back as stored.
    void closedWithEvidenceRoundTrips()
    {
        DrillEngine *e = newDrill();
        QVERIFY(e);
        ActionItem item;
        item.drillId = e->drill().id;
        item.title = u"raise the EFS throughput limit"_s;
        const ActionItem created = store().create(item, at(1)).value();
        QCOMPARE(created.closedMs, 0);
        QVERIFY(created.closingNote.isEmpty() && created.closingLink.isEmpty());
        const auto closed =
            store().close(created.id, Status::Done, 0, at(5), u" limit raised\tto 250 MiB/s "_s,
                          u" https://tickets.example.com/OPS-42?view=full#log "_s);
        QVERIFY2(closed.ok(), qPrintable(closed.error().message));
        QCOMPARE(closed->status, Status::Done);
        QCOMPARE(closed->closingNote, u"limit raised to 250 MiB/s"_s);
        QCOMPARE(closed->closingLink, u"https://tickets.example.com/OPS-42?view=full#log"_s);
        QCOMPARE(closed->closedMs, at(5));
        QCOMPARE(closed->closedInDrillId, 0);
        // Read again through another connection to the same file: what is stored.
        m_session.reset();
        auto session = DrillSession::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
        const ActionItem again = store().item(created.id).value();
        QCOMPARE(again, closed.value());
        QCOMPARE(store().items(item.drillId)->constFirst(), closed.value());
    }

    // Closed through the panel's status (no evidence): the time is stamped, and cleared when
    // it is opened again.
    void closedWithoutEvidenceIsStampedToo()
    {
        DrillEngine *e = newDrill();
        QVERIFY(e);
        ActionItem item;
        item.drillId = e->drill().id;
        item.title = u"tag the AMI"_s;
        ActionItem created = store().create(item, at(1)).value();
        created.status = Status::Dropped;
        QCOMPARE(store().update(created, at(3))->closedMs, at(3));
        QCOMPARE(store().update(created, at(4))->closedMs, at(3)); // still the first time
        created.status = Status::Open;
        QCOMPARE(store().update(created, at(6))->closedMs, 0);
    }

    void badEvidenceIsRefused_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("message");
        const QString notAnAddress = u"closing action item %1: the closing link “%2” is not a web "
                                     "address; give one like https://tickets.example.com/OPS-42"_s;
        QTest::addRow("ftp") << QString() << u"ftp://files.example.com/x"_s
                             << notAnAddress.arg(u"%1"_s, u"ftp://files.example.com/x"_s);
        QTest::addRow("javascript") << QString() << u"javascript:alert(1)"_s
                                    << notAnAddress.arg(u"%1"_s, u"javascript:alert(1)"_s);
        QTest::addRow("no host") << QString() << u"https://"_s
                                 << notAnAddress.arg(u"%1"_s, u"https://"_s);
        QTest::addRow("words") << QString() << u"see the ticket"_s
                               << notAnAddress.arg(u"%1"_s, u"see the ticket"_s);
        QTest::addRow("long link")
            << QString() << u"https://example.com/"_s + QString(2000, u'a')
            << u"closing action item %1: the closing link has 2020 characters; at most 2000 "
               "are kept"_s;
        QTest::addRow("long note")
            << QString(2001, u'n') << QString()
            << u"closing action item %1: the closing note has 2001 characters; at most 2000 "
               "are kept"_s;
        QTest::addRow("control character in the note")
            << u"done\x1b[31m"_s << QString()
            << u"closing action item %1: the closing note: the observation holds a control "
               "character (U+001b); paste plain text"_s;
    }
    void badEvidenceIsRefused()
    {
        QFETCH(QString, note);
        QFETCH(QString, link);
        QFETCH(QString, message);
        DrillEngine *e = newDrill();
        QVERIFY(e);
        ActionItem item;
        item.drillId = e->drill().id;
        item.title = u"rotate the keys"_s;
        const ActionItem created = store().create(item, at(1)).value();
        const auto closed = store().close(created.id, Status::Done, 0, at(2), note, link);
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().message, message.arg(created.id));
        QCOMPARE(store().item(created.id).value(), created); // nothing changed
    }
};

QTEST_GUILESS_MAIN(TestActionItemStore)
#include "tst_actionitemstore.moc"
