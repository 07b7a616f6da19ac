#include "programmestatus.h"

#include "actionitemstore.h"
#include "drillhistory.h"
#include "drillstore.h"
#include "driverhistory.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The revision on file: the one last seen, whether stored, drilled or saved by a drill.
struct OnFile
{
    qint64 ms = -1;
    QString sha256;

    void seen(qint64 atMs, const QString &hash)
    {
        if (!hash.isEmpty() && atMs >= ms) {
            ms = atMs;
            sha256 = hash;
        }
    }
};

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString seconds(std::optional<qint64> ms)
{
    return ms ? QString::number(DrillHistory::seconds(*ms)) : QString();
}

QJsonObject drilledJson(const std::optional<RunbookConfidence::Drilled> &d)
{
    if (!d)
        return {};
    return QJsonObject{{u"id"_s, d->drillId},
                       {u"iteration"_s, d->iteration},
                       {u"runKind"_s, Drill::runKindName(d->runKind)},
                       {u"ended"_s, d->ended.toString(Qt::ISODate)},
                       {u"outcome"_s, d->outcome},
                       {u"succeeded"_s, d->succeeded}};
}

QJsonValue drilledOrNull(const std::optional<RunbookConfidence::Drilled> &d)
{
    return d ? QJsonValue(drilledJson(d)) : QJsonValue(QJsonValue::Null);
}
} // namespace

StoreResult<QList<ProgrammeStatus::Row>> ProgrammeStatus::load(StoreConnection &database,
                                                               const QDate &today, qint64 nowMs)
{
    const DrillStore drills(database);
    const RunbookRevisionStore revisions(database);
    const ActionItemStore actionItems(database);
    auto history = DrillHistory::load(drills, revisions, {}, nowMs);
    if (!history)
        return history.error();
    auto latest = revisions.latestRevisions();
    if (!latest)
        return latest.error();

    QMap<QString, QList<DrillSummary>> byRunbook; // sorted by runbook id
    QHash<QString, RunbookRevision> latestOf;
    for (const RunbookRevision &r : latest.value()) {
        byRunbook[r.runbookId];
        latestOf.insert(r.runbookId, r);
    }
    for (const DrillSummary &s : history.value())
        byRunbook[s.drill.runbookId].append(s);

    const DriverHistory driven = DriverHistory::of(history.value());
    QList<Row> rows;
    for (auto it = byRunbook.cbegin(); it != byRunbook.cend(); ++it) {
        const QString &runbookId = it.key();
        const QList<DrillSummary> &list = it.value();

        OnFile onFile;
        if (latestOf.contains(runbookId))
            onFile.seen(latestOf[runbookId].createdMs, latestOf[runbookId].sha256);
        const QStringList drivers = driven.driversOf(runbookId);
        QHash<qint64, QString> environmentOfDrill;
        QStringList drilledEnvironments;
        for (const DrillSummary &s : list) {
            onFile.seen(s.drill.createdMs, s.revisionHash);
            for (const DrillEvent &e : s.events)
                if (e.kind == DrillEvent::Kind::RunbookSaved)
                    onFile.seen(e.timeMs, e.payloadObject().value(u"sha256"_s).toString());
            environmentOfDrill.insert(s.drill.id, s.drill.environment);
            if (!drilledEnvironments.contains(s.drill.environment))
                drilledEnvironments.append(s.drill.environment);
        }

        // The runbook as it is on file: its title, cadence and environments.
        RunbookRevision revision = latestOf.value(runbookId);
        if (revision.sha256 != onFile.sha256) {
            auto found = revisions.revisionByHash(onFile.sha256);
            if (found)
                revision = found.value();
            else if (found.error().code != StoreError::Code::NotFound)
                return found.error();
        }
        QString title = revision.title;
        qint64 cadenceSeconds = 0;
        QStringList environments;
        const RunbookLoadResult loaded = RunbookLoader::loadText(revision.yaml.toUtf8(), runbookId);
        if (loaded.ok()) {
            title = loaded.runbook->title;
            cadenceSeconds = loaded.runbook->cadenceSeconds;
            environments = loaded.runbook->environments;
        }
        if (title.isEmpty() && !list.isEmpty())
            title = list.constLast().runbookTitle;
        std::sort(drilledEnvironments.begin(), drilledEnvironments.end());
        for (const QString &e : std::as_const(drilledEnvironments))
            if (!environments.contains(e))
                environments.append(e);

        auto open = actionItems.openItemsBefore(runbookId);
        if (!open)
            return open.error();

        for (const QString &environment : std::as_const(environments)) {
            RunbookConfidence::Inputs inputs =
                RunbookConfidence::inputsFrom(list, environment, cadenceSeconds, false, today);
            Row row;
            row.runbookId = runbookId;
            row.title = title;
            row.environment = environment;
            row.cadenceDays = inputs.cadenceDays;
            row.cadenceSet = inputs.cadenceSet;
            row.lastDrill = inputs.lastDrill;
            row.currentRevision = onFile.sha256;
            row.drivers = drivers;
            if (inputs.lastDrill) {
                const auto last =
                    std::find_if(list.cbegin(), list.cend(), [&](const DrillSummary &s) {
                        return s.drill.id == inputs.lastDrill->drillId;
                    });
                row.drilledRevision = last->revisionHash;
                row.changedSinceLastDrill =
                    !onFile.sha256.isEmpty() && last->revisionHash != onFile.sha256;
                row.lastRtoMs = last->metrics.rtoMs;
                row.rtoTargetMs = last->metrics.rtoTargetMs;
                row.rtoStatus = last->metrics.rtoStatus();
                row.nextDue = inputs.lastDrill->ended.addDays(inputs.cadenceDays);
            } else {
                row.nextDue = today;
            }
            row.overdueDays = std::max<qint64>(0, row.nextDue.daysTo(today));
            inputs.changedSinceLastDrill = row.changedSinceLastDrill;
            row.confidence = RunbookConfidence::assess(inputs);
            for (const ActionItem &item : open.value()) {
                if (environmentOfDrill.value(item.drillId) != environment)
                    continue;
                ++row.openItems;
                const QDate due = QDate::fromString(item.dueDate, Qt::ISODate);
                if (due.isValid() && due < today)
                    ++row.overdueItems;
            }
            rows.append(row);
        }
    }
    return rows;
}

