// The runbook format's `decision:`: read, written back the same, and every bad decision
// diagnosed at FILE:LINE:COLUMN with what would be right.
#include "decisionbranches.h"
#include "runbookloader.h"
#include "runbooktextsupport.h"
#include "runbookwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace RunbookTextSupport;

namespace {
// A phase `p` with a decision step `ask` between `before` and three later steps, and a phase
// `q` after it; options is the YAML of the options list.
QByteArray decisionRunbook(const QByteArray &options, const QByteArray &between = {})
{
    return header + phaseHead +
           "      - id: before\n"
           "        title: Before\n"
           "      - id: ask\n"
           "        title: Ask\n"
           "        decision:\n"
           "          question: Is the replica current?\n"
           "          options:\n" +
           options + between +
           "      - id: promote\n"
           "        title: Promote\n"
           "      - id: restore\n"
           "        title: Restore\n"
           "      - id: check\n"
           "        title: Check\n"
           "  - id: q\n"
           "    title: Q\n"
           "    steps:\n"
           "      - id: later\n"
           "        title: Later\n";
}

const QByteArray twoOptions = "            - { label: \"yes\", goto: promote }\n"
                              "            - { label: \"no\", goto: restore }\n";
} // namespace

class TestDecisionFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsADecision()
    {
        const RunbookLoadResult r = RunbookLoader::loadText(
            decisionRunbook(twoOptions + "            - { label: give up, goto: abort }\n"
                                         "            - { label: carry on }\n"),
            u"rb.yaml"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        QCOMPARE(render(r.diagnostics), QStringList());
        const Step *ask = r.runbook->findStep(u"ask"_s);
        QVERIFY(ask && ask->isDecision());
        QCOMPARE(ask->decision.question, u"Is the replica current?"_s);
        QCOMPARE(ask->decision.options.size(), 4);
        QCOMPARE(ask->decision.options[0].label, u"yes"_s);
        QCOMPARE(ask->decision.options[0].gotoStep, u"promote"_s);
        QVERIFY(!ask->decision.options[0].abort);
        QVERIFY(ask->decision.options[2].abort);
        QVERIFY(ask->decision.options[2].gotoStep.isEmpty());
        QVERIFY(ask->decision.options[3].gotoStep.isEmpty());
        QVERIFY(!r.runbook->findStep(u"before"_s)->isDecision());

        // Branches: promote alone, restore to the end of the phase; the option without goto goes
        // on with the next step (promote's branch); abort leads nowhere.
        const auto branches = DecisionBranches::of(*r.runbook, u"ask"_s);
        QVERIFY(branches);
        QCOMPARE(branches->branch(0), QStringList{u"promote"_s});
        QCOMPARE(branches->branch(1), (QStringList{u"restore"_s, u"check"_s}));
        QCOMPARE(branches->branch(2), QStringList());
        QCOMPARE(branches->branch(3), QStringList{u"promote"_s});
        QCOMPARE(branches->notTaken(0), (QStringList{u"restore"_s, u"check"_s}));
        QCOMPARE(branches->notTaken(2), (QStringList{u"promote"_s, u"restore"_s, u"check"_s}));
        QCOMPARE(branches->unreachable(), QStringList());
        QVERIFY(!DecisionBranches::of(*r.runbook, u"before"_s));
    }

    void writesItBackTheSame()
    {
        const QByteArray yaml =
            decisionRunbook(twoOptions + "            - { label: \"neither\", goto: abort }\n");
        const RunbookLoadResult first = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
        QVERIFY(first.ok());
        const QByteArray written = RunbookWriter::toYaml(*first.runbook, yaml);
        const RunbookLoadResult again = RunbookLoader::loadText(written, u"rb.yaml"_s);
        QVERIFY2(again.ok(), written.constData());
        QCOMPARE(*again.runbook, *first.runbook);
        QVERIFY2(written.contains("goto: abort"), written.constData());
        QVERIFY2(written.contains("question: Is the replica current?"), written.constData());
        // yes and no stay quoted: other YAML tools would read them as true and false.
        QVERIFY2(written.contains("label: \"yes\""), written.constData());

        // A single step (the console's live rewrite) carries its decision too.
        const QByteArray step = RunbookWriter::stepToYaml(*first.runbook->findStep(u"ask"_s));
        QVERIFY2(step.contains("decision:"), step.constData());
        QVERIFY2(step.contains("goto: restore"), step.constData());
    }

    void diagnosesBadDecisions_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown target, with a hint")
            << decisionRunbook("            - { label: \"yes\", goto: promte }\n"
                               "            - { label: \"no\", goto: restore }\n")
            << u"rb.yaml:15:37: error: option 1 of decision `ask` goes to unknown step `promte` "
               "(did you mean `promote`?)"_s;
        QTest::newRow("to itself")
            << decisionRunbook("            - { label: \"yes\", goto: ask }\n"
                               "            - { label: \"no\", goto: restore }\n")
            << u"rb.yaml:15:37: error: option 1 of decision `ask` goes to the decision itself; a "
               "decision leads to a later step of its phase"_s;
        QTest::newRow("backwards: a loop")
            << decisionRunbook("            - { label: \"yes\", goto: promote }\n"
                               "            - { label: \"no\", goto: before }\n")
            << u"rb.yaml:16:36: error: option 2 of decision `ask` goes back to `before`, an "
               "earlier step: that would form a loop; a decision leads to a later step of its "
               "phase (reopen a step to repeat it)"_s;
        QTest::newRow("into another phase")
            << decisionRunbook("            - { label: \"yes\", goto: promote }\n"
                               "            - { label: \"no\", goto: later }\n")
            << u"rb.yaml:16:36: error: option 2 of decision `ask` goes to `later` in phase `q`; a "
               "branch stays in the decision's phase `p`: go to a later step of it"_s;
        QTest::newRow("one option")
            << decisionRunbook("            - { label: \"yes\", goto: promote }\n")
            << u"rb.yaml:15:13: error: the decision of step `ask` needs 2 to 9 options (one key "
               "each, 1-9); it has 1"_s;
        QByteArray ten;
        for (int i = 1; i <= 10; ++i)
            ten += "            - { label: o" + QByteArray::number(i) + ", goto: promote }\n";
        QTest::newRow("ten options")
            << decisionRunbook(ten)
            << u"rb.yaml:24:15: error: a decision has at most 9 options (one key each, 1-9)"_s;
        QTest::newRow("no question")
            << (header + phaseHead +
                "      - id: ask\n        title: Ask\n        decision:\n          options:\n"
                "            - { label: a }\n            - { label: b }\n")
            << u"rb.yaml:11:11: error: missing required key `question` in `decision`"_s;
        QTest::newRow("option without label")
            << decisionRunbook("            - { goto: promote }\n"
                               "            - { label: \"no\", goto: restore }\n")
            << u"rb.yaml:15:15: error: missing required key `label` in an option"_s;
        QTest::newRow("unknown key in an option")
            << decisionRunbook("            - { label: \"yes\", go: promote }\n"
                               "            - { label: \"no\", goto: restore }\n")
            << u"rb.yaml:15:31: error: unknown key `go` in an option; the keys are: label, goto"_s;
        QTest::newRow("unreachable steps: a warning")
            << decisionRunbook("            - { label: \"yes\", goto: restore }\n"
                               "            - { label: \"no\", goto: check }\n")
            << u"rb.yaml:17:13: warning: step `promote` is unreachable: it follows decision "
               "`ask`, whose options lead past it; point an option's `goto` at it, or move it "
               "before the decision"_s;
    }

    void diagnosesBadDecisions()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const RunbookLoadResult r = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
        const QStringList problems = render(r.diagnostics);
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(u'\n')));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(r.ok(), !expected.contains(u": error: "_s));
    }

    // The sample runbook's decision is clean, and its branches are the ones the docs describe.
    void theFailoverSampleDecides()
    {
        const RunbookLoadResult r = RunbookLoader::loadFile(
            QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/datacenter-failover.yaml"));
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        QCOMPARE(render(r.diagnostics), QStringList());
        const auto branches = DecisionBranches::of(*r.runbook, u"check-replica-lag"_s);
        QVERIFY(branches);
        QCOMPARE(branches->branch(0), QStringList{u"promote-replicas"_s});
        QCOMPARE(branches->branch(1), QStringList{u"restore-stacks"_s});
    }
};

QTEST_GUILESS_MAIN(TestDecisionFormat)
#include "tst_decisionformat.moc"
