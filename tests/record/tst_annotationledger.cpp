// AnnotationLedger: one note per step, changed and removed by later events; only the notes the
// facilitator marked reach the projector.
#include "annotationledger.h"
#include "drilltestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

class TestAnnotationLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsNotes()
    {
        AnnotationLedger ledger({
            ev(Kind::AnnotationAdded, 1, u"a"_s, AnnotationLedger::payload(u"ask Sam"_s, false)),
            ev(Kind::AnnotationAdded, 2, u"b"_s, AnnotationLedger::payload(u"slow"_s, true)),
            ev(Kind::AnnotationEdited, 3, u"a"_s,
               AnnotationLedger::payload(u"Sam has the key"_s, true)),
            ev(Kind::AnnotationAdded, 4, u"c"_s, AnnotationLedger::payload(u"secret"_s, false)),
            ev(Kind::AnnotationRemoved, 5, u"b"_s),
        });
        QCOMPARE(ledger.annotations().size(), 2);
        QVERIFY(!ledger.find(u"b"_s));
        QCOMPARE(ledger.find(u"a"_s)->text, u"Sam has the key"_s);
        QVERIFY(ledger.find(u"a"_s)->onProjector);
        QCOMPARE(ledger.find(u"a"_s)->timeMs, at(3));
        QVERIFY(!ledger.find(u"c"_s)->onProjector);
    }

    void projectorShowsOnlyMarkedNotes()
    {
        AnnotationLedger ledger({
            ev(Kind::AnnotationAdded, 1, u"c"_s, AnnotationLedger::payload(u"shown c"_s, true)),
            ev(Kind::AnnotationAdded, 1, u"a"_s, AnnotationLedger::payload(u"shown a"_s, true)),
            ev(Kind::AnnotationAdded, 1, u"b"_s,
               AnnotationLedger::payload(u"password is hunter2"_s, false)),
        });
        const QStringList shown = ledger.projectorTexts({u"a"_s, u"b"_s, u"c"_s});
        QCOMPARE(shown, (QStringList{u"shown a"_s, u"shown c"_s})); // in step order
        // Unticking takes it off the projector.
        ledger.apply(
            ev(Kind::AnnotationEdited, 2, u"a"_s, AnnotationLedger::payload(u"shown a"_s, false)));
        QCOMPARE(ledger.projectorTexts({u"a"_s, u"b"_s, u"c"_s}), QStringList{u"shown c"_s});
    }

    void refusesBadEvents_data()
    {
        QTest::addColumn<DrillEvent>("event");
        QTest::addColumn<QString>("message");
        QTest::addRow("no step") << ev(Kind::AnnotationAdded, 2, {},
                                       AnnotationLedger::payload(u"x"_s, false))
                                 << u"a note is pinned to a step; this annotation-added event "
                                    "names none"_s;
        QTest::addRow("second note")
            << ev(Kind::AnnotationAdded, 2, u"a"_s, AnnotationLedger::payload(u"x"_s, false))
            << u"step `a` already has a note; change that one"_s;
        QTest::addRow("change of a missing note")
            << ev(Kind::AnnotationEdited, 2, u"b"_s, AnnotationLedger::payload(u"x"_s, false))
            << u"step `b` has no note to change"_s;
        QTest::addRow("removal of a missing note")
            << ev(Kind::AnnotationRemoved, 2, u"b"_s) << u"step `b` has no note to change"_s;
        QTest::addRow("empty") << ev(Kind::AnnotationEdited, 2, u"a"_s,
                                     AnnotationLedger::payload(u" "_s, false))
                               << u"the observation is empty; type what you saw, then Enter"_s;
    }
    void refusesBadEvents()
    {
        QFETCH(DrillEvent, event);
        QFETCH(QString, message);
        const AnnotationLedger ledger(
            {ev(Kind::AnnotationAdded, 1, u"a"_s, AnnotationLedger::payload(u"n"_s, false))});
        QCOMPARE(ledger.check(event), message);
    }
};

QTEST_APPLESS_MAIN(TestAnnotationLedger)
#include "tst_annotationledger.moc"
