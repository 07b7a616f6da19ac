// StepRewrite: the payload of a rewrite event holds what applies it and what takes it back.
#include "steprewrite.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Step fullStep()
{
    Step s;
    s.id = u"recreate-dns"_s;
    s.title = u"Recreate the DNS record"_s;
    s.instructions = u"Run Terraform.\n\n- only the record\n"_s;
    s.role = u"aws-admin"_s;
    s.expectedSeconds = 5400;
    s.automation = Step::Automation::Scripted;
    s.command = u"terraform apply -target=aws_route53_record.jenkins"_s;
    s.verify = u"dig +short returns the address"_s;
    s.notes = u"facilitator only"_s;
    s.dependsOn = {u"terraform-apply"_s, u"check-dns"_s};
    s.milestone = Step::serviceRestoredMilestone;
    return s;
}
} // namespace

class TestStepRewrite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepJsonRoundTrip()
    {
        const Step s = fullStep();
        QCOMPARE(StepRewrite::stepFromJson(StepRewrite::stepToJson(s)), s);
        Step minimal;
        minimal.id = u"a"_s;
        minimal.title = u"A"_s;
        QCOMPARE(
            StepRewrite::stepToJson(minimal),
            (QJsonObject{{u"id"_s, u"a"_s}, {u"title"_s, u"A"_s}, {u"automation"_s, u"manual"_s}}));
    }

    void eventRoundTrip_data()
    {
        QTest::addColumn<StepRewrite>("rewrite");
        QTest::addColumn<DrillEvent::Kind>("kind");
        Step before = fullStep();
        Step after = before;
        after.title = u"Recreate the Route 53 record"_s;
        QTest::addRow("edit") << StepRewrite::edit(u"rebuild"_s, 2, before, after)
                              << DrillEvent::Kind::StepEdited;
        QTest::addRow("insert") << StepRewrite::insert(u"rebuild"_s, 3, after)
                                << DrillEvent::Kind::StepInserted;
        QTest::addRow("remove") << StepRewrite::remove(u"rebuild"_s, 3, before)
                                << DrillEvent::Kind::StepRemoved;
        QTest::addRow("move") << StepRewrite::move(u"rebuild"_s, 3, before, u"verify"_s, 0)
                              << DrillEvent::Kind::StepMoved;
        QTest::addRow("undo") << StepRewrite::insert(u"rebuild"_s, 3, after).inverted()
                              << DrillEvent::Kind::StepRemoved;
    }

    void eventRoundTrip()
    {
        QFETCH(StepRewrite, rewrite);
        QFETCH(DrillEvent::Kind, kind);
        const DrillEvent e = rewrite.toEvent();
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.stepId, u"recreate-dns"_s);
        QCOMPARE(e.payloadObject().value(u"undo"_s).toBool(), rewrite.undo);
        QString why;
        const auto back = StepRewrite::fromEvent(e, &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(*back, rewrite);
    }

    void invertedTakesBack()
    {
        const Step s = fullStep();
        const StepRewrite move = StepRewrite::move(u"rebuild"_s, 3, s, u"verify"_s, 1);
        const StepRewrite back = move.inverted();
        QCOMPARE(back.kind, StepRewrite::Kind::Move);
        QCOMPARE(back.phaseId, u"verify"_s);
        QCOMPARE(back.index, 1);
        QCOMPARE(back.toPhaseId, u"rebuild"_s);
        QCOMPARE(back.toIndex, 3);
        QVERIFY(back.undo);
        StepRewrite twice = back.inverted();
        twice.undo = false;
        QCOMPARE(twice, move);
        QCOMPARE(StepRewrite::insert(u"p"_s, 0, s).inverted().kind, StepRewrite::Kind::Remove);
    }

    void refusesIncompletePayloads_data()
    {
        QTest::addColumn<DrillEvent>("event");
        QTest::addColumn<QString>("why");
        DrillEvent e = StepRewrite::insert(u"rebuild"_s, 3, fullStep()).toEvent();
        DrillEvent noAfter = e;
        noAfter.payload = uR"({"phase":"rebuild","index":3})"_s;
        QTest::addRow("insert without the step")
            << noAfter << u"a step-inserted event needs the step as it becomes (`after`)"_s;
        DrillEvent noPhase = e;
        noPhase.payload = uR"({"index":3,"after":{"id":"recreate-dns","title":"x"}})"_s;
        QTest::addRow("no phase")
            << noPhase << u"a step-inserted event needs the phase and the index of the step"_s;
        DrillEvent otherStep = e;
        otherStep.stepId = u"check-dns"_s;
        QTest::addRow("step id mismatch")
            << otherStep
            << u"the step-inserted event names step `check-dns` but its payload is about step "
               "`recreate-dns`"_s;
        DrillEvent obs;
        obs.kind = DrillEvent::Kind::Observation;
        QTest::addRow("not a rewrite") << obs
                                       << u"the observation event is not a rewrite of the "
                                          "procedure"_s;
    }

    void refusesIncompletePayloads()
    {
        QFETCH(DrillEvent, event);
        QFETCH(QString, why);
        QString got;
        QVERIFY(!StepRewrite::fromEvent(event, &got));
        QCOMPARE(got, why);
    }
};

QTEST_GUILESS_MAIN(TestStepRewrite)
#include "tst_steprewrite.moc"
