// ObservationLedger: the log folded into the observations as they stand, edits applied,
// deletions flagged, the originals never lost; bad changes are refused with a reason.
#include "drilltestsupport.h"
#include "observationledger.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

namespace {
DrillEvent observation(qint64 id, double minutes, const QString &text, const QString &category = {},
                       const QString &step = {})
{
    QJsonObject p{{u"text"_s, text}};
    if (!category.isEmpty())
        p[u"category"_s] = category;
    DrillEvent e = ev(Kind::Observation, minutes, step,
                      QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)));
    e.id = id;
    return e;
}

DrillEvent edit(qint64 id, double minutes, qint64 target, const QString &text,
                const QString &category, const QString &author, const QString &step)
{
    DrillEvent e = ev(Kind::ObservationEdited, minutes, step,
                      ObservationLedger::editPayload(target, text, category, author, step));
    e.id = id;
    return e;
}

DrillEvent removal(qint64 id, double minutes, qint64 target, const QString &reason)
{
    DrillEvent e =
        ev(Kind::ObservationDeleted, minutes, {}, ObservationLedger::deletePayload(target, reason));
    e.id = id;
    return e;
}
} // namespace

class TestObservationLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsEditsAndDeletions()
    {
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            observation(2, 1, u"dns is missing"_s, u"issue"_s, u"a"_s),
            observation(3, 2, u"typo here"_s),
            edit(4, 3, 2, u"DNS record is missing"_s, u"action-item"_s, u"dana"_s, u"b"_s),
            removal(5, 4, 3, u"duplicate"_s),
            edit(6, 5, 2, u"DNS record missing in zone"_s, u"action-item"_s, u"dana"_s, u"b"_s),
        };
        const ObservationLedger ledger(log);
        QCOMPARE(ledger.observations().size(), 2);
        const ObservationLedger::Observation *dns = ledger.find(2);
        QVERIFY(dns);
        QCOMPARE(dns->text, u"DNS record missing in zone"_s);
        QCOMPARE(dns->category, u"action-item"_s);
        QCOMPARE(dns->author, u"dana"_s);
        QCOMPARE(dns->stepId, u"b"_s);
        QCOMPARE(dns->edits, 2);
        QCOMPARE(dns->timeMs, at(1)); // first logged, not edited
        QCOMPARE(dns->changedMs, at(5));
        QVERIFY(!dns->deleted);
        const ObservationLedger::Observation *typo = ledger.find(3);
        QVERIFY(typo);
        QVERIFY(typo->deleted);
        QCOMPARE(typo->deleteReason, u"duplicate"_s);
        QCOMPARE(typo->text, u"typo here"_s); // what was said stays readable
        QCOMPARE(ledger.current().size(), 1);
        QCOMPARE(ledger.current().constFirst().eventId, 2);
    }

    void applyNamesTheObservationChanged()
    {
        ObservationLedger ledger;
        QCOMPARE(ledger.apply(ev(Kind::Started, 0)), 0);
        QCOMPARE(ledger.apply(observation(7, 1, u"x"_s)), 7);
        QCOMPARE(ledger.apply(edit(8, 2, 7, u"y"_s, u"note"_s, {}, {})), 7);
        QCOMPARE(ledger.apply(edit(9, 2, 99, u"y"_s, u"note"_s, {}, {})), 0);
    }

    void refusesBadChanges_data()
    {
        QTest::addColumn<DrillEvent>("change");
        QTest::addColumn<QString>("message");
        QTest::addRow("no such observation")
            << edit(10, 3, 42, u"x"_s, u"note"_s, {}, {})
            << u"there is no observation 42 in this drill to change"_s;
        QTest::addRow("deleted one") << edit(10, 3, 3, u"x"_s, u"note"_s, {}, {})
                                     << u"observation 3 was deleted; it cannot change any more"_s;
        QTest::addRow("deleted twice")
            << removal(10, 3, 3, {}) << u"observation 3 was deleted; it cannot change any more"_s;
        QTest::addRow("empty text") << edit(10, 3, 2, u"   "_s, u"note"_s, {}, {})
                                    << u"the observation is empty; type what you saw, then Enter"_s;
        QTest::addRow("megabyte text")
            << edit(10, 3, 2, QString(1024 * 1024, u'x'), u"note"_s, {}, {})
            << u"the observation is 1048576 characters long; the limit is 4000 — put long output "
               "in a file and note where it is"_s;
        QTest::addRow("unknown category")
            << edit(10, 3, 2, u"x"_s, u"gossip"_s, {}, {})
            << u"`gossip` is not an observation category; use one of note, issue, question, "
               "action-item, improvement, automation-candidate"_s;
        QTest::addRow("control characters in the author")
            << edit(10, 3, 2, u"x"_s, u"note"_s, u"\x1b[31m\x07"_s, {})
            << u"the name holds a control character (U+001b); type a plain name"_s;
    }
    void refusesBadChanges()
    {
        QFETCH(DrillEvent, change);
        QFETCH(QString, message);
        const ObservationLedger ledger(
            {observation(2, 1, u"a"_s), observation(3, 2, u"b"_s), removal(4, 2, 3, {})});
        QCOMPARE(ledger.check(change), message);
    }

    void acceptsAGoodChange()
    {
        const ObservationLedger ledger({observation(2, 1, u"a"_s)});
        QCOMPARE(ledger.check(edit(3, 2, 2, u"b"_s, u"issue"_s, u"Dana Scully"_s, {})), QString());
        QCOMPARE(ledger.check(removal(3, 2, 2, u"wrong drill"_s)), QString());
    }
};

QTEST_APPLESS_MAIN(TestObservationLedger)
#include "tst_observationledger.moc"
