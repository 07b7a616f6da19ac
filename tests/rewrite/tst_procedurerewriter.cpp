// ProcedureRewriter: a live edit runs the loader's rules; a refused one leaves the runbook as
// it was and says why in the loader's words.
#include "procedurerewriter.h"
#include "runbookloader.h"
#include "runbookvalidator.h"
#include "steprewrite.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString jenkinsPath = QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");

Step newStep(const QString &id, const QStringList &dependsOn = {})
{
    Step s;
    s.id = id;
    s.title = u"Recreate the DNS record"_s;
    s.role = u"aws-admin"_s;
    s.expectedSeconds = 600;
    s.dependsOn = dependsOn;
    return s;
}
} // namespace

class TestProcedureRewriter : public QObject
{
    Q_OBJECT
    Runbook m_jenkins;

    const Phase &phase(const QString &id) const
    {
        for (const Phase &p : m_jenkins.phases)
            if (p.id == id)
                return p;
        qFatal("no phase");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const RunbookLoadResult loaded = RunbookLoader::loadFile(jenkinsPath);
        QVERIFY(loaded.ok());
        m_jenkins = *loaded.runbook;
    }

    void insertsTheMissingDnsStep()
    {
        Runbook rb = m_jenkins;
        const Step dns = newStep(u"recreate-dns-record"_s, {u"terraform-apply"_s});
        // After terraform-apply, the third step of `rebuild`.
        const auto problems = ProcedureRewriter::apply(
            rb, StepRewrite::insert(u"rebuild"_s, 3, dns), u"jenkins-rebuild.yaml"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(ProcedureRewriter::message(problems)));
        QCOMPARE(rb.stepCount(), m_jenkins.stepCount() + 1);
        QCOMPARE(rb.phases[1].steps[3].id, u"recreate-dns-record"_s);
        QCOMPARE(rb.phases[1].steps[4].id, u"check-efs-mount"_s);
        QCOMPARE(*rb.findStep(u"recreate-dns-record"_s), dns);
    }

    void editKeepsIdAndLocations()
    {
        Runbook rb = m_jenkins;
        const Step before = phase(u"assess"_s).steps[2];
        Step after = before;
        after.instructions = u"Recreate it with Terraform.\n"_s;
        after.expectedSeconds = 900;
        after.automation = Step::Automation::Scripted;
        QVERIFY(ProcedureRewriter::apply(rb, StepRewrite::edit(u"assess"_s, 2, before, after), {})
                    .isEmpty());
        const Step *edited = rb.findStep(before.id);
        QCOMPARE(*edited, after);
        QCOMPARE(edited->locationOf(u"title"_s), before.locationOf(u"title"_s));
        QCOMPARE(rb.plannedSecondsSum(), m_jenkins.plannedSecondsSum() + 600);
    }

    void removeAndMove()
    {
        Runbook rb = m_jenkins;
        const Phase &verify = phase(u"verify"_s);
        // capture-actions is the last step: nothing depends on it.
        QVERIFY(
            ProcedureRewriter::apply(rb, StepRewrite::remove(u"verify"_s, 4, verify.steps[4]), {})
                .isEmpty());
        QVERIFY(!rb.findStep(u"capture-actions"_s));
        QVERIFY(ProcedureRewriter::apply(
                    rb, StepRewrite::move(u"verify"_s, 1, verify.steps[1], u"verify"_s, 0), {})
                    .isEmpty());
        QCOMPARE(rb.phases[3].steps[0].id, u"check-agents"_s);
        QCOMPARE(rb.phases[3].steps[1].id, u"check-jobs"_s);
    }

