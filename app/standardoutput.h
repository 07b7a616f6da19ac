// The process's standard output as a QIODevice whose every write, and its close, is checked:
// output lost to a full disk, a file size limit or a closed stream is reported in words
// (from errno), so a command never exits 0 with half its output.
#pragma once

#include <QIODevice>
#include <QString>

class StandardOutput : public QIODevice
{
public:
    StandardOutput();
    ~StandardOutput() override;

    // Closes the stream; why output was lost ("No space left on device"), or an empty string.
    QString finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_fd = -1;       // a duplicate of descriptor 1: closing it reports deferred errors
    int m_openErrno = 0; // why there is no descriptor (stdout closed: EBADF)
    int m_errno = 0;     // the first write's or the close's failure
};
