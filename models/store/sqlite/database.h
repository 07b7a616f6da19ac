// The SQLite side of the store's seam: the DrillDeck database file, one named QSQLITE
// connection, its pragmas (write-ahead log, synchronous, busy timeout), integrity checks, the
// backups taken before a migration (VACUUM INTO) and the checkpoint on close. The stores see it
// only as a StoreConnection with a SqliteDialect; the schema's history is SchemaHistory's.
//
// Opening never writes to a file it has not recognised: an existing file is first checked
// through its header bytes and a read-only connection (quick_check, application_id,
// user_version), and only a healthy DrillDeck file (or an empty one) is opened for writing.
// Read-only mode writes nothing at all, not even beside the file (see DatabaseSnapshot).
#pragma once

#include "schemahistory.h"
#include "storeconnection.h"
#include "storeresult.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <future>
#include <memory>

class DatabaseSnapshot;
class QSqlError;

class Database final : public StoreConnection
{
public:
    enum class Mode {
        ReadWrite, // creates the file (and its directory) if missing, migrates it
        ReadOnly,  // the file must exist and be current; nothing is ever written, nor created
                   // beside it: works in a read-only folder and on a read-only file
    };

    using Migration = SchemaHistory::Migration; // version: the user_version after it ran

    // What the read-only look at an existing file found.
    struct Inspection
    {
        StoreError error;
        bool empty = false; // a SQLite file with no schema at all: safe to initialise
        int userVersion = 0;
    };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        QList<Migration> migrations = Database::migrations();
        int busyTimeoutMs = 5000;
        std::function<qint64()> clock; // UTC ms for backup names; default: the system clock
        // The look at the file started earlier by inspectInBackground; empty: open() looks.
        std::shared_future<Inspection> inspection;
        // Copies the file aside (NAME.bak-STAMP-vN) before a migration.
        bool backUpBeforeMigrating = true;
    };

    // "DRDK": the PRAGMA application_id every DrillDeck database carries.
    static constexpr qint32 applicationId = SchemaHistory::applicationId;
    static constexpr int keptBackups = 5;

    static StoreResult<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static StoreResult<std::unique_ptr<Database>> open(const QString &path,
                                                       Mode mode = Mode::ReadWrite);

    // Stores keep prepared queries on the connection: destroy them before the Database. A
    // writable database is checkpointed first: the file alone then holds every commit.
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The canonical path (symbolic links resolved, see DatabasePath::canonical).
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const override;
    const SqlDialect &dialect() const override;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The backup this open took before migrating, or empty.
    QString backupPath() const { return m_backupPath; }

    StoreError quickCheck() const;

    // For a scratch file nobody else reads yet (the demo database while it is written): commits
    // no longer wait for the disk. Never for a drill's database.
    void skipWaitingForTheDisk();
    // Ends write-ahead logging: the file alone holds every commit, ready to be renamed into
    // place as one file.
    StoreError useRollbackJournal();

    // Reads an existing file on another thread, through its own read-only connection, without
    // ever writing to it: the header, quick_check (which reads every page: ~10 ms for a
    // thousand drills), application_id and user_version. Start it early, pass it to open() in
    // Options::inspection, and the check runs while the window is built. Empty when there is
    // no file to read. whenRead, if given, is called on that thread once the look is done (the
    // future is ready a moment later: get() waits for that moment at most).
    static std::shared_future<Inspection> inspectInBackground(const QString &path,
                                                              std::function<void()> whenRead = {});

    // The schema in SQLite's dialect, oldest first (SchemaHistory::migrations).
    static QList<Migration> migrations();
    static int latestVersion();
    // Backups beside the file (`NAME.bak-YYYYMMDDTHHMMSSZ-vN`), newest first.
    static QStringList backups(const QString &path);

    // Turns a SQLite error into a StoreError saying what was being done.
    static StoreError errorFrom(const QSqlError &error, const QString &doing);

private:
    Database() = default;
    // Reads source; messages name path (the database it was taken of).
    static Inspection inspect(const DatabaseSnapshot &source, const QString &path);
    StoreError openConnection(const Options &options);
    StoreError migrate(const Options &options);
    StoreError backUp(int oldVersion, const Options &options);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_backupPath;
    std::unique_ptr<DatabaseSnapshot> m_snapshot; // read-only mode: what the connection reads
};
