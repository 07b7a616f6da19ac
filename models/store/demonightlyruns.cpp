#include "demonightlyruns.h"

#include "commandevidence.h"
#include "demodata.h"
#include "demoschedule.h"
#include "drillstore.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;
const QString author = u"drilldeck run"_s;

// What a passing run of the step wrote, as Jenkins' console shows it; {ts} is the backup's
// timestamp, {build} the build number.
QString passingOutput(const QString &stepId)
{
    if (stepId == u"xtrabackup")
        return u"xtrabackup version 2.4.29 based on MySQL server 5.6.51 Linux (x86_64)\n"
               "xtrabackup: recognized server arguments: --datadir=/var/lib/mysql\n"
               "[01] Streaming ./lbaas/loadbalancers.ibd\n"
               "[01]        ...done\n"
               "[00] Writing /var/backups/lbaas/xtrabackup_info\n"
               "[00]        ...done\n"
               "xtrabackup: Transaction log of lsn (48120938817) to (48121004520) was copied.\n"
               "completed OK!"_s;
    if (stepId == u"upload-swift")
        return u"hourly/lbaas-{ts}.xbstream.gz.gpg segment 0\n"
               "hourly/lbaas-{ts}.xbstream.gz.gpg segment 1\n"
               "hourly/lbaas-{ts}.xbstream.gz.gpg\n"
               "hourly/lbaas-{ts}.sha256"_s;
    if (stepId == u"boot-instance")
        return u"| name              | lbaas-verify-{build}   |\n"
               "| status            | ACTIVE               |\n"
               "| addresses         | lbaas-private=10.0.4.17 |"_s;
    if (stepId == u"install-mysql")
        return u"TASK [percona-server : start mysql] ********************************\n"
               "ok: [10.0.4.17]\n"
               "PLAY RECAP *********************************************************\n"
               "10.0.4.17 : ok=23   changed=17   unreachable=0    failed=0"_s;
    if (stepId == u"fetch-backup")
        return u"/mnt/restore/backup.xbstream.gz.gpg: OK"_s;
    if (stepId == u"decrypt-extract")
        return u"gpg: encrypted with 4096-bit RSA key, ID 5B2F0C9E81D4A7E3, created 2024-11-04\n"
               "      \"LBaaS backup <lbaas-backup@example.net>\""_s;
    if (stepId == u"prepare-restore")
        return u"InnoDB: Starting shutdown...\n"
               "completed OK!\n"
               " * Starting MySQL (Percona Server) database server mysqld   [ OK ]"_s;
    if (stepId == u"data-checks")
        return u"ok   mysqlcheck --all-databases: no errors\n"
               "ok   lbaas.loadbalancers: 18214 rows (18209 at backup time)\n"
               "ok   lbaas.nodes: 90377 rows (90351 at backup time)\n"
               "ok   lbaas.vips: 18214 rows (18209 at backup time)\n"
               "ok   newest lbaas.loadbalancers.updated: 4 min before the backup (RPO 1h)\n"
               "ok   100 of 100 sampled load balancers match the region's API"_s;
    if (stepId == u"page-on-failure")
        return u"{\"status\":\"success\",\"message\":\"Event processed\"}"_s;
    return {};
}

// The night the chain broke: the backup key was rotated on the replica, the verification
// image's keyring lacks the new secret key.
QString failingOutput()
{
    return u"gpg: encrypted with 4096-bit RSA key, ID 9C1E5A0D7F3B2E41, created 2025-05-03\n"
           "      \"LBaaS backup <lbaas-backup@example.net>\"\n"
           "gpg: decryption failed: No secret key\n"
           "\n"
           "gzip: stdin: unexpected end of file\n"
           "xbstream: failed to read the stream header\n"
           "xbstream: premature end of stream"_s;
}

QString skipReason(const Step &step)
{
    if (step.automation == Step::Automation::Manual)
        return u"not run: manual step in an automated run"_s;
    if (step.automation == Step::Automation::Scripted)
        return u"not run: scripted step in an automated run"_s;
    return u"not run: automated step without a command"_s;
}

bool runs(const Step &step)
{
    return step.automation == Step::Automation::Automated && !step.command.trimmed().isEmpty();
}
} // namespace

DemoNightlyRuns::DemoNightlyRuns(DrillStore &store, qint64 revisionId, const Runbook &runbook)
    : m_store(store), m_revisionId(revisionId), m_runbook(runbook), m_random(DemoData::seed + 1)
{}

