// A file the user named (--out, an export dialog), written safely: anything that exists and is
// not a regular file (a device, a FIFO, a socket, a directory) is refused and never replaced; a
// symbolic link is followed (the file it names is replaced, the link stays); the file is
// complete or untouched (QSaveFile, synced before it is put in place); every write is checked
// and a failure says why in words ("No space left on device", "File too large").
#pragma once

#include <QString>

#include <memory>

class QByteArray;
class QSaveFile;

class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // not committed: nothing written, the temporary file removed

    // Refuses a path that is not (and does not lead to) a regular file, then opens a
    // temporary file beside it.
    bool open();
    // All of bytes, or false with the reason.
    bool write(const QByteArray &bytes);
    // Syncs the data to disk and puts the file in place of path; false with the reason, and
    // then path is unchanged.
    bool commit();

    QString path() const { return m_path; }
    // What went wrong, naming the file: "cannot write PATH: REASON" or the refusal.
    QString errorString() const { return m_error; }

    // Why path must not be written, or an empty string: it exists (after following symbolic
    // links) and is not a regular file, or it cannot be looked at.
    static QString refusal(const QString &path);
    // open(), write() and commit() in one; on failure error (if given) says why.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

private:
    bool fail(const QString &reason);

    QString m_path;
    QString m_error;
    std::unique_ptr<QSaveFile> m_file;
};
