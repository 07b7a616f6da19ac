// The example database: written from the compiled-in sample runbooks, deterministic, with the
// stories' shapes (a first run of 2 h+, down to ~40 min; Jenkins paused overnight; the
// datacenter failover at ~19 min), and regenerated only when missing or outdated.
#include "actionitemstore.h"
#include "commandevidence.h"
#include "database.h"
#include "demodata.h"
#include "demonightlyruns.h"
#include "demorecords.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "driverhistory.h"
#include "driverrole.h"
#include "runbookhistory.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "signoff.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minute = 60'000;
}

class TestDemoData : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    RunbookHistory history(const QString &runbook, const QString &env = {})
    {
        DrillStore drills(*m_db);
        RunbookRevisionStore revisions(*m_db);
        auto h = RunbookHistory::load(drills, revisions, runbook, env, DemoData::baseMs());
        if (!h)
            qFatal("%s", qPrintable(h.error().message));
        return h.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(u"demo.sqlite"_s);
        auto ensured = DemoData::ensure(m_path);
        QVERIFY2(ensured.ok(), qPrintable(ensured.error().message));
        QCOMPARE(ensured.value(), m_path);
        QCOMPARE(DemoData::versionOf(m_path), DemoData::version);
        auto opened = Database::open(m_path, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
    }
    void cleanupTestCase() { m_db.reset(); }

    void everySampleRunbookIsCompiledIn()
    {
        for (const QString &resource : DemoData::runbookResources())
            QVERIFY2(QFile::exists(resource), qPrintable(resource));
        DrillStore drills(*m_db);
        QCOMPARE(
            RunbookHistory::runbookIds(drills).value(),
            QStringList({u"data-gather-restore"_s, u"datacenter-failover"_s, u"jenkins-rebuild"_s,
                         u"mysql-backup-verification"_s, u"tabletop-failure-levels"_s}));
    }

    void dataGatherGetsFasterFromTwoHoursToFortyMinutes()
    {
        const RunbookHistory h = history(u"data-gather-restore"_s);
        QCOMPARE(h.environments, QStringList({u"production"_s, u"test"_s}));
        QCOMPARE(h.drills.size(), 6);
        const auto test = history(u"data-gather-restore"_s, u"test"_s).drills;
        QCOMPARE(test.size(), 4);
        QVERIFY(*test.first().metrics.rtoMs > 120 * minute);
        for (qsizetype i = 1; i < test.size(); ++i)
            QVERIFY(*test[i].metrics.rtoMs < *test[i - 1].metrics.rtoMs);
        const auto production = history(u"data-gather-restore"_s, u"production"_s).drills;
        const qint64 last = *production.last().metrics.rtoMs;
        QVERIFY2(last > 35 * minute && last < 45 * minute, qPrintable(QString::number(last)));
        QVERIFY(production.first().metrics.startedMs > test.last().metrics.startedMs);
    }

    void jenkinsWasPausedOvernight()
    {
        const auto test = history(u"jenkins-rebuild"_s, u"test"_s).drills;
        const DrillMetrics &m = test.first().metrics;
        QCOMPARE(m.pausedMs, 15 * 60 * minute); // 18:00 to 09:00
        QVERIFY(m.wallMs - m.activeMs == m.pausedMs);
        const StepMetrics *pid = m.step(u"clear-stale-pid"_s);
        QVERIFY(pid);
        QVERIFY(pid->actualMs > 40 * minute);
        DrillStore drills(*m_db);
        const auto events = drills.events(test.first().drill.id).value();
        bool paused = false;
        bool observed = false;
        for (const DrillEvent &e : events) {
            paused |= e.kind == DrillEvent::Kind::Paused &&
                      QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).time() == QTime(18, 0);
            observed |= e.kind == DrillEvent::Kind::Observation && e.text().contains(u"pid"_s);
        }
        QVERIFY(paused);
        QVERIFY(observed);
    }

    // The Jenkins drills wait on machines: the `wait: true` steps and the spans marked with W
    // (terraform init, Jenkins loading its jobs) split their time into hands-on and waiting.
    void jenkinsDrillsSplitHandsOnAndWaiting()
    {
        const auto drills = history(u"jenkins-rebuild"_s).drills;
        QVERIFY(!drills.isEmpty());
        DrillStore store(*m_db);
        for (const DrillSummary &d : drills) {
            const DrillMetrics &m = d.metrics;
            QVERIFY(m.waitingMs > 0);
            QVERIFY(m.waitingMs < m.activeMs);
            const StepMetrics *bake = m.step(u"bake-ami"_s);
            QVERIFY(bake);
            QCOMPARE(bake->waitingMs, bake->actualMs); // wait: true
            const StepMetrics *start = m.step(u"start-jenkins"_s);
            QVERIFY(start->waitingMs > 0 && start->waitingMs < start->actualMs);
            int waits = 0;
            for (const DrillEvent &e : store.events(d.drill.id).value())
                waits += e.kind == DrillEvent::Kind::WaitStarted ? 1 : 0;
            QCOMPARE(waits, 2);
        }
    }

    void datacenterFailoverEndsNearNineteenMinutes()
    {
        const auto production = history(u"datacenter-failover"_s, u"production"_s).drills;
        const qint64 last = *production.last().metrics.rtoMs;
        QVERIFY2(last > 17 * minute && last < 21 * minute, qPrintable(QString::number(last)));
    }

    // Every failover drill decided on the replicas: restore from backup (the replicas lagged),
    // but the last production drill promoted them; the other branch is not taken, and the
    // decision time is the decision step's time.
    void failoverDrillsDecide()
    {
        QStringList chosen;
        for (const QString &env : {u"staging"_s, u"production"_s})
            for (const DrillSummary &d : history(u"datacenter-failover"_s, env).drills) {
                const StepMetrics *ask = d.metrics.step(u"check-replica-lag"_s);
                QVERIFY(ask);
                QCOMPARE(ask->status, StepStatus::Done);
                QVERIFY(ask->decisionMs > 0);
                QCOMPARE(d.metrics.decisionMs, ask->decisionMs);
                QCOMPARE(d.metrics.notTakenSteps, 1);
                const bool promoted =
                    d.metrics.step(u"restore-stacks"_s)->status == StepStatus::NotTaken;
                QCOMPARE(d.metrics.step(u"promote-replicas"_s)->status,
                         promoted ? StepStatus::Done : StepStatus::NotTaken);
                chosen << env + (promoted ? u":yes"_s : u":no"_s);
            }
        QCOMPARE(chosen, (QStringList{u"staging:no"_s, u"staging:no"_s, u"production:no"_s,
                                      u"production:yes"_s}));
    }

    void everyDrillHasRpoInjectsAndObservations()
    {
        DrillStore drills(*m_db);
        const auto all = drills.drills().value();
        QVERIFY(all.size() >= 20);
        const auto logs = drills.eventsOfDrills().value();
        for (const Drill &d : all) {
            if (d.runKind == Drill::RunKind::Automated)
                continue; // nobody in the room: no injects, no observations (below)
            int injects = 0;
            int observations = 0;
            int restored = 0;
            for (const DrillEvent &e : logs.value(d.id)) {
                injects += e.kind == DrillEvent::Kind::InjectRevealed;
                observations += e.kind == DrillEvent::Kind::Observation;
                restored += e.kind == DrillEvent::Kind::DataRestoredAt;
            }
            QVERIFY2(injects == 1 && observations >= 1 && restored == 1,
                     qPrintable(d.runbookId + u' ' + d.environment));
        }
    }

    // A month of nightly `drilldeck run`s of the backup verification in production, among the
    // hand-run drills by date and iteration; every automated step's command has its evidence;
    // one night fails at decrypting the backup and does not restore the service.
    void nightlyRunsOfTheBackupVerification()
    {
        const auto production =
            history(u"mysql-backup-verification"_s, u"production"_s).drills; // by iteration
        QList<DrillSummary> nightly;
        int handRun = 0;
        for (qsizetype i = 0; i < production.size(); ++i) {
            const DrillSummary &d = production[i];
            QCOMPARE(d.drill.iteration, int(i) + 1);
            if (i > 0) // iterations follow the dates, hand-run and automated together
                QVERIFY(d.metrics.startedMs > production[i - 1].metrics.startedMs);
            if (d.drill.runKind == Drill::RunKind::Automated)
                nightly.append(d);
            else
                ++handRun;
        }
        QCOMPARE(nightly.size(), DemoNightlyRuns::nights);
        QCOMPARE(nightly.size(), 30);
        QCOMPARE(handRun, 2);
        QVERIFY(production.first().drill.runKind == Drill::RunKind::Automated);
        QVERIFY(production.last().drill.runKind == Drill::RunKind::Automated);
        // No other runbook or environment has automated runs.
        DrillStore drills(*m_db);
        int automated = 0;
        for (const Drill &d : drills.drills().value())
            automated += d.runKind == Drill::RunKind::Automated;
        QCOMPARE(automated, 30);

        const auto logs = drills.eventsOfDrills().value();
        QList<qint64> failed;
        for (const DrillSummary &d : std::as_const(nightly)) {
            QCOMPARE(d.drill.facilitator, u"drilldeck run"_s);
            int passed = 0;
            for (const DrillEvent &e : logs.value(d.drill.id)) {
                QCOMPARE(e.author, u"drilldeck run"_s);
                if (e.kind != DrillEvent::Kind::CommandRun)
                    continue;
                const auto evidence = CommandEvidence::fromPayload(e.payloadObject());
                QVERIFY(evidence);
                QVERIFY(!evidence->command.isEmpty());
                QVERIFY(evidence->endMs >= evidence->startMs);
                if (evidence->passed()) {
                    ++passed;
                    continue;
                }
                failed << d.drill.id;
                QCOMPARE(e.stepId, u"decrypt-extract"_s);
                QCOMPARE(evidence->outcome, CommandEvidence::Outcome::Failed);
                QCOMPARE(evidence->exitCode, 2);
                QVERIFY2(
                    evidence->outputTail().contains(u"gpg: decryption failed: No secret key"_s),
                    qPrintable(evidence->outputTail()));
            }
            if (failed.contains(d.drill.id)) {
                QCOMPARE(d.metrics.rtoStatus(), RtoStatus::NotRestored);
                QCOMPARE(passed, 5); // xtrabackup, upload, boot, install, fetch
                QCOMPARE(d.metrics.step(u"data-checks"_s)->status, StepStatus::Skipped);
            } else {
                QCOMPARE(d.metrics.rtoStatus(), RtoStatus::Met);
                QCOMPARE(passed, 10); // every automated step with a command
                QVERIFY2(*d.metrics.rtoMs > 25 * minute && *d.metrics.rtoMs < 50 * minute,
                         qPrintable(QString::number(*d.metrics.rtoMs)));
            }
        }
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst(), nightly[DemoNightlyRuns::failingNight].drill.id);
        // The unattended chain gets slower through the month.
        QVERIFY(*nightly.last().metrics.rtoMs > *nightly.first().metrics.rtoMs + 5 * minute);
    }

    // The audit's records: sign-offs on every ended hand-run drill but the last tabletop one,
    // one with reservations, one a later edit predates; items closed in the next drill and
    // two still open, one overdue on the day the example is seen from; the Jenkins runbook
    // changed since its last drill; a cadence in every sample runbook.
    void auditRecords()
    {
        DrillStore drills(*m_db);
        ActionItemStore items(*m_db);
        RunbookRevisionStore revisions(*m_db);
        const auto logs = drills.eventsOfDrills().value();
        int signedDrills = 0, unsignedDrills = 0, withReservations = 0, predating = 0;
        for (const Drill &d : drills.drills().value()) {
            const QList<DrillEvent> log = logs.value(d.id);
            const QList<SignOff> signOffs = SignOff::of(log);
            if (d.runKind == Drill::RunKind::Automated) {
                QVERIFY(signOffs.isEmpty());
                continue;
            }
            signOffs.isEmpty() ? ++unsignedDrills : ++signedDrills;
            for (const SignOff &s : signOffs) {
                QVERIFY(!s.name.isEmpty() && !s.role.isEmpty());
                withReservations += s.withReservations();
                predating += s.predatesChanges();
                QVERIFY(s.timeMs > logs.value(d.id).constFirst().timeMs);
            }
            if (signOffs.isEmpty())
                QCOMPARE(d.runbookId, u"tabletop-failure-levels"_s);
        }
        QCOMPARE(unsignedDrills, 1);
        QCOMPARE(signedDrills, 21);
        QCOMPARE(withReservations, 1);
        QCOMPARE(predating, 1);

        int open = 0, overdue = 0, closed = 0;
        for (const Drill &d : drills.drills().value())
            for (const ActionItem &item : items.items(d.id).value()) {
                if (item.isOpen()) {
                    ++open;
                    overdue +=
                        QDate::fromString(item.dueDate, Qt::ISODate) < DemoRecords::asOfDate();
                } else {
                    ++closed;
                    QVERIFY(item.closedInDrillId > item.drillId);
                    // Closed with its evidence: what was done and the ticket that proves it.
                    QVERIFY(!item.closingNote.isEmpty());
                    QVERIFY(item.closingLink.startsWith(u"https://"_s));
                    QVERIFY(item.closedMs > item.createdMs);
                }
            }
        QCOMPARE(open, 2);
        QCOMPARE(overdue, 1);
        QCOMPARE(closed, 4);

        // Jenkins: the newest revision (first) was saved by the production drill, never drilled
        // since.
        const QList<RunbookRevision> jenkins = revisions.revisions(u"jenkins-rebuild"_s).value();
        QCOMPARE(jenkins.size(), 2);
        for (const Drill &d : drills.drills({u"jenkins-rebuild"_s, {}}).value())
            QVERIFY(d.revisionId != jenkins.constFirst().id);
        const RunbookLoadResult saved =
            RunbookLoader::loadText(jenkins.constFirst().yaml.toUtf8(), u"saved.yaml"_s);
        QVERIFY(saved.ok());
        QVERIFY(saved.runbook->findStep(u"check-agent-keys"_s));

        for (const QString &resource : DemoData::runbookResources()) {
            QFile f(resource);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const RunbookLoadResult r = RunbookLoader::loadText(f.readAll(), resource);
            QVERIFY2(r.ok() && r.runbook->cadenceSeconds >= 30 * 86400, qPrintable(resource));
        }
    }

    // Issue 23: the drivers rotate, so every runbook has had several drivers and drills driven
    // by someone new after the first; the backup verification stays with Eva, the one runbook
    // only one person ever drove (a knowledge silo).
    void driversRotateButOneRunbookHasASingleDriver()
    {
        DrillStore drills(*m_db);
        RunbookRevisionStore revisions(*m_db);
        auto all = DrillHistory::load(drills, revisions, {}, DemoData::baseMs());
        QVERIFY(all.ok());
        const DriverHistory h = DriverHistory::of(all.value());
        QCOMPARE(h.singleDriverRunbooks(), QStringList{u"mysql-backup-verification"_s});
        QCOMPARE(h.driversOf(u"mysql-backup-verification"_s), QStringList{u"Eva"_s});
        QCOMPARE(h.driversOf(u"data-gather-restore"_s),
                 (QStringList{u"Aylin"_s, u"Jonas"_s, u"Maria"_s}));
        QCOMPARE(h.driversOf(u"jenkins-rebuild"_s), (QStringList{u"Leo"_s, u"Priya"_s, u"Sam"_s}));
        QCOMPARE(h.driversOf(u"tabletop-failure-levels"_s), (QStringList{u"Ada"_s, u"Ben"_s}));
        QStringList jenkins;
        for (const DriverHistory::Driven &d : h.drillsOf(u"jenkins-rebuild"_s))
            jenkins << d.drivers.join(u'+') + (d.drivenBySomeoneNew() ? u" (new)"_s : QString());
        QCOMPARE(jenkins,
                 (QStringList{u"Sam (new)"_s, u"Priya (new)"_s, u"Leo (new)"_s, u"Sam"_s}));
        // One driver per drill; the roles are handed over, nobody gets two.
        for (const DrillSummary &s : all.value()) {
            if (s.drill.runKind == Drill::RunKind::Automated)
                continue;
            QCOMPARE(DriverRole::driversOf(s.drill).size(), 1);
            QStringList names;
            for (const Participant &p : s.drill.participants)
                names << p.name;
            names.removeDuplicates();
            QCOMPARE(names.size(), s.drill.participants.size());
        }
        // For the next mysql drill, someone else than Eva is suggested.
        QVERIFY(h.suggestDriver(u"mysql-backup-verification"_s).name != u"Eva"_s);
        QCOMPARE(h.suggestDriver(u"mysql-backup-verification"_s).tally.drills, 0);
    }

    void isDeterministic()
    {
        const QString other = m_dir.filePath(u"again.sqlite"_s);
        QVERIFY(!DemoData::write(other));
        auto opened = Database::open(other, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        DrillStore a(*m_db);
        DrillStore b(*db);
        QCOMPARE(b.drills().value(), a.drills().value());
        const auto logsA = a.eventsOfDrills().value();
        const auto logsB = b.eventsOfDrills().value();
        QCOMPARE(logsB.keys().size(), logsA.keys().size());
        for (auto it = logsA.begin(); it != logsA.end(); ++it)
            QCOMPARE(logsB.value(it.key()), it.value());
    }

    void isRegeneratedOnlyWhenOutdated()
    {
        const QString path = m_dir.filePath(u"stale.sqlite"_s);
        QVERIFY(DemoData::ensure(path).ok());
        const QDateTime written = QFileInfo(path).lastModified();
        QVERIFY(DemoData::ensure(path).ok());
        QCOMPARE(QFileInfo(path).lastModified(), written);
        QFile stamp(path + u".version"_s);
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.write("0");
        stamp.close();
        QCOMPARE(DemoData::versionOf(path), 0);
        QVERIFY(DemoData::ensure(path).ok());
        QCOMPARE(DemoData::versionOf(path), DemoData::version);
        QCOMPARE(DemoData::schemaOf(path), Database::latestVersion());

        // Written by an older DrillDeck (the stamp of before the schema was in it): rebuilt
        // for this schema, so `--demo` never stops at "open it once to upgrade it".
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.write(QByteArray::number(DemoData::version));
        stamp.close();
        QCOMPARE(DemoData::schemaOf(path), 0);
        QVERIFY(DemoData::ensure(path).ok());
        QCOMPARE(DemoData::schemaOf(path), Database::latestVersion());
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
