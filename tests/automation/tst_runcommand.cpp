// `drilldeck run` through the real binary and real shells: the drill it records (automated, the
// evidence of every step, RTO), a failure (exit 1, nothing after it, the JUnit report), keep
// going, parallel jobs, trust (nothing runs without it), usage errors, and a kill -9 mid-way.
#include "commandevidence.h"
#include "drillanalysis.h"
#include "drilldeckprocess.h"
#include "drillengine.h"
#include "drillevent.h"
#include "drillsession.h"
#include "drillstore.h"
#include "runbookloader.h"
#include "runbooktrust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
struct TestStep
{
    QString id;
    QString command; // empty: a manual step
    QStringList dependsOn = {};
    QString extra = {}; // more YAML keys, each line indented as a step key
};

// What one testcase of the JUnit report says.
struct JUnitCase
{
    QString classname;
    QString failureMessage;
    QString failureText;
    QString skippedMessage;
    bool skipped = false;
};

QByteArray yamlQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return '"' + quoted.toUtf8() + '"';
}
} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A folder (and so a database and a home) of its own for each test.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup();

    void allPassedRecordsAnAutomatedDrill();
    void failureStopsTheStepsAfterIt();
    void keepGoingRunsWhatDoesNotNeedTheFailure();
    void jobsRunIndependentStepsTogether();
    void untrustedRunsNothing();
    void usageErrors_data();
    void usageErrors();
    void killedMidwayLeavesADrillToResume();
    void terminatedRunStopsItsCommandsAndAborts();
    void runbookChangedWhileRunningRunsWhatWasTrusted();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QProcessEnvironment env() const { return DrillDeckProcess::environment(path(u"home"_s)); }
    QString writeRunbook(const QList<TestStep> &steps, const QString &name = u"rb.yaml"_s);
    // `drilldeck run RUNBOOK --db (the test's) OPTIONS`, in env() plus extraEnvironment.
    DrillDeckProcess::Result run(const QString &runbook, const QStringList &options,
                                 const QHash<QString, QString> &extraEnvironment = {});
    // The drills of the test's database and the events of the last one.
    QList<Drill> drills();
    QList<DrillEvent> events(qint64 drillId);
    static std::optional<CommandEvidence> evidenceOf(const QList<DrillEvent> &events,
                                                     const QString &stepId);
    // Starts `drilldeck run RUNBOOK --trust OPTIONS` until a step writes pidFile; the pid read
    // from it goes to m_leftoverPid (cleanup() kills it).
    void startUntilPidFile(QProcess &p, const QString &runbook, const QString &pidFile,
                           const QStringList &options);
    static QHash<QString, JUnitCase> readJUnit(const QString &file, QString *suiteCounts);

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_leftoverPid = 0;
};

void TestRunCommand::startUntilPidFile(QProcess &p, const QString &runbook, const QString &pidFile,
                                       const QStringList &options)
{
    DrillDeckProcess::start(p,
                            QStringList{u"run"_s, runbook, u"--db"_s, path(u"dd.sqlite"_s),
                                        u"--env"_s, u"staging"_s, u"--trust"_s} +
                                options,
                            env());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), 60000);
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    m_leftoverPid = pid.readAll().trimmed().toLongLong();
}

void TestRunCommand::cleanup()
{
    if (m_leftoverPid > 0)
        ::kill(pid_t(m_leftoverPid), SIGKILL);
    m_leftoverPid = 0;
}

