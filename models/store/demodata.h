// The example database `drilldeck --demo` opens: drills of the sample runbooks (compiled in as
// resources) in test and production, getting faster iteration by iteration, and a month of
// nightly automated runs of the backup verification (DemoNightlyRuns), one of them failing.
// Deterministic: a fixed seed and a fixed base date, so tests and screenshots are stable.
#pragma once

#include "storeerror.h"
#include "storeresult.h"

#include <QDate>
#include <QString>
#include <QStringList>

class DemoData
{
public:
    // Bump when the generated history changes: older demo files are regenerated.
    // 2: the nightly automated runs; 3: sign-offs, items, cadence; 4: waits in the Jenkins drills
    static constexpr int version = 4;
    static constexpr quint32 seed = 20250303;

    // QStandardPaths::AppDataLocation/demo.sqlite, absolute.
    static QString defaultPath();
    // The resource paths of the sample runbooks (":/runbooks/ID.yaml").
    static QStringList runbookResources();
    // The first drill's start, UTC ms (2025-03-03T09:00:00Z).
    static qint64 baseMs();

    // Writes a fresh demo database at path (replacing it); the file appears complete or not at
    // all.
    static StoreError write(const QString &path);
    // The demo database at path (default: defaultPath()), regenerated when it is missing or
    // older than `version` or written for an older schema. Returns its path.
    static StoreResult<QString> ensure(const QString &path = {});
    // The day due dates are counted from in the database at path: in the example database its
    // own day (DemoRecords::asOfDate, the end of its second quarter), so the picture it paints
    // does not change with the calendar; in any other database today (UTC).
    static QDate todayFor(const QString &path);
    // The version a demo database at path was written by; 0 when none.
    static int versionOf(const QString &path);
    // The schema version the demo database at path was written with; 0 when none or unknown.
    static int schemaOf(const QString &path);
};