    // Each row: a rewrite that breaks a rule, and the validator's words for it.
    void refusesInvalidRewrites_data()
    {
        QTest::addColumn<StepRewrite>("rewrite");
        QTest::addColumn<QString>("message");
        const QString file = u"jenkins-rebuild.yaml"_s;
        const Phase &assess = phase(u"assess"_s);

        // The original check-dns, now after the inserted one, is the duplicate, at its line.
        const SourceLocation dnsAt = assess.steps[2].locationOf(u"id"_s);
        QTest::addRow("duplicate id")
            << StepRewrite::insert(u"assess"_s, 1, newStep(u"check-dns"_s))
            << u"jenkins-rebuild.yaml:%1:%2: error: duplicate step id `check-dns`; another "
               "step of the procedure already uses it"_s.arg(dnsAt.line)
                   .arg(dnsAt.column);
        QTest::addRow("unknown dependency")
            << StepRewrite::insert(u"assess"_s, 1, newStep(u"recreate-dns"_s, {u"check-dsn"_s}))
            << u"jenkins-rebuild.yaml: error: step `recreate-dns` depends on unknown step "
               "`check-dsn` (did you mean `check-dns`?)"_s;
        Step cyclic = assess.steps[0];
        cyclic.dependsOn = {u"check-ami"_s}; // check-ami -> check-instance -> declare-incident
        QTest::addRow("cycle")
            << StepRewrite::edit(u"assess"_s, 0, assess.steps[0], cyclic)
            << u"jenkins-rebuild.yaml:%1:%2: error: dependency cycle: declare-incident -> "
               u"check-ami -> "
               "check-instance -> declare-incident; a step cannot wait for itself"_s;
        QTest::addRow("remove a step others depend on")
            << StepRewrite::remove(u"assess"_s, 0, assess.steps[0])
            << u"jenkins-rebuild.yaml:%1:%2: error: step `check-instance` depends on unknown "
               "step `declare-incident`"_s;
        Step renamed = assess.steps[1];
        renamed.id = u"check-ec2"_s;
        QTest::addRow("id changed by an edit")
            << StepRewrite::edit(u"assess"_s, 1, assess.steps[1], renamed)
            << u"jenkins-rebuild.yaml: error: a step's id stays stable: `check-instance` cannot "
               "become `check-ec2`; insert a new step instead"_s;
        QTest::addRow("stale edit")
            << StepRewrite::edit(u"assess"_s, 2, assess.steps[1], assess.steps[1])
            << u"jenkins-rebuild.yaml: error: step `check-instance` is not at position 3 of "
               "phase `assess` any more"_s;
        QTest::addRow("unknown phase")
            << StepRewrite::insert(u"asses"_s, 0, newStep(u"x"_s))
            << u"jenkins-rebuild.yaml: error: there is no phase `asses` in the runbook"_s;
        QTest::addRow("invalid id")
            << StepRewrite::insert(u"assess"_s, 0, newStep(u"Recreate DNS"_s))
            << u"jenkins-rebuild.yaml: error: invalid id `Recreate DNS`: use lowercase letters, "
               "digits, '-', '_' or '.', starting with a letter or digit (like "
               "`restore-backup`)"_s;
    }

    void refusesInvalidRewrites()
    {
        QFETCH(StepRewrite, rewrite);
        QFETCH(QString, message);
        if (message.contains(u"%1"_s)) { // check-instance's depends_on, in the file
            const Step *check = m_jenkins.findStep(u"check-instance"_s);
            const SourceLocation at = check->locationOf(u"depends_on/0"_s);
            message = message.arg(at.line).arg(at.column);
        }
        Runbook rb = m_jenkins;
        const QList<Diagnostic> problems =
            ProcedureRewriter::apply(rb, rewrite, u"jenkins-rebuild.yaml"_s);
        QVERIFY(!problems.isEmpty());
        // The first problem (removing a step names each of its dependants).
        QCOMPARE(problems.constFirst().toString(), message);
        QCOMPARE(rb, m_jenkins); // nothing half-applied
        QCOMPARE(ProcedureRewriter::check(m_jenkins, rewrite, u"jenkins-rebuild.yaml"_s), problems);
    }

    // The same rule, the same words: what the loader says about a file with the cycle.
    void cycleMessageIsTheLoaders()
    {
        Runbook rb = m_jenkins;
        const Phase &assess = phase(u"assess"_s);
        Step cyclic = assess.steps[0];
        cyclic.dependsOn = {u"check-ami"_s};
        const auto refused = ProcedureRewriter::apply(
            rb, StepRewrite::edit(u"assess"_s, 0, assess.steps[0], cyclic), u"f.yaml"_s);
        QByteArray source = RunbookLoader::loadFile(jenkinsPath).source;
        source.replace("        title: Declare the incident and freeze merges\n",
                       "        title: Declare the incident and freeze merges\n"
                       "        depends_on: [check-ami]\n");
        const RunbookLoadResult loaded = RunbookLoader::loadText(source, u"f.yaml"_s);
        QVERIFY(!loaded.ok());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(loaded.diagnostics.size(), 1);
        QCOMPARE(refused[0].message, loaded.diagnostics[0].message);
    }
};

QTEST_GUILESS_MAIN(TestProcedureRewriter)
#include "tst_procedurerewriter.moc"
