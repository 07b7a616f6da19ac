#include "databasesnapshot.h"

#include "databasefiles.h"
#include "interruptcleanup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseSnapshot", text);
}

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

FileStates filesOf(const QString &path)
{
    return {stateOf(path), stateOf(path + u"-wal"_s), stateOf(path + u"-shm"_s)};
}

// Attempts at a copy that a writer keeps changing before reading the file in place.
constexpr int copyAttempts = 3;
} // namespace

DatabaseSnapshot::~DatabaseSnapshot() = default;

StoreResult<std::unique_ptr<DatabaseSnapshot>> DatabaseSnapshot::take(const QString &path)
{
    std::unique_ptr<DatabaseSnapshot> snapshot(new DatabaseSnapshot);
    for (int attempt = 0; attempt < copyAttempts; ++attempt) {
        const FileStates before = filesOf(path);
        if (!before.main.exists)
            return StoreError::make(StoreError::Code::NotFound,
                                    tr("there is no DrillDeck database at %1").arg(path));
        if (before.wal.exists && before.shm.exists)
            break; // a connection's shared memory is there: SQLite reads in place, creating nothing

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
                                    tr("cannot create a private folder to read %1 in: %2")
                                        .arg(path, dir->errorString()));
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            if (suffix == u"-wal" && before.wal.size == 0)
                continue; // none, or empty: the file alone is the database
            QFile source(path + suffix);
            if (!source.copy(copy + suffix))
                return StoreError::make(
                    source.error() == QFileDevice::OpenError ? StoreError::Code::ReadOnly
                                                             : StoreError::Code::Full,
                    tr("cannot read %1 (through a copy in %2): %3")
                        .arg(source.fileName(), dir->path(), source.errorString()));
        }
        // SQLite opens its -shm there with the copy's mode: the copy must be ours to write.
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(copy + u"-wal"_s, QFile::ReadOwner | QFile::WriteOwner);
        if (filesOf(path) == before) {
            snapshot->m_readPath = copy;
            snapshot->m_dir = std::move(dir);
            snapshot->m_cleanup = std::move(cleanup);
            return snapshot;
        }
    }
    snapshot->m_readPath = path;
    return snapshot;
}