QString ProgrammeStatus::dueName(const Row &row, const QDate &today)
{
    if (row.overdue())
        return u"overdue"_s;
    if (row.nextDue == today)
        return u"due"_s;
    return u"ok"_s;
}

QStringList ProgrammeStatus::csvHeader()
{
    return {u"runbook"_s,
            u"title"_s,
            u"environment"_s,
            u"production"_s,
            u"cadence_days"_s,
            u"cadence_set"_s,
            u"last_drill_id"_s,
            u"iteration"_s,
            u"run_kind"_s,
            u"last_drill_date"_s,
            u"outcome"_s,
            u"next_due"_s,
            u"overdue_days"_s,
            u"status"_s,
            u"confidence"_s,
            u"decayed"_s,
            u"changed_since_last_drill"_s,
            u"rto_seconds"_s,
            u"rto_target_seconds"_s,
            u"rto_status"_s,
            u"open_items"_s,
            u"overdue_items"_s,
            u"drivers"_s,
            u"single_driver"_s};
}

QStringList ProgrammeStatus::csvFields(const Row &row)
{
    const auto &d = row.lastDrill;
    const QDate today = row.confidence.inputs.today;
    auto yesNo = [](bool b) { return b ? u"yes"_s : u"no"_s; };
    return {row.runbookId,
            row.title,
            row.environment,
            yesNo(RunbookConfidence::isProduction(row.environment)),
            QString::number(row.cadenceDays),
            yesNo(row.cadenceSet),
            d ? QString::number(d->drillId) : QString(),
            d ? QString::number(d->iteration) : QString(),
            d ? Drill::runKindName(d->runKind) : QString(),
            d ? d->ended.toString(Qt::ISODate) : QString(),
            d ? d->outcome : QString(),
            row.nextDue.toString(Qt::ISODate),
            QString::number(row.overdueDays),
            dueName(row, today),
            RunbookConfidence::levelName(row.confidence.level),
            yesNo(row.confidence.decayed),
            yesNo(row.changedSinceLastDrill),
            seconds(row.lastRtoMs),
            row.rtoTargetMs > 0 ? QString::number(DrillHistory::seconds(row.rtoTargetMs))
                                : QString(),
            d ? rtoStatusName(row.rtoStatus) : QString(),
            QString::number(row.openItems),
            QString::number(row.overdueItems),
            row.drivers.join(u';'),
            yesNo(row.singleDriver())};
}

