#include "outputfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("a directory");
    if (S_ISCHR(mode))
        return Text::tr("a character device");
    if (S_ISBLK(mode))
        return Text::tr("a block device");
    if (S_ISFIFO(mode))
        return Text::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return Text::tr("a socket");
    return Text::tr("not a regular file");
}
} // namespace

OutputFile::OutputFile(const QString &path) : m_path(path) {}

OutputFile::~OutputFile() = default;

QString OutputFile::refusal(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno == ENOENT)
            return {}; // a new file (or a symbolic link to one)
        return Text::tr("cannot write %1: %2").arg(path, qt_error_string(errno));
    }
    if (S_ISREG(info.st_mode))
        return {};
    return Text::tr("refusing to write %1: it is %2, not a regular file; name a new file or a "
                    "regular one")
        .arg(path, kindOf(info.st_mode));
}

bool OutputFile::fail(const QString &reason)
{
    m_error = Text::tr("cannot write %1: %2").arg(m_path, reason);
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    return false;
}

bool OutputFile::open()
{
    m_error = refusal(m_path);
    if (!m_error.isEmpty())
        return false;
    m_file = std::make_unique<QSaveFile>(m_path);
    // Unbuffered: every write reaches the file system now, so its error is the write's own.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(m_file->errorString());
    return true;
}

bool OutputFile::write(const QByteArray &bytes)
{
    if (!m_file)
        return false;
    // A short write (a file size limit, a disk that just filled) says nothing; the next write
    // of the rest fails with the reason.
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = m_file->write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return fail(m_file->errorString());
        done += written;
    }
    return true;
}

bool OutputFile::commit()
{
    if (!m_file)
        return false;
    // QSaveFile ignores the result of its own sync; a file system that reports a full disk
    // only when the data is flushed (NFS, some FUSE mounts) is caught here.
    if (::fdatasync(m_file->handle()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(qt_error_string(errno));
    if (!m_file->commit())
        return fail(m_file->errorString());
    m_file.reset();
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFile file(path);
    if (file.open() && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}
