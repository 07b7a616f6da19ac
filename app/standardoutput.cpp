#include "standardoutput.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

StandardOutput::StandardOutput()
{
    m_fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0);
    if (m_fd < 0)
        m_openErrno = errno;
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

StandardOutput::~StandardOutput()
{
    finish();
}

qint64 StandardOutput::readData(char *, qint64)
{
    return -1;
}

qint64 StandardOutput::writeData(const char *data, qint64 size)
{
    if (m_errno != 0)
        return -1;
    if (m_fd < 0) {
        m_errno = m_openErrno; // only output that was lost is a failure
        return -1;
    }
    // A short write (a file size limit, a disk that just filled) is followed by a write of the
    // rest, which fails with the reason.
    qint64 done = 0;
    while (done < size) {
        const ssize_t written = ::write(m_fd, data + done, size_t(size - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_errno = written < 0 ? errno : EIO;
            return -1;
        }
        done += written;
    }
    return size;
}

QString StandardOutput::finish()
{
    if (m_fd >= 0) {
        // Closing reports a write that failed late (NFS sends the data on close).
        if (::close(m_fd) != 0 && m_errno == 0 && errno != EINTR)
            m_errno = errno;
        m_fd = -1;
    }
    if (isOpen())
        QIODevice::close();
    return m_errno != 0 ? qt_error_string(m_errno) : QString();
}
