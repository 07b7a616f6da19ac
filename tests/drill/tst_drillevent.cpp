// DrillEvent: the kind names are a stored format and must never change; payload helpers.
#include "drillevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = DrillEvent::Kind;

class TestDrillEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindNamesAreStable()
    {
        QCOMPARE(DrillEvent::kindNames(), (QStringList{u"started"_s,
                                                       u"step-started"_s,
                                                       u"step-done"_s,
                                                       u"step-skipped"_s,
                                                       u"step-blocked"_s,
                                                       u"step-unblocked"_s,
                                                       u"step-reopened"_s,
                                                       u"paused"_s,
                                                       u"resumed"_s,
                                                       u"inject-revealed"_s,
                                                       u"data-restored-at"_s,
                                                       u"observation"_s,
                                                       u"finished"_s,
                                                       u"aborted"_s,
                                                       u"step-unstarted"_s,
                                                       u"step-edited"_s,
                                                       u"step-inserted"_s,
                                                       u"step-removed"_s,
                                                       u"step-moved"_s,
                                                       u"runbook-saved"_s,
                                                       u"observation-edited"_s,
                                                       u"observation-deleted"_s,
                                                       u"annotation-added"_s,
                                                       u"annotation-edited"_s,
                                                       u"annotation-removed"_s,
                                                       u"score-recorded"_s,
                                                       u"command-run"_s,
                                                       u"signed-off"_s,
                                                       u"decision-made"_s,
                                                       u"wait-started"_s,
                                                       u"wait-ended"_s}));
        for (const QString &name : DrillEvent::kindNames())
            QCOMPARE(DrillEvent::kindName(*DrillEvent::kindFromName(name)), name);
        QVERIFY(!DrillEvent::kindFromName(u"Started"_s));
        QVERIFY(!DrillEvent::kindFromName(u""_s));
    }

    void stepKinds()
    {
        QVERIFY(DrillEvent::isStepKind(Kind::StepReopened));
        QVERIFY(!DrillEvent::isStepKind(Kind::InjectRevealed));
        QVERIFY(!DrillEvent::isStepKind(Kind::Started));
        QVERIFY(DrillEvent::isStepKind(Kind::CommandRun)); // needs its step, which must run
    }

    void payloadHelpers()
    {
        DrillEvent e;
        e.payload = DrillEvent::payloadWith(u"reason"_s, u"mis-click"_s);
        QCOMPARE(e.payload, u"{\"reason\":\"mis-click\"}"_s);
        QCOMPARE(e.reason(), u"mis-click"_s);
        QCOMPARE(e.text(), QString());
        e.payload = DrillEvent::payloadWith(u"dataTimeMs"_s, 1700000000123.0);
        QCOMPARE(e.dataTimeMs(), std::optional<qint64>(1700000000123));
        e.payload = u"not json"_s;
        QVERIFY(!e.dataTimeMs());
        QCOMPARE(e.reason(), QString());
    }

    void jsonRoundTrips()
    {
        DrillEvent e;
        e.id = 7;
        e.drillId = 3;
        e.timeMs = 1700000000123;
        e.author = u"Maria"_s;
        e.kind = Kind::StepSkipped;
        e.stepId = u"bake-ami"_s;
        e.payload = DrillEvent::payloadWith(u"reason"_s, u"AMI exists"_s);
        QCOMPARE(DrillEvent::fromJson(e.toJson()), std::optional<DrillEvent>(e));
        QJsonObject broken = e.toJson();
        broken[u"kind"_s] = u"teleported"_s;
        QVERIFY(!DrillEvent::fromJson(broken));
    }
};

QTEST_GUILESS_MAIN(TestDrillEvent)
#include "tst_drillevent.moc"
