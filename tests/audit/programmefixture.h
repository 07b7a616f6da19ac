// Databases for the programme's tests: drills of small runbooks ended on chosen days, written
// through the real engine and store with a fixed clock (no mock: a real SQLite file).
#pragma once

#include "actionitemstore.h"
#include "database.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

namespace ProgrammeFixture {

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

enum class Outcome { Met, Missed, Aborted, Running };

// 10:00 UTC on day.
inline qint64 dayMs(const QDate &day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The test runbook (environments test and production, RTO 4h) with a cadence ("90d"; empty:
// none) and, when given, one more line that makes it another revision.
inline QByteArray yaml(const QString &id, const QString &cadence, const QString &revisionNote = {})
{
    QByteArray y = runbookYaml(id);
    if (!cadence.isEmpty())
        y.replace("environments:", QByteArray("cadence: " + cadence.toUtf8() + "\nenvironments:"));
    if (!revisionNote.isEmpty())
        y.replace("service:", QByteArray("description: " + revisionNote.toUtf8() + "\nservice:"));
    return y;
}

inline Runbook parsed(const QByteArray &text)
{
    const RunbookLoadResult loaded = RunbookLoader::loadText(text, u"r.yaml"_s);
    if (!loaded.ok())
        qFatal("the fixture's runbook does not load: %s",
               qPrintable(loaded.diagnostics.value(0).toString()));
    return *loaded.runbook;
}

// Stores the revision (when new) at atMs; returns its id.
inline qint64 addRevision(Database &db, const QByteArray &text, qint64 atMs)
{
    RunbookRevisionStore revisions(db);
    const Runbook runbook = parsed(text);
    const auto rev = revisions.addRevision(text, runbook.id, runbook.title, atMs);
    if (!rev)
        qFatal("cannot store a revision: %s", qPrintable(rev.error().message));
    return rev->id;
}

// A drill of the runbook text in environment, started at 10:00 UTC on day; Met restores the
// service in 30 minutes (RTO 4h), Missed in 5 hours, Aborted stops after the first step,
// Running is left running. Returns the drill's id.
inline qint64 addDrill(Database &db, const QByteArray &text, const QString &environment,
                       const QDate &day, Outcome outcome, const QString &driver = u"Maria"_s,
                       Drill::RunKind kind = Drill::RunKind::Hand)
{
    qint64 now = dayMs(day);
    const Runbook runbook = parsed(text);
    DrillStore store(db);
    Drill d;
    d.revisionId = addRevision(db, text, now);
    d.runbookId = runbook.id;
    d.environment = environment;
    d.facilitator = u"Fiona"_s;
    d.runKind = kind;
    if (!driver.isEmpty())
        d.participants = {Participant{driver, u"driver"_s}, Participant{u"Sam"_s, u"scribe"_s}};
    const auto created = store.createDrill(d, now);
    if (!created)
        qFatal("cannot create a drill: %s", qPrintable(created.error().message));
    DrillEngine e(&store, runbook, created.value(), {});
    e.setClock([&now] { return now; });
    auto must = [](const AppendResult &r) {
        if (!r.committed())
            qFatal("the fixture's event was refused: %s", qPrintable(r.message));
    };
    must(e.start());
    must(e.startStep(u"bake-ami"_s));
    now += 20 * minute;
    must(e.completeStep(u"bake-ami"_s));
    if (outcome == Outcome::Aborted) {
        must(e.abort(u"the lab lost power"_s));
        return created->id;
    }
    must(e.startStep(u"launch"_s));
    now += outcome == Outcome::Missed ? 5 * hour : 10 * minute;
    must(e.completeStep(u"launch"_s));
    if (outcome == Outcome::Running)
        return created->id;
    must(e.startStep(u"verify"_s));
    now += 15 * minute;
    must(e.completeStep(u"verify"_s));
    must(e.finish());
    return created->id;
}

// An open action item of the drill, due on due (invalid: no date).
inline void addActionItem(Database &db, qint64 drillId, const QString &title, const QDate &due)
{
    ActionItemStore items(db);
    ActionItem item;
    item.drillId = drillId;
    item.title = title;
    item.owner = u"Maria"_s;
    if (due.isValid())
        item.dueDate = due.toString(Qt::ISODate);
    const auto stored = items.create(item, T0);
    if (!stored)
        qFatal("cannot store an action item: %s", qPrintable(stored.error().message));
}

} // namespace ProgrammeFixture
