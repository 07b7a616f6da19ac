// The sample runbooks/backup-verification-local.yaml really runs here: every automated step's
// command (and verify_command), in dependency order, through CommandSpec::forStep and
// CommandRun as `drilldeck run` and the console run them — real bash, sqlite3 and openssl in a
// throwaway BACKUP_VERIFY_WORK; twice (the second run finds the first's files), and once with
// the wrong passphrase, which fails the restore as a rotated key fails gpg.
#include "commandevidence.h"
#include "commandrun.h"
#include "commandspec.h"
#include "runbookloader.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString samplePath =
    QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/backup-verification-local.yaml");

CommandEvidence run(const CommandSpec &spec)
{
    CommandRun process(spec);
    QSignalSpy finished(&process, &CommandRun::finished);
    process.start();
    if (finished.isEmpty() && !finished.wait(int(spec.timeoutMs) * 2 + 10'000))
        return {};
    return finished.constFirst().constFirst().value<CommandEvidence>();
}
} // namespace

class TestLocalSample : public QObject
{
    Q_OBJECT
    QTemporaryDir m_work;
    Runbook m_runbook;

    // The automated steps in the order the runbook lists them, which respects depends_on.
    QList<Step> automatedSteps() const
    {
        QList<Step> steps;
        for (const Step &s : m_runbook.allSteps())
            if (s.automation == Step::Automation::Automated)
                steps.append(s);
        return steps;
    }

    // Runs the chain; the evidence by step id, stopping at the first failure.
    QHash<QString, CommandEvidence> runChain(const QHash<QString, QString> &extraEnv = {})
    {
        QHash<QString, CommandEvidence> result;
        for (const Step &step : automatedSteps()) {
            CommandSpec spec =
                CommandSpec::forStep(m_runbook, step, QFileInfo(samplePath).absolutePath());
            for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
                if (it.key().startsWith(step.id + u':'))
                    spec.environment.insert(it.key().section(u':', 1), it.value());
            const CommandEvidence e = run(spec);
            result.insert(step.id, e);
            if (!e.passed())
                break;
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {u"bash"_s, u"sqlite3"_s, u"openssl"_s, u"sha256sum"_s})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(tool + u" is missing: scripts/install-deps.sh installs it"_s));
        const RunbookLoadResult loaded = RunbookLoader::loadFile(samplePath);
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        m_runbook = *loaded.runbook;
        QVERIFY(m_work.isValid());
        qputenv("BACKUP_VERIFY_WORK", m_work.path().toUtf8());
    }

    void everyAutomatedStepHasACommand()
    {
        const QList<Step> steps = automatedSteps();
        QCOMPARE(steps.size(), 7);
        for (const Step &s : steps)
            QVERIFY2(!s.command.isEmpty(), qPrintable(s.id));
    }

    void theChainPassesTwice()
    {
        for (int round = 1; round <= 2; ++round) {
            const auto evidence = runChain();
            QCOMPARE(evidence.size(), 7);
            for (auto it = evidence.begin(); it != evidence.end(); ++it)
                QVERIFY2(it->passed(), qPrintable(u"round %1, %2: %3\n%4"_s.arg(round).arg(
                                           it.key(), it->summary(), it->outputTail())));
            QVERIFY(evidence[u"backup"_s].outputTail().contains(u"completed OK!"_s));
            QCOMPARE(evidence[u"fresh-instance"_s].verifyExitCode, std::optional<int>(0));
            const QString checks = evidence[u"data-checks"_s].outputTail();
            QVERIFY2(checks.contains(u"ok   loadbalancers: %1 rows"_s.arg(round * 100)),
                     qPrintable(checks));
            QVERIFY(!checks.contains(u"FAIL"_s));
            QVERIFY(!QFileInfo::exists(m_work.filePath(u"instance"_s))); // torn down
        }
    }

    void theWrongPassphraseFailsTheRestore()
    {
        const auto evidence = runChain({{u"restore:BACKUP_PASSPHRASE"_s, u"the rotated key"_s}});
        QVERIFY(evidence[u"upload"_s].passed());
        const CommandEvidence &restore = evidence[u"restore"_s];
        QCOMPARE(restore.outcome, CommandEvidence::Outcome::Failed);
        QVERIFY2(restore.outputTail().contains(u"bad decrypt"_s), qPrintable(restore.outputTail()));
        QVERIFY(!evidence.contains(u"data-checks"_s)); // the chain stopped
    }
};

QTEST_GUILESS_MAIN(TestLocalSample)
#include "tst_localsample.moc"
