// Reads a file only when it is a regular file, at most a given size, and never waits on it: a
// FIFO, a device or a socket is refused before it is opened, and what the path names once opened
// (without blocking) is looked at again before a byte is read.
#pragma once

#include <QByteArray>
#include <QString>

class RegularFile
{
public:
    enum class Problem {
        None,
        Missing,
        Directory,
        Fifo,
        Device,
        Socket,
        NotRegular, // anything else that is not a regular file
        TooLarge,   // size says how large, or -1: it grew past the limit while read
        Unreadable, // reason says why
    };

    struct Content
    {
        QByteArray bytes; // when problem is None
        Problem problem = Problem::None;
        qint64 size = 0;
        QString reason;
    };

    static Content read(const QString &path, qint64 maxBytes);
};