qint64 DemoNightlyRuns::firstNightMs()
{
    return QDateTime(QDate(2025, 4, 5), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
}

StoreError DemoNightlyRuns::writeUntil(qint64 ms)
{
    for (; m_next < nights && firstNightMs() + m_next * dayMs < ms; ++m_next)
        if (StoreError error = writeNight(m_next, firstNightMs() + m_next * dayMs))
            return error;
    return {};
}

StoreError DemoNightlyRuns::writeNight(int night, qint64 startMs)
{
    const QList<Step> steps = m_runbook.allSteps();
    // The chain slows as the database grows: from ~65 % of the estimates to ~85 % in a month.
    const double pace = 0.63 + 0.22 * double(night) / double(nights - 1);
    QHash<QString, qint64> duration;
    for (const Step &s : steps) {
        if (!runs(s))
            continue;
        const double jitter = 0.92 + 0.16 * m_random.generateDouble();
        const double ms = double(std::max<qint64>(s.expectedSeconds, 60)) * 1000.0 * pace * jitter;
        duration.insert(s.id, std::max<qint64>(qint64(ms) / 1000 * 1000, 4'000));
    }
    const bool failing = night == failingNight;
    QHash<QString, qint64> startAt;
    const QHash<QString, qint64> endAt = DemoSchedule::schedule(steps, duration, {}, &startAt);
    // Failing: the step fails after a fraction of its time; nothing that depends on it runs.
    const qint64 failedAt = failing ? startAt.value(QString::fromLatin1(failingStep)) + 38'000 : 0;

    Drill drill;
    drill.revisionId = m_revisionId;
    drill.runbookId = m_runbook.id;
    drill.environment = QString::fromLatin1(environment);
    drill.facilitator = author;
    drill.runKind = Drill::RunKind::Automated;
    drill.createdMs = startMs;
    auto created = m_store.createDrill(drill, startMs);
    if (!created)
        return created.error();
    const qint64 id = created->id;
    const QString ts =
        QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString build = QString::number(4100 + night);

    struct Pending
    {
        DrillEvent event;
        int order;
    };
    QList<Pending> events;
    auto add = [&](DrillEvent::Kind kind, qint64 offset, const QString &stepId = {},
                   const QString &payload = {}) {
        DrillEvent e;
        e.drillId = id;
        e.timeMs = startMs + offset;
        e.author = author;
        e.kind = kind;
        e.stepId = stepId;
        e.payload = payload;
        events.append({e, DemoSchedule::orderAtEqualTimes(kind)});
    };
    add(DrillEvent::Kind::Started, 0);
    qint64 last = 0;
    for (const Step &s : steps) {
        const qint64 begin = startAt.value(s.id);
        const qint64 end = endAt.value(s.id);
        if (failing && s.id != QLatin1StringView(failingStep) && begin >= failedAt) {
            add(DrillEvent::Kind::StepSkipped, failedAt + 1000, s.id,
                DrillEvent::payloadWith(u"reason"_s,
                                        u"not run: the run stopped at the failure of %1"_s.arg(
                                            QString::fromLatin1(failingStep))));
            continue;
        }
        if (!runs(s)) {
            add(DrillEvent::Kind::StepSkipped, begin, s.id,
                DrillEvent::payloadWith(u"reason"_s, skipReason(s)));
            continue;
        }
        const bool fails = failing && s.id == QLatin1StringView(failingStep);
        CommandEvidence evidence;
        evidence.command = s.command;
        evidence.startMs = startMs + begin;
        evidence.endMs = startMs + (fails ? failedAt : end);
        evidence.outcome =
            fails ? CommandEvidence::Outcome::Failed : CommandEvidence::Outcome::Passed;
        evidence.exitCode = fails ? 2 : 0;
        // xtrabackup and gpg write their progress to stderr.
        const bool toStderr = s.id == u"xtrabackup" || s.id == u"decrypt-extract";
        const QString text = (fails ? failingOutput() : passingOutput(s.id))
                                 .replace(u"{ts}"_s, ts)
                                 .replace(u"{build}"_s, build);
        CommandEvidence::Output &output =
            toStderr ? evidence.standardError : evidence.standardOutput;
        output.text = text.isEmpty() ? QString() : text + u'\n';
        output.totalBytes = output.text.toUtf8().size();
        add(DrillEvent::Kind::StepStarted, begin, s.id);
        add(DrillEvent::Kind::CommandRun, fails ? failedAt : end, s.id, evidence.toPayload());
        if (!fails)
            add(DrillEvent::Kind::StepDone, end, s.id);
        last = std::max(last, fails ? failedAt : end);
    }
    add(DrillEvent::Kind::Finished, last + 3000);
    std::stable_sort(events.begin(), events.end(), [](const Pending &a, const Pending &b) {
        return a.event.timeMs != b.event.timeMs ? a.event.timeMs < b.event.timeMs
                                                : a.order < b.order;
    });
    for (const Pending &p : std::as_const(events))
        if (auto appended = m_store.appendEvent(p.event); !appended)
            return appended.error();
    return {};
}