QString TestRunCommand::writeRunbook(const QList<TestStep> &steps, const QString &name)
{
    QByteArray yaml = "drilldeck: 1\nid: nightly\ntitle: Nightly restore\n"
                      "environments: [staging, production]\n"
                      "phases:\n  - id: restore\n    title: Restore\n    steps:\n";
    for (const TestStep &s : steps) {
        yaml += "      - id: " + s.id.toUtf8() + "\n        title: Step " + s.id.toUtf8() + '\n';
        if (!s.command.isEmpty())
            yaml +=
                "        automation: automated\n        command: " + yamlQuoted(s.command) + '\n';
        if (!s.dependsOn.isEmpty())
            yaml += "        depends_on: [" + s.dependsOn.join(u", "_s).toUtf8() + "]\n";
        if (!s.extra.isEmpty())
            yaml += "        " + s.extra.toUtf8() + '\n';
    }
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

DrillDeckProcess::Result TestRunCommand::run(const QString &runbook, const QStringList &options,
                                             const QHash<QString, QString> &extraEnvironment)
{
    QProcessEnvironment environment = env();
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return DrillDeckProcess::run(
        QStringList{u"run"_s, runbook, u"--db"_s, path(u"dd.sqlite"_s)} + options, environment);
}

QList<Drill> TestRunCommand::drills()
{
    auto session = DrillSession::open(path(u"dd.sqlite"_s));
    if (!session)
        qFatal("cannot open the database: %s", qPrintable(session.error().message));
    auto all = session.value()->drills().drills();
    return all ? all.value() : QList<Drill>{};
}

QList<DrillEvent> TestRunCommand::events(qint64 drillId)
{
    auto session = DrillSession::open(path(u"dd.sqlite"_s));
    if (!session)
        qFatal("cannot open the database: %s", qPrintable(session.error().message));
    auto stored = session.value()->drills().events(drillId);
    return stored ? stored.value() : QList<DrillEvent>{};
}

std::optional<CommandEvidence> TestRunCommand::evidenceOf(const QList<DrillEvent> &events,
                                                          const QString &stepId)
{
    for (const DrillEvent &e : events)
        if (e.kind == DrillEvent::Kind::CommandRun && e.stepId == stepId)
            return CommandEvidence::fromPayload(e.payloadObject());
    return std::nullopt;
}

QHash<QString, JUnitCase> TestRunCommand::readJUnit(const QString &file, QString *suiteCounts)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QHash<QString, JUnitCase> cases;
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"testsuite") {
            *suiteCounts = u"tests=%1 failures=%2 skipped=%3"_s.arg(
                a.value(u"tests"_s), a.value(u"failures"_s), a.value(u"skipped"_s));
        } else if (xml.name() == u"testcase") {
            current = a.value(u"name"_s).toString();
            cases[current].classname = a.value(u"classname"_s).toString();
        } else if (xml.name() == u"failure") {
            cases[current].failureMessage = a.value(u"message"_s).toString();
            cases[current].failureText = xml.readElementText();
        } else if (xml.name() == u"skipped") {
            cases[current].skipped = true;
            cases[current].skippedMessage = a.value(u"message"_s).toString();
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(file), qPrintable(xml.errorString()));
    return xml.hasError() ? QHash<QString, JUnitCase>{} : cases;
}

void TestRunCommand::allPassedRecordsAnAutomatedDrill()
{
    const QString runbook = writeRunbook({
        {u"announce"_s, {}},
        {u"backup"_s, u"echo backed up"_s},
        {u"restore"_s,
         u"echo restored; echo warming up >&2"_s,
         {u"backup"_s},
         u"milestone: service-restored"_s},
        {u"check"_s, u"test -n \"$HOME\""_s, {u"restore"_s}},
    });
    const auto r = run(runbook, {u"--env"_s, u"staging"_s, u"--trust"_s});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"drill 1: nightly, staging, iteration 1\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"announce: not run: manual step in an automated run\n"_s));
    QVERIFY(r.out.contains(u"backup: started\n"_s));
    QVERIFY(r.out.contains(u"backup: passed in "_s));
    QVERIFY2(r.out.contains(u"drill 1 finished: 3 passed, 0 failed, 1 not run; RTO "_s),
             qPrintable(r.out));

    const QList<Drill> stored = drills();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].runKind, Drill::RunKind::Automated);
    QCOMPARE(stored[0].environment, u"staging"_s);
    QCOMPARE(stored[0].facilitator, u"drilldeck run"_s);
    const QList<DrillEvent> log = events(stored[0].id);
    QCOMPARE(Drill::stateFromEvents(log), Drill::State::Finished);
    const auto backup = evidenceOf(log, u"backup"_s);
    QVERIFY(backup);
    QVERIFY(backup->passed());
    QCOMPARE(backup->standardOutput.text, u"backed up\n"_s);
    const auto restore = evidenceOf(log, u"restore"_s);
    QVERIFY(restore);
    QCOMPARE(restore->standardError.text, u"warming up\n"_s);
    QVERIFY(!evidenceOf(log, u"announce"_s));
    for (const DrillEvent &e : log)
        QCOMPARE(e.author, u"drilldeck run"_s);

    // The RTO is measured to the milestone, as for any drill.
    const RunbookLoadResult loaded = RunbookLoader::loadFile(runbook);
    QVERIFY(loaded.ok());
    const DrillMetrics m = DrillAnalysis::analyse(*loaded.runbook, log, std::nullopt, 0);
    QVERIFY(m.rtoMs);
    QVERIFY(m.rtoFromMilestone);
    QCOMPARE(m.doneSteps, 3);
    QCOMPARE(m.skippedSteps, 1);

    // The next run is the next iteration of the same runbook and environment.
    const auto again = run(runbook, {u"--env"_s, u"staging"_s, u"--trust"_s});
    QVERIFY2(again.exitedWith(0), qPrintable(again.describe()));
    QVERIFY(again.out.contains(u"drill 2: nightly, staging, iteration 2\n"_s));
}

