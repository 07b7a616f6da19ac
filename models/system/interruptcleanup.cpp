#include "interruptcleanup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <mutex>

namespace {
struct Entry
{
    const InterruptCleanup *owner = nullptr;
    QString path;
};

// Recursive: a step held off by a Deferral may register and release files itself.
std::recursive_mutex &registryMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

QList<Entry> &registry()
{
    static QList<Entry> entries;
    return entries;
}
} // namespace

InterruptCleanup::InterruptCleanup(const QStringList &paths)
{
    for (const QString &path : paths)
        add(path);
}

InterruptCleanup::~InterruptCleanup()
{
    release();
}

void InterruptCleanup::add(const QString &path)
{
    const std::lock_guard lock(registryMutex());
    registry().append({this, path});
}

void InterruptCleanup::release()
{
    const std::lock_guard lock(registryMutex());
    registry().removeIf([this](const Entry &e) { return e.owner == this; });
}

InterruptCleanup::Deferral::Deferral()
{
    registryMutex().lock();
}

InterruptCleanup::Deferral::~Deferral()
{
    registryMutex().unlock();
}

int InterruptCleanup::removeAll()
{
    const std::lock_guard lock(registryMutex());
    int removed = 0;
    // Newest first: a folder's files were registered after the folder.
    for (qsizetype i = registry().size() - 1; i >= 0; --i) {
        const QString &path = registry().at(i).path;
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink() ? QDir().rmdir(path) : QFile::remove(path))
            ++removed;
    }
    registry().clear();
    return removed;
}
