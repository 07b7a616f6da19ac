#include "databasesnapshot.h"

#include "databasefiles.h"
#include "interruptcleanup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSnapshot)
};

// Which file it is and whether it changed: enough to tell that nobody wrote it in between.
struct FileState
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec modified = {};

    bool operator==(const FileState &o) const
    {
        return exists == o.exists && device == o.device && inode == o.inode && size == o.size &&
               modified.tv_sec == o.modified.tv_sec && modified.tv_nsec == o.modified.tv_nsec;
    }
};

FileState stateOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {true, st.st_dev, st.st_ino, st.st_size, st.st_mtim};
}

struct FileStates
{
    FileState main, wal, shm;
    bool operator==(const FileStates &) const = default;
};

FileStates statesOf(const QString &path)
{
    return {stateOf(path), stateOf(path + u"-wal"_s), stateOf(path + u"-shm"_s)};
}

// Attempts at a snapshot that a writer keeps changing before reading the file in place.
constexpr int attempts = 3;
// Larger files are copied to the temporary folder rather than held in memory.
constexpr qint64 memoryLimit = 256 * 1024 * 1024;

StoreError readFailed(const QFile &file, const QString &how)
{
    return StoreError::make(
        file.error() == QFileDevice::OpenError ? StoreError::Code::ReadOnly
                                               : StoreError::Code::Full,
        Text::tr("cannot read %1 (%2): %3").arg(file.fileName(), how, file.errorString()));
}
} // namespace

DatabaseSnapshot::~DatabaseSnapshot() = default;

std::unique_ptr<DatabaseSnapshot> DatabaseSnapshot::inPlace(const QString &path)
{
    std::unique_ptr<DatabaseSnapshot> snapshot(new DatabaseSnapshot);
    snapshot->m_path = path;
    snapshot->m_readPath = path;
    return snapshot;
}

StoreResult<std::unique_ptr<DatabaseSnapshot>> DatabaseSnapshot::take(const QString &path)
{
    std::unique_ptr<DatabaseSnapshot> snapshot = inPlace(path);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const FileStates before = statesOf(path);
        if (!before.main.exists)
            return StoreError::make(StoreError::Code::NotFound,
                                    Text::tr("there is no DrillDeck database at %1").arg(path));
        if (before.wal.exists && before.shm.exists)
            break; // a connection's shared memory is there: SQLite reads in place, creating nothing

        if (before.wal.size == 0 && before.main.size <= memoryLimit) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return readFailed(file, Text::tr("to read it into memory"));
            QByteArray image = file.readAll();
            if (image.size() != before.main.size)
                return readFailed(file, Text::tr("to read it into memory"));
            if (statesOf(path) == before) {
                // SQLite keeps a database in memory in rollback mode; the bytes saying "WAL"
                // (18 and 19, the file format versions) would make it look for a -wal file.
                if (image.size() >= 100 && image[18] == 2 && image[19] == 2)
                    image[18] = image[19] = 1;
                snapshot->m_kind = Kind::Memory;
                snapshot->m_image = image;
                return snapshot;
            }
            continue;
        }

        auto cleanup = std::make_unique<InterruptCleanup>();
        std::unique_ptr<QTemporaryDir> dir;
        const QString copy = [&] {
            const InterruptCleanup::Deferral registered; // the folder is never left unregistered
            dir = std::make_unique<QTemporaryDir>();
            const QString file = dir->filePath(u"drilldeck.sqlite"_s);
            if (dir->isValid())
                for (const QString &p :
                     QStringList{dir->path(), file} + DatabaseFiles::sidecars(file))
                    cleanup->add(p);
            return file;
        }();
        if (!dir->isValid())
            return StoreError::make(StoreError::Code::Full,
                                    Text::tr("cannot create a private folder to read %1 in: %2")
                                        .arg(path, dir->errorString()));
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            if (suffix == u"-wal" && before.wal.size == 0)
                continue; // none, or empty: the file alone is the database
            QFile source(path + suffix);
            if (!source.copy(copy + suffix))
                return readFailed(source, Text::tr("through a copy in %1").arg(dir->path()));
            // SQLite opens its -shm there with the copy's mode: the copy must be ours to write.
            QFile::setPermissions(copy + suffix, QFile::ReadOwner | QFile::WriteOwner);
        }
        if (statesOf(path) == before) {
            snapshot->m_kind = Kind::Copy;
            snapshot->m_readPath = copy;
            snapshot->m_dir = std::move(dir);
            snapshot->m_cleanup = std::move(cleanup);
            return snapshot;
        }
    }
    return snapshot;
}

bool DatabaseSnapshot::open(QSqlDatabase &db, QString *error) const
{
    if (m_kind != Kind::Memory) {
        db.setDatabaseName(m_readPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        return db.open();
    }
    db.setDatabaseName(u":memory:"_s);
    if (!db.open())
        return false;
    const QVariant handle = db.driver()->handle();
    sqlite3 *connection = qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3 *const *>(handle.constData())
                              : nullptr;
    // The connection reads the bytes where they are, and never writes to them.
    const int rc = connection
                       ? sqlite3_deserialize(
                             connection, "main", reinterpret_cast<unsigned char *>(m_image.data()),
                             m_image.size(), m_image.size(), SQLITE_DESERIALIZE_READONLY)
                       : SQLITE_MISUSE;
    if (rc == SQLITE_OK)
        return true;
    if (error)
        *error = Text::tr("%1 cannot be read from memory: %2")
                     .arg(m_path, QString::fromUtf8(connection ? sqlite3_errmsg(connection)
                                                               : "not a SQLite connection"));
    db.close();
    return false;
}

QByteArray DatabaseSnapshot::header() const
{
    if (m_kind == Kind::Memory)
        return m_image.left(100);
    QFile file(m_readPath);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}

qint64 DatabaseSnapshot::size() const
{
    return m_kind == Kind::Memory ? m_image.size() : QFileInfo(m_readPath).size();
}
