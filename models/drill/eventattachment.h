// An image attached to an event (an observation's screenshot), stored in the database with the
// event in one transaction. Only PNG and JPEG are kept; the limit keeps the database small.
#pragma once

#include <QByteArray>
#include <QString>

struct EventAttachment
{
    static constexpr qint64 maxBytes = 10 * 1024 * 1024;

    qint64 id = 0;      // 0 until stored
    qint64 eventId = 0; // the event it belongs to
    QString mimeType;   // image/png or image/jpeg
    QByteArray data;    // empty when only the description was read (see DrillStore)
    qint64 size = 0;    // bytes
    qint64 createdMs = 0;

    bool isEmpty() const { return data.isEmpty() && size == 0; }
    bool operator==(const EventAttachment &) const = default;

    // An attachment of these bytes, its type read from their signature (not a file name).
    static EventAttachment fromImageData(const QByteArray &data);
    // "image/png" or "image/jpeg" from the first bytes, or empty.
    static QString mimeTypeOf(const QByteArray &data);
    // Why it cannot be stored (too large, not PNG or JPEG, empty), or empty.
    QString problem() const;
    // "2.4 MB", "830 KB"
    static QString sizeText(qint64 bytes);
};
