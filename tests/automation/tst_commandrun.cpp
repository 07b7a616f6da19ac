// CommandRun with real processes (bash): how a command ends becomes its evidence; output apart
// and capped; stdin is /dev/null; the spec's environment and folder apply; timeouts, cancel,
// daemons, floods and bad shells each end with a clear result and leave no process behind.
#include "commandrun.h"
#include "commandspec.h"
#include "runbook.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = CommandEvidence::Outcome;

namespace {
CommandSpec spec(const QString &command, const QString &verifyCommand = {})
{
    CommandSpec s;
    s.stepId = u"step"_s;
    s.command = command;
    s.verifyCommand = verifyCommand;
    s.workingDirectory = QDir::tempPath();
    s.timeoutMs = 60 * 1000;
    return s;
}

// Runs to the end; the evidence, or a default one (FailedToStart) when it never finished.
CommandEvidence run(const CommandSpec &s, int waitMs = 30000)
{
    CommandRun run(s);
    QSignalSpy finished(&run, &CommandRun::finished);
    run.start();
    if (finished.isEmpty() && !finished.wait(waitMs))
        return {};
    return finished.constFirst().constFirst().value<CommandEvidence>();
}
} // namespace

class TestCommandRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CommandEvidence>(); }

    void exitStatusDecides_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("verifyCommand");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("verifyExitCode"); // -1: no verification ran

        QTest::addRow("exit 0 passes") << u"true"_s << QString() << Outcome::Passed << 0 << -1;
        QTest::addRow("exit 3 fails")
            << u"echo no; exit 3"_s << QString() << Outcome::Failed << 3 << -1;
        QTest::addRow("verification passes")
            << u"echo made > /dev/null"_s << u"test 1 -eq 1"_s << Outcome::Passed << 0 << 0;
        QTest::addRow("verification fails")
            << u"true"_s << u"echo missing; exit 4"_s << Outcome::VerifyFailed << 0 << 4;
        QTest::addRow("no verification after a failure")
            << u"exit 1"_s << u"true"_s << Outcome::Failed << 1 << -1;
    }
    void exitStatusDecides()
    {
        QFETCH(QString, command);
        QFETCH(QString, verifyCommand);
        QFETCH(Outcome, outcome);
        QFETCH(int, exitCode);
        QFETCH(int, verifyExitCode);
        const CommandEvidence e = run(spec(command, verifyCommand));
        QCOMPARE(CommandEvidence::outcomeName(e.outcome), CommandEvidence::outcomeName(outcome));
        QCOMPARE(e.exitCode, exitCode);
        QCOMPARE(e.verifyExitCode.value_or(-1), verifyExitCode);
        QCOMPARE(e.command, command);
        QCOMPARE(e.passed(), outcome == Outcome::Passed);
        QVERIFY(e.endMs >= e.startMs && e.startMs > 0);
        if (outcome == Outcome::VerifyFailed) {
            QCOMPARE(e.verifyOutput.text, u"missing\n"_s);
            QCOMPARE(e.error, u"the verification exited with status 4"_s);
        }
    }

    void standardOutputAndErrorApart()
    {
        QList<QPair<CommandRun::Channel, QString>> live;
        CommandRun r(spec(u"echo out; echo err >&2; echo out2"_s));
        connect(&r, &CommandRun::output, this, [&](CommandRun::Channel c, const QString &text) {
            live.append({c, text});
        });
        QSignalSpy finished(&r, &CommandRun::finished);
        r.start();
        QVERIFY(finished.wait(30000));
        const auto e = finished.constFirst().constFirst().value<CommandEvidence>();
        QCOMPARE(e.standardOutput.text, u"out\nout2\n"_s);
        QCOMPARE(e.standardError.text, u"err\n"_s);
        QCOMPARE(e.standardOutput.totalBytes, 9);
        QVERIFY(!e.standardOutput.truncated);
        QString liveOut, liveErr;
        for (const auto &[channel, text] : live)
            (channel == CommandRun::Channel::StandardOutput ? liveOut : liveErr) += text;
        QCOMPARE(liveOut, e.standardOutput.text);
        QCOMPARE(liveErr, e.standardError.text);
        QCOMPARE(e.outputTail(2), u"out2\nerr"_s);
    }

    void standardInputIsTheNullDevice()
    {
        // cat would wait for ever on a terminal or an open pipe; /dev/null ends it at once.
        const CommandEvidence e = run(spec(u"cat; read line || echo eof"_s));
        QCOMPARE(e.outcome, Outcome::Passed);
        QCOMPARE(e.standardOutput.text, u"eof\n"_s);
    }

    void environmentAndFolderApply()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CommandSpec s = spec(u"echo \"$DRILL_TARGET $HOME\"; pwd"_s);
        s.workingDirectory = dir.path();
        s.environment.insert(u"DRILL_TARGET"_s, u"staging db"_s);
        s.environment.insert(u"HOME"_s, u"/nowhere"_s); // overrides DrillDeck's own
        const CommandEvidence e = run(s);
        QCOMPARE(e.outcome, Outcome::Passed);
        QCOMPARE(e.standardOutput.text,
                 u"staging db /nowhere\n"_s + QDir(dir.path()).canonicalPath() + u'\n');
    }

    void shellArgumentsAreSplit()
    {
        CommandSpec s = spec(u"false | true"_s);
        QCOMPARE(run(s).outcome, Outcome::Passed); // plain bash -c: the pipe's last status
        s.shell = CommandSpec::splitShell(u"  bash -eo   pipefail -c "_s);
        QCOMPARE(s.shell, (QStringList{u"bash"_s, u"-eo"_s, u"pipefail"_s, u"-c"_s}));
        const CommandEvidence e = run(s);
        QCOMPARE(e.outcome, Outcome::Failed);
        QCOMPARE(e.exitCode, 1);
    }

    void specFromTheRunbookAndTheStep()
    {
        Runbook book;
        book.commandSettings.shell = u"bash -eu -c"_s;
        book.commandSettings.workdir = u"scripts"_s;
        book.commandSettings.env = {{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}};
        Step step;
        step.id = u"restore"_s;
        step.command = u"./restore.sh"_s;
        step.verifyCommand = u"./check.sh"_s;
        step.expectedSeconds = 600;
        step.commandSettings.env = {{u"B"_s, u"3"_s}};
        CommandSpec s = CommandSpec::forStep(book, step, u"/srv/runbooks"_s);
        QCOMPARE(s.stepId, u"restore"_s);
        QCOMPARE(s.shell, (QStringList{u"bash"_s, u"-eu"_s, u"-c"_s}));
        QCOMPARE(s.workingDirectory, u"/srv/runbooks/scripts"_s);
        QCOMPARE(s.environment.value(u"A"_s), u"1"_s);
        QCOMPARE(s.environment.value(u"B"_s), u"3"_s);
        QCOMPARE(s.timeoutMs, 3 * 600 * 1000); // three times `expected`
        QCOMPARE(s.verifyCommand, u"./check.sh"_s);

        step.commandSettings.shell = u"sh -c"_s;
        step.commandSettings.workdir = u"/tmp"_s;
        step.commandSettings.timeoutSeconds = 90;
        s = CommandSpec::forStep(book, step, u"/srv/runbooks"_s);
        QCOMPARE(s.shell, (QStringList{u"sh"_s, u"-c"_s}));
        QCOMPARE(s.workingDirectory, u"/tmp"_s);
        QCOMPARE(s.timeoutMs, 90 * 1000);

        book.commandSettings = {};
        step.commandSettings = {};
        step.expectedSeconds = 0;
        s = CommandSpec::forStep(book, step, u"/srv/runbooks"_s);
        QCOMPARE(s.shell, (QStringList{u"bash"_s, u"-c"_s}));
        QCOMPARE(s.workingDirectory, u"/srv/runbooks"_s);
        QCOMPARE(s.timeoutMs, CommandSpec::fallbackTimeoutMs);
        book.commandSettings.timeoutSeconds = 5;
        QCOMPARE(CommandSpec::forStep(book, step, u"/srv/runbooks"_s).timeoutMs, 5000);
    }

    void evidenceRoundTripsThroughItsPayload()
    {
        CommandEvidence e = run(spec(u"echo made; echo warn >&2; exit 2"_s));
        QCOMPARE(e.outcome, Outcome::Failed);
        e.verifyCommand = u"check"_s;
        e.verifyExitCode = 0;
        e.verifyOutput.text = u"ok\n"_s;
        const QJsonObject payload = QJsonDocument::fromJson(e.toPayload().toUtf8()).object();
        QCOMPARE(payload.value(u"outcome"_s).toString(), u"failed"_s);
        const std::optional<CommandEvidence> back = CommandEvidence::fromPayload(payload);
        QVERIFY(back);
        QCOMPARE(*back, e);
        QVERIFY(!CommandEvidence::fromPayload(QJsonObject{{u"outcome"_s, u"won"_s}}));
        for (const QString &name : {u"passed"_s, u"failed"_s, u"verify-failed"_s, u"timed-out"_s,
                                    u"cancelled"_s, u"failed-to-start"_s, u"crashed"_s})
            QCOMPARE(CommandEvidence::outcomeName(*CommandEvidence::outcomeFromName(name)), name);
        e.endMs = e.startMs + 3500;
        QCOMPARE(e.summary(), u"failed (exit 2) after 3s"_s);
        e.command = u"pg_restore --clean \\\n  dump.sql"_s;
        QCOMPARE(e.shortCommand(), u"pg_restore --clean \\…"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandRun)
#include "tst_commandrun.moc"