void TestRunCommand::failureStopsTheStepsAfterIt()
{
    const QString touched = path(u"touched"_s);
    const QString independent = path(u"independent"_s);
    const QString runbook = writeRunbook({
        {u"first"_s, u"echo one"_s},
        // Control characters and markup in the output: the report is still valid XML.
        {u"broken"_s, u"echo fine; printf 'oops \\001 <&> ]]>\\n' >&2; exit 3"_s, {u"first"_s}},
        {u"after"_s, u"touch '%1'"_s.arg(touched), {u"broken"_s}, u"milestone: service-restored"_s},
        {u"other"_s, u"touch '%1'"_s.arg(independent)}, // ready, but after the failure
    });
    const QString junit = path(u"report.xml"_s);
    const auto r = run(runbook, {u"--env"_s, u"staging"_s, u"--trust"_s, u"--junit"_s, junit});
    QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"broken: failed: exit 3 after "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"    | oops ␁ <&> ]]>\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"after: not run: stopped after step `broken` failed\n"_s));
    QVERIFY(r.out.contains(u"other: not run: stopped after step `broken` failed\n"_s));
    QVERIFY(r.out.contains(u"drill 1 finished: 1 passed, 1 failed, 2 not run; RTO not restored"_s));
    QVERIFY(!QFile::exists(touched));
    QVERIFY(!QFile::exists(independent));

    const QList<Drill> stored = drills();
    QCOMPARE(stored.size(), 1);
    const QList<DrillEvent> log = events(stored[0].id);
    QCOMPARE(Drill::stateFromEvents(log), Drill::State::Finished);
    const auto broken = evidenceOf(log, u"broken"_s);
    QVERIFY(broken);
    QCOMPARE(broken->outcome, CommandEvidence::Outcome::Failed);
    QCOMPARE(broken->exitCode, 3);
    QVERIFY(!evidenceOf(log, u"after"_s));

    QString counts;
    const QHash<QString, JUnitCase> cases = readJUnit(junit, &counts);
    QCOMPARE(counts, u"tests=4 failures=1 skipped=2"_s);
    QCOMPARE(cases.size(), 4);
    QCOMPARE(cases[u"broken"_s].classname, u"nightly.restore"_s);
    QCOMPARE(cases[u"broken"_s].failureMessage, u"failed: exit 3"_s);
    QVERIFY2(cases[u"broken"_s].failureText.contains(u"oops \uFFFD <&> ]]>"_s),
             qPrintable(cases[u"broken"_s].failureText));
    QVERIFY(cases[u"after"_s].skipped);
    QCOMPARE(cases[u"after"_s].skippedMessage, u"not run: stopped after step `broken` failed"_s);
    QVERIFY(cases[u"first"_s].failureMessage.isEmpty() && !cases[u"first"_s].skipped);
}

void TestRunCommand::keepGoingRunsWhatDoesNotNeedTheFailure()
{
    const QString touched = path(u"touched"_s);
    const QString independent = path(u"independent"_s);
    const QString runbook = writeRunbook({
        {u"broken"_s, u"exit 4"_s},
        {u"after"_s, u"touch '%1'"_s.arg(touched), {u"broken"_s}},
        {u"other"_s, u"touch '%1'"_s.arg(independent)},
    });
    const auto r = run(runbook, {u"--env"_s, u"production"_s, u"--trust"_s, u"--keep-going"_s});
    QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"after: not run: needs step `broken`, which failed\n"_s));
    QVERIFY(r.out.contains(u"other: passed in "_s));
    QVERIFY(!QFile::exists(touched));
    QVERIFY(QFile::exists(independent));
}

