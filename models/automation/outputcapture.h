// One output stream of a command as it arrives: ANSI escape sequences stripped, the live text
// decoded as UTF-8, and what is kept bounded by a cap (its head and its tail), whatever the
// command writes.
#pragma once

#include "commandevidence.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

class OutputCapture
{
public:
    static constexpr qint64 defaultHeadBytes = 64 * 1024;

    // headBytes of the cap keep the start, the rest the end; by default 64 KiB, at most half.
    explicit OutputCapture(qint64 capBytes = 1024 * 1024, qint64 headBytes = -1);

    // Takes the next bytes the process wrote; returns the text to show live (empty once the cap
    // is reached, after one line that says so).
    QString append(const QByteArray &bytes);
    // What is kept: the head, a line saying how much was left out, the tail.
    CommandEvidence::Output result() const;

    qint64 totalBytes() const { return m_totalBytes; }
    qint64 capBytes() const { return m_capBytes; }
    // Bytes held in memory now: bounded by about twice the cap, never by the output.
    qint64 heldBytes() const { return m_head.capacity() + m_tail.capacity(); }

private:
    enum class Escape { None, Start, Intermediate, Csi, String, StringEnd };
    QByteArray stripEscapes(const QByteArray &bytes);
    void keep(const QByteArray &bytes);

    qint64 m_capBytes;
    qint64 m_headBytes;
    qint64 m_totalBytes = 0; // as written, escapes included
    qint64 m_keptBytes = 0;  // after stripping, kept or not
    qint64 m_liveBytes = 0;
    bool m_capSaid = false;
    Escape m_escape = Escape::None;
    qint64 m_escapeLength = 0;
    QByteArray m_head;
    QByteArray m_tail; // the last (cap - head) bytes, and up to as many again before trimming
    QStringDecoder m_liveDecoder{QStringDecoder::Utf8};
};
