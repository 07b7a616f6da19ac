// The DR programme at a date: one row per runbook and environment known to the database (the
// runbooks of its revisions and drills; the environments the runbook lists and those drilled):
// the last drill, when the next is due by the runbook's cadence and how overdue it is, the
// confidence and why, the last RTO against its target, the action items still open (and how many
// are past their due date), whether the runbook changed since its last drill there, and who has
// driven it. Read through the stores; nothing is written.
#pragma once

#include "rtostatus.h"
#include "runbookconfidence.h"
#include "storeresult.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class StoreConnection;

class ProgrammeStatus
{
public:
    struct Row
    {
        QString runbookId;
        QString title;
        QString environment;
        qint64 cadenceDays = RunbookConfidence::defaultCadenceDays;
        bool cadenceSet = false;
        // The last ended drill here up to today (the confidence's inputs have its outcome).
        std::optional<RunbookConfidence::Drilled> lastDrill;
        QDate nextDue;          // the last drill's end + cadence; never drilled: today
        qint64 overdueDays = 0; // today - nextDue when positive
        RunbookConfidence confidence;
        // The last drill's RTO against its target (the target of the revision it ran).
        std::optional<qint64> lastRtoMs;
        qint64 rtoTargetMs = 0;
        RtoStatus rtoStatus = RtoStatus::NotStarted;
        int openItems = 0;    // open action items of this runbook's drills here
        int overdueItems = 0; // of those, due before today
        bool changedSinceLastDrill = false;
        QString currentRevision; // SHA-256 of the revision on file
        QString drilledRevision; // of the last drill's revision; empty: never drilled
        QStringList drivers;     // everyone who drove this runbook (any environment), sorted

        bool overdue() const { return overdueDays > 0; }
        bool neverDrilled() const { return !lastDrill.has_value(); }
        bool singleDriver() const { return drivers.size() == 1; }
    };

    // Every row, ordered by runbook id then environment. nowMs measures drills still running
    // (they are not counted); only drills ended on or before today count.
    static StoreResult<QList<Row>> load(StoreConnection &database, const QDate &today,
                                        qint64 nowMs);

    // The columns of the CSV and the keys of the JSON, for `drilldeck status`.
    static QStringList csvHeader();
    static QStringList csvFields(const Row &row);
    // {"format": "drilldeck-status", "version": 1, "today": DATE, "runbooks": [{id, title,
    // confidence, environments: [...]}]}
    static QJsonObject toJson(const QList<Row> &rows, const QDate &today);
    static constexpr int jsonFormatVersion = 1;

    // "overdue", "due" (today) or "ok": what the status column says, in stable words.
    static QString dueName(const Row &row, const QDate &today);
};