void TestRunCommand::jobsRunIndependentStepsTogether()
{
    const QString runbook = writeRunbook({
        {u"left"_s, u"sleep 0.5"_s},
        {u"right"_s, u"sleep 0.5"_s},
        {u"join"_s, u"true"_s, {u"left"_s, u"right"_s}},
    });
    const auto r = run(runbook, {u"--env"_s, u"staging"_s, u"--trust"_s, u"--jobs"_s, u"2"_s});
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    const QList<DrillEvent> log = events(drills().value(0).id);
    const auto left = evidenceOf(log, u"left"_s);
    const auto right = evidenceOf(log, u"right"_s);
    const auto join = evidenceOf(log, u"join"_s);
    QVERIFY(left && right && join);
    // Each ran while the other did; the step that needs both started after both ended.
    QVERIFY2(left->startMs < right->endMs && right->startMs < left->endMs,
             qPrintable(u"left %1-%2, right %3-%4"_s.arg(left->startMs)
                            .arg(left->endMs)
                            .arg(right->startMs)
                            .arg(right->endMs)));
    QVERIFY(join->startMs >= std::max(left->endMs, right->endMs));
}

void TestRunCommand::untrustedRunsNothing()
{
    const QString touched = path(u"touched"_s);
    const QString runbook = writeRunbook({{u"touch"_s, u"touch '%1'"_s.arg(touched)}});
    QFile file(runbook);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

    const auto refused = run(runbook, {u"--env"_s, u"staging"_s});
    QVERIFY2(refused.exitedWith(1), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(u"--trust=%1"_s.arg(sha256)), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"  touch: touch '%1'\n"_s.arg(touched)));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFile::exists(touched));

    const QString wrong(64, u'0');
    const auto mismatch = run(runbook, {u"--env"_s, u"staging"_s, u"--trust="_s + wrong});
    QVERIFY2(mismatch.exitedWith(1), qPrintable(mismatch.describe()));
    QVERIFY2(
        mismatch.err.contains(
            u"--trust=%1 does not match the runbook, whose SHA-256 is %2"_s.arg(wrong, sha256)),
        qPrintable(mismatch.err));
    QVERIFY(!QFile::exists(touched));
    QVERIFY(drills().isEmpty()); // no drill was recorded either

    const auto trusted = run(runbook, {u"--env"_s, u"staging"_s, u"--trust="_s + sha256});
    QVERIFY2(trusted.exitedWith(0), qPrintable(trusted.describe()));
    QVERIFY(QFile::exists(touched));
}

void TestRunCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown environment")
        << QStringList{u"--env"_s, u"prod"_s, u"--trust"_s}
        << u"drilldeck run: unknown environment `prod`; the runbook's environments: staging, "
           u"production\n"_s;
    QTest::newRow("no environment") << QStringList{u"--trust"_s}
                                    << u"drilldeck run: --env ENV is needed; the runbook's "
                                       u"environments: staging, production\n"_s;
    QTest::newRow("jobs 0") << QStringList{u"--env"_s, u"staging"_s, u"--jobs"_s, u"0"_s}
                            << u"drilldeck run: --jobs takes a number from 1 to 64, not `0`\n"_s;
}

void TestRunCommand::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString touched = path(u"touched"_s);
    const QString runbook = writeRunbook({{u"touch"_s, u"touch '%1'"_s.arg(touched)}});
    const auto r = run(runbook, options);
    QVERIFY2(r.exitedWith(2), qPrintable(r.describe()));
    QCOMPARE(r.err, message);
    QVERIFY(!QFile::exists(touched));
}

