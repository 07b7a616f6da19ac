#include "regularfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace {
#ifdef Q_OS_UNIX
RegularFile::Problem kindOf(mode_t mode)
{
    using P = RegularFile::Problem;
    return S_ISREG(mode)                    ? P::None
           : S_ISDIR(mode)                  ? P::Directory
           : S_ISFIFO(mode)                 ? P::Fifo
           : S_ISCHR(mode) || S_ISBLK(mode) ? P::Device
           : S_ISSOCK(mode)                 ? P::Socket
                                            : P::NotRegular;
}
#endif

RegularFile::Content problem(RegularFile::Problem problem, qint64 size = 0,
                             const QString &reason = {})
{
    return {{}, problem, size, reason};
}
} // namespace

RegularFile::Content RegularFile::read(const QString &path, qint64 maxBytes)
{
    QFile f;
#ifdef Q_OS_UNIX
    // stat() refuses a FIFO before anything opens it (open() would wait for its writer);
    // O_NONBLOCK keeps open() from waiting should the path have been swapped since, and fstat()
    // then looks at what was really opened.
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0)
        return errno == ENOENT ? problem(Problem::Missing)
                               : problem(Problem::Unreadable, 0, qt_error_string(errno));
    if (const Problem kind = kindOf(st.st_mode); kind != Problem::None)
        return problem(kind);
    if (st.st_size > maxBytes)
        return problem(Problem::TooLarge, st.st_size);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return problem(Problem::Unreadable, 0, qt_error_string(errno));
    if (::fstat(fd, &st) != 0 || kindOf(st.st_mode) != Problem::None) {
        ::close(fd);
        return problem(kindOf(st.st_mode) == Problem::None ? Problem::NotRegular
                                                           : kindOf(st.st_mode));
    }
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return problem(Problem::Unreadable, 0, f.errorString());
    }
#else
    const QFileInfo info(path);
    if (!info.exists())
        return problem(Problem::Missing);
    if (info.isDir())
        return problem(Problem::Directory);
    if (!info.isFile())
        return problem(Problem::NotRegular);
    if (info.size() > maxBytes)
        return problem(Problem::TooLarge, info.size());
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly))
        return problem(Problem::Unreadable, 0, f.errorString());
#endif
    // At most one byte past the limit: the file may have grown since stat().
    Content content;
    content.bytes = f.read(maxBytes + 1);
    if (content.bytes.size() > maxBytes)
        return problem(Problem::TooLarge, -1);
    content.size = content.bytes.size();
    return content;
}