QJsonObject ProgrammeStatus::toJson(const QList<Row> &rows, const QDate &today)
{
    QJsonArray runbooks;
    for (qsizetype i = 0; i < rows.size();) {
        const Row &first = rows[i];
        QJsonArray environments;
        QList<RunbookConfidence::Level> levels;
        for (; i < rows.size() && rows[i].runbookId == first.runbookId; ++i) {
            const Row &r = rows[i];
            const RunbookConfidence &c = r.confidence;
            levels.append(c.level);
            environments.append(QJsonObject{
                {u"environment"_s, r.environment},
                {u"production"_s, RunbookConfidence::isProduction(r.environment)},
                {u"lastDrill"_s, drilledOrNull(r.lastDrill)},
                {u"nextDue"_s, dateOrNull(r.nextDue)},
                {u"overdueDays"_s, r.overdueDays},
                {u"status"_s, dueName(r, today)},
                {u"confidence"_s,
                 QJsonObject{
                     {u"level"_s, RunbookConfidence::levelName(c.level)},
                     {u"decayed"_s, c.decayed},
                     {u"why"_s, c.why()},
                     {u"drillsCounted"_s, c.inputs.drillsCounted},
                     {u"lastSuccess"_s, drilledOrNull(c.inputs.lastSuccess)},
                     {u"successAgeDays"_s, c.inputs.lastSuccess ? QJsonValue(c.successAgeDays())
                                                                : QJsonValue(QJsonValue::Null)},
                 }},
                {u"rto"_s,
                 QJsonObject{
                     {u"seconds"_s, r.lastRtoMs ? QJsonValue(DrillHistory::seconds(*r.lastRtoMs))
                                                : QJsonValue(QJsonValue::Null)},
                     {u"targetSeconds"_s, r.rtoTargetMs > 0
                                              ? QJsonValue(DrillHistory::seconds(r.rtoTargetMs))
                                              : QJsonValue(QJsonValue::Null)},
                     {u"status"_s, r.lastDrill ? QJsonValue(rtoStatusName(r.rtoStatus))
                                               : QJsonValue(QJsonValue::Null)},
                 }},
                {u"actionItems"_s,
                 QJsonObject{{u"open"_s, r.openItems}, {u"overdue"_s, r.overdueItems}}},
                {u"changedSinceLastDrill"_s, r.changedSinceLastDrill},
                {u"revision"_s, QJsonObject{{u"current"_s, r.currentRevision},
                                            {u"drilled"_s, r.drilledRevision.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(r.drilledRevision)}}},
            });
        }
        runbooks.append(QJsonObject{
            {u"id"_s, first.runbookId},
            {u"title"_s, first.title},
            {u"cadenceDays"_s, first.cadenceDays},
            {u"cadenceSet"_s, first.cadenceSet},
            {u"confidence"_s, RunbookConfidence::levelName(RunbookConfidence::overall(levels))},
            {u"drivers"_s, QJsonArray::fromStringList(first.drivers)},
            {u"singleDriver"_s, first.singleDriver()},
            {u"environments"_s, environments},
        });
    }
    return QJsonObject{{u"format"_s, u"drilldeck-status"_s},
                       {u"version"_s, jsonFormatVersion},
                       {u"today"_s, today.toString(Qt::ISODate)},
                       {u"runbooks"_s, runbooks}};
}
