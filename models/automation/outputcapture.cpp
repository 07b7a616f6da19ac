// Strips terminal escapes from a command's output stream and keeps its head and tail.
#include "outputcapture.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr char esc = '\x1b';
constexpr char bel = '\x07';
// An escape sequence longer than this is not one: its bytes are dropped and reading goes on.
constexpr qint64 maxEscapeLength = 4096;

bool isContinuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

// The length of the bytes without a UTF-8 sequence cut at their end.
qsizetype completeLength(const QByteArray &bytes)
{
    qsizetype i = bytes.size();
    int continuation = 0;
    while (i > 0 && isContinuation(bytes[i - 1]) && continuation < 3) {
        --i;
        ++continuation;
    }
    if (i == 0)
        return bytes.size();
    const uchar lead = uchar(bytes[i - 1]);
    const int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    return needed > continuation ? i - 1 : bytes.size();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

OutputCapture::OutputCapture(qint64 capBytes, qint64 headBytes)
    : m_capBytes(std::max<qint64>(capBytes, 1)),
      m_headBytes(headBytes < 0 ? std::min(defaultHeadBytes, m_capBytes / 2)
                                : std::min(headBytes, m_capBytes))
{}

QByteArray OutputCapture::stripEscapes(const QByteArray &bytes)
{
    if (m_escape == Escape::None && !bytes.contains(esc))
        return bytes; // the usual case, found by memchr rather than byte by byte
    QByteArray kept;
    kept.reserve(bytes.size());
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (m_escape != Escape::None && ++m_escapeLength > maxEscapeLength)
            m_escape = Escape::None;
        switch (m_escape) {
        case Escape::None:
            if (c == esc) {
                m_escape = Escape::Start;
                m_escapeLength = 0;
            } else {
                kept.append(c);
            }
            break;
        case Escape::Start:
            if (c == '[')
                m_escape = Escape::Csi;
            else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
                m_escape = Escape::String; // OSC, DCS, SOS, PM, APC: up to BEL or ESC backslash
            else if (u >= 0x20 && u <= 0x2F)
                m_escape = Escape::Intermediate;
            else
                m_escape = Escape::None; // a two-byte sequence: ESC and its final byte
            break;
        case Escape::Intermediate:
            if (u < 0x20 || u > 0x2F)
                m_escape = Escape::None;
            break;
        case Escape::Csi:
            if (u >= 0x40 && u <= 0x7E) {
                m_escape = Escape::None;
            } else if (u < 0x20 || u > 0x3F) {
                m_escape = Escape::None; // not a sequence after all: keep the byte
                kept.append(c);
            }
            break;
        case Escape::String:
            if (c == bel)
                m_escape = Escape::None;
            else if (c == esc)
                m_escape = Escape::StringEnd;
            break;
        case Escape::StringEnd:
            m_escape = c == esc ? Escape::StringEnd : Escape::None;
            break;
        }
    }
    return kept;
}

void OutputCapture::keep(const QByteArray &bytes)
{
    qsizetype used = 0;
    if (m_head.size() < m_headBytes) {
        used = std::min<qsizetype>(bytes.size(), m_headBytes - m_head.size());
        m_head.append(bytes.constData(), used);
    }
    const qint64 tailBytes = m_capBytes - m_headBytes;
    if (used == bytes.size() || tailBytes <= 0)
        return;
    QByteArrayView rest = QByteArrayView(bytes).sliced(used);
    if (rest.size() > tailBytes)
        rest = rest.last(tailBytes);
    m_tail.append(rest);
    if (m_tail.size() > 2 * tailBytes) // trimmed in bulk, so that each byte moves about once
        m_tail.remove(0, m_tail.size() - tailBytes);
}

QString OutputCapture::append(const QByteArray &bytes)
{
    m_totalBytes += bytes.size();
    const QByteArray text = stripEscapes(bytes);
    m_keptBytes += text.size();
    keep(text);
    if (m_liveBytes >= m_capBytes) {
        if (m_capSaid)
            return {};
        m_capSaid = true;
        return QCoreApplication::translate("OutputCapture",
                                           "\n[The output passed %1: no more is shown live; its "
                                           "end is kept with the evidence.]\n")
            .arg(sizeText(m_capBytes));
    }
    const qint64 shown = std::min<qint64>(text.size(), m_capBytes - m_liveBytes);
    m_liveBytes += shown;
    return m_liveDecoder.decode(QByteArrayView(text).first(shown));
}

CommandEvidence::Output OutputCapture::result() const
{
    CommandEvidence::Output output;
    output.totalBytes = m_totalBytes;
    output.truncated = m_keptBytes > m_capBytes;
    if (!output.truncated) {
        output.text = QString::fromUtf8(m_head + m_tail);
        return output;
    }
    const qint64 tailBytes = m_capBytes - m_headBytes;
    QByteArrayView tail(m_tail);
    if (tail.size() > tailBytes)
        tail = tail.last(tailBytes);
    while (!tail.isEmpty() && isContinuation(tail.front()))
        tail = tail.sliced(1); // a character cut at the start of the tail
    const QByteArrayView head = QByteArrayView(m_head).first(completeLength(m_head));
    output.text =
        QString::fromUtf8(head) +
        QCoreApplication::translate("OutputCapture",
                                    "\n[… %1 left out: the output passed the cap of %2; "
                                    "its start and its end are kept …]\n")
            .arg(sizeText(m_keptBytes - m_head.size() - tail.size()), sizeText(m_capBytes)) +
        QString::fromUtf8(tail);
    return output;
}