void TestRunCommand::killedMidwayLeavesADrillToResume()
{
    const QString pidFile = path(u"sleeper.pid"_s);
    const QString runbook = writeRunbook({
        {u"first"_s, u"echo first"_s},
        // Its own process group survives drilldeck's SIGKILL: the test ends it (cleanup()).
        {u"second"_s,
         u"echo $$ > '%1.tmp' && mv '%1.tmp' '%1' && exec sleep 120"_s.arg(pidFile),
         {u"first"_s}},
        {u"third"_s, u"true"_s, {u"second"_s}},
    });
    QProcess p;
    startUntilPidFile(p, runbook, pidFile, {});
    QVERIFY(m_leftoverPid > 0);
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    auto opened = DrillSession::open(path(u"dd.sqlite"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const std::unique_ptr<DrillSession> session = std::move(opened).value();
    const auto unfinished = session->unfinishedDrills();
    QVERIFY(unfinished);
    QCOMPARE(unfinished->size(), 1); // what the console offers to resume
    QCOMPARE(unfinished->constFirst().runKind, Drill::RunKind::Automated);
    const auto resumed = session->resumeDrill(unfinished->constFirst().id);
    QVERIFY(resumed);
    DrillEngine *engine = resumed.value();
    QCOMPARE(engine->state(), Drill::State::Running);
    QCOMPARE(engine->stepStatus(u"first"_s), StepStatus::Done);
    QCOMPARE(engine->stepStatus(u"second"_s), StepStatus::Running);
    QCOMPARE(engine->stepStatus(u"third"_s), StepStatus::NotStarted);
    const auto first = evidenceOf(engine->committedEvents(), u"first"_s);
    QVERIFY(first);
    QCOMPARE(first->standardOutput.text, u"first\n"_s);
    QVERIFY(!evidenceOf(engine->committedEvents(), u"second"_s));
}

void TestRunCommand::runbookChangedWhileRunningRunsWhatWasTrusted()
{
    // The first step rewrites the runbook on disk (the second step's command becomes one that
    // leaves a marker). The run goes on with the content it validated and was trusted with; the
    // evidence names the command that ran; the next run refuses the changed file's new hash.
    const QString marker = path(u"CHANGED"_s); // what the changed command would create
    const QString runbookFile = writeRunbook({
        {u"edit"_s, u"sed -i 's/echo original/touch CHANGED/' \"$RUNBOOK\""_s},
        {u"second"_s, u"echo original"_s, {u"edit"_s}},
    });
    QFile file(runbookFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QString sha256 = RunbookTrust::sha256Of(before);
    const QStringList options = {u"--env"_s, u"staging"_s, u"--trust="_s + sha256};
    const QHash<QString, QString> environment = {{u"RUNBOOK"_s, runbookFile}};
    const auto r = run(runbookFile, options, environment);
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("touch CHANGED")); // the file did change meanwhile
    file.close();
    QVERIFY(!QFile::exists(marker));
    const QList<DrillEvent> log = events(drills().constFirst().id);
    const auto second = evidenceOf(log, u"second"_s);
    QVERIFY(second);
    QCOMPARE(second->command, u"echo original"_s);
    QCOMPARE(second->standardOutput.text, u"original\n"_s);

    const auto again = run(runbookFile, options, environment);
    QVERIFY2(again.exitedWith(1), qPrintable(again.describe()));
    QCOMPARE(drills().size(), 1);
}

void TestRunCommand::terminatedRunStopsItsCommandsAndAborts()
{
    // A cancelled CI job sends SIGTERM: the command's whole group stops (here a background
    // child too), its evidence says so, the drill is aborted, and drilldeck dies of the signal.
    const QString pidFile = path(u"child.pid"_s);
    const QString runbook = writeRunbook({
        {u"first"_s, u"echo first"_s},
        {u"second"_s,
         u"sleep 120 & echo $! > '%1.tmp' && mv '%1.tmp' '%1'; wait"_s.arg(pidFile),
         {u"first"_s}},
        {u"third"_s, u"true"_s, {u"second"_s}},
    });
    const QString junit = path(u"junit.xml"_s);
    QProcess p;
    startUntilPidFile(p, runbook, pidFile, {u"--junit"_s, junit});
    const pid_t child = pid_t(m_leftoverPid); // ended by cleanup() should drilldeck not end it
    QVERIFY(child > 0);
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit); // died of the signal, as the job expects
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"stopped by SIGTERM"_s));
    QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0, 10000); // the background child is gone

    const QList<Drill> all = drills();
    QCOMPARE(all.size(), 1);
    const QList<DrillEvent> log = events(all.constFirst().id);
    QCOMPARE(Drill::stateFromEvents(log), Drill::State::Aborted);
    QCOMPARE(log.constLast().reason(), u"the run was stopped by SIGTERM"_s);
    const auto second = evidenceOf(log, u"second"_s);
    QVERIFY(second);
    QCOMPARE(second->outcome, CommandEvidence::Outcome::Cancelled);
    QVERIFY(!evidenceOf(log, u"third"_s));
    QString counts;
    const QHash<QString, JUnitCase> cases = readJUnit(junit, &counts);
    QVERIFY(!cases.value(u"second"_s).failureMessage.isEmpty());
    QVERIFY(cases.value(u"third"_s).skipped);
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
