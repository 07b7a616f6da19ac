#include "schemahistory.h"

#include "storeconnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchema, "drilldeck.store.database")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaHistory", text);
}
} // namespace

QList<SchemaHistory::Migration> SchemaHistory::migrations(const SqlDialect &dialect)
{
    // Migration 1: the first schema. Times are {integer} UTC milliseconds, text is TEXT.
    Migration v1;
    v1.version = 1;
    v1.statements = {
        u"CREATE TABLE runbook_revisions ("
        "  id {key},"
        "  runbook_id TEXT NOT NULL,"
        "  title TEXT NOT NULL,"
        "  sha256 TEXT NOT NULL UNIQUE,"
        "  yaml TEXT NOT NULL,"
        "  created_ms {integer} NOT NULL)"_s,
        u"CREATE INDEX runbook_revisions_runbook ON runbook_revisions (runbook_id)"_s,
        u"CREATE TABLE drills ("
        "  id {key},"
        "  revision_id {integer} NOT NULL REFERENCES runbook_revisions (id),"
        "  runbook_id TEXT NOT NULL,"
        "  environment TEXT NOT NULL,"
        "  iteration {integer} NOT NULL,"
        "  scenario TEXT NOT NULL,"
        "  facilitator TEXT NOT NULL,"
        "  failure_ms {integer},"
        "  created_ms {integer} NOT NULL,"
        "  UNIQUE (runbook_id, environment, iteration))"_s,
        u"CREATE TABLE drill_participants ("
        "  drill_id {integer} NOT NULL REFERENCES drills (id),"
        "  position {integer} NOT NULL,"
        "  name TEXT NOT NULL,"
        "  role TEXT NOT NULL,"
        "  PRIMARY KEY (drill_id, position))"_s,
        u"CREATE TABLE drill_events ("
        "  id {key},"
        "  drill_id {integer} NOT NULL REFERENCES drills (id),"
        "  time_ms {integer} NOT NULL,"
        "  author TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  step_id TEXT NOT NULL,"
        "  payload TEXT NOT NULL)"_s,
        u"CREATE INDEX drill_events_drill ON drill_events (drill_id, id)"_s,
    };
    // The log is append-only: the database itself refuses to rewrite history.
    v1.statements += dialect.appendOnly(u"drill_events"_s, u"drill events are append-only"_s);
    v1.statements += dialect.markAsOurs(applicationId);
    // Migration 2: the drill's collaboration records that are not events.
    Migration v2;
    v2.version = 2;
    v2.statements = {
        // Action items, made from observations of that category (or typed in); they outlive
        // their drill: the next drill of the same runbook shows the open ones and closes them.
        u"CREATE TABLE action_items ("
        "  id {key},"
        "  drill_id {integer} NOT NULL REFERENCES drills (id),"
        "  observation_event_id {integer} REFERENCES drill_events (id),"
        "  title TEXT NOT NULL,"
        "  owner TEXT NOT NULL,"
        "  due_date TEXT NOT NULL," // yyyy-MM-dd, or empty
        "  status TEXT NOT NULL,"   // open, done, dropped
        "  created_ms {integer} NOT NULL,"
        "  updated_ms {integer} NOT NULL,"
        "  closed_in_drill_id {integer} REFERENCES drills (id))"_s,
        u"CREATE INDEX action_items_drill ON action_items (drill_id)"_s,
        // Images pasted or dropped onto an observation, stored in the database itself.
        u"CREATE TABLE event_attachments ("
        "  id {key},"
        "  event_id {integer} NOT NULL REFERENCES drill_events (id),"
        "  mime_type TEXT NOT NULL,"
        "  data {bytes} NOT NULL,"
        "  created_ms {integer} NOT NULL)"_s,
        u"CREATE INDEX event_attachments_event ON event_attachments (event_id)"_s,
    };
    // Migration 3: finding the unfinished drills at start-up reads a few rows per drill, not
    // every event of every drill. Partial: only the events that start or end a drill.
    Migration v3;
    v3.version = 3;
    v3.statements = {
        u"CREATE INDEX drill_events_bounds ON drill_events (drill_id, kind) "
        "WHERE kind IN ('started', 'finished', 'aborted')"_s,
    };
    // Migration 4: how a drill was run. "hand" is a drill a team walked through in the console;
    // "automated" a recorded run of the runbook's commands (`drilldeck run`, a CI job).
    Migration v4;
    v4.version = 4;
    v4.statements = {
        u"ALTER TABLE drills ADD COLUMN run_kind TEXT NOT NULL DEFAULT 'hand'"_s,
    };
    // Migration 5: an action item is closed with evidence: what was done, a link to the proof
    // (a ticket, a merge request) and when it was closed.
    Migration v5;
    v5.version = 5;
    v5.statements = {
        u"ALTER TABLE action_items ADD COLUMN closing_note TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE action_items ADD COLUMN closing_link TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE action_items ADD COLUMN closed_ms {integer}"_s,
    };
    QList<Migration> all = {v1, v2, v3, v4, v5};
    for (Migration &m : all)
        for (QString &statement : m.statements)
            statement = dialect.ddl(statement);
    return all;
}

StoreError SchemaHistory::migrate(const StoreConnection &database,
                                  const QList<Migration> &migrations, int *version,
                                  const QString &databaseName)
{
    QSqlDatabase db = database.connection();
    const SqlDialect &dialect = database.dialect();
    for (const Migration &m : migrations) {
        if (m.version <= *version)
            continue;
        if (!db.transaction())
            return database.failed(db.lastError(),
                                   tr("starting the upgrade of %1").arg(databaseName));
        QSqlQuery q(db);
        for (const QString &statement :
             m.statements + QStringList{dialect.setSchemaVersion(m.version)}) {
            if (!q.exec(statement)) {
                const StoreError error = database.failed(
                    q.lastError(),
                    tr("upgrading %1 to schema %2").arg(databaseName).arg(m.version));
                q.finish();
                db.rollback();
                return error;
            }
        }
        q.finish();
        if (!db.commit()) {
            const StoreError error = database.failed(
                db.lastError(), tr("upgrading %1 to schema %2").arg(databaseName).arg(m.version));
            db.rollback();
            return error;
        }
        qCInfo(lcSchema) << "migrated" << databaseName << "to schema" << m.version;
        *version = m.version;
    }
    return {};
}
