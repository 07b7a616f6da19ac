// The programme's due drills as an iCalendar file (RFC 5545) for the team's calendar: one
// all-day VEVENT per runbook and environment on its next due date, with a UID that stays the
// same for that runbook and environment (a calendar that imports the file again updates the
// event instead of adding one). Lines end in CRLF and are folded at 75 octets, never inside a
// UTF-8 character; text values are escaped.
#pragma once

#include "programmestatus.h"

#include <QByteArray>
#include <QDateTime>

class DrillCalendar
{
public:
    // stamp: the DTSTAMP of every event (when the file was made), UTC.
    static QByteArray write(const QList<ProgrammeStatus::Row> &rows, const QDateTime &stamp);

    // RFC 5545 3.3.11: backslash, semicolon, comma and newlines escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: one content line, folded so that no line exceeds 75 octets, ended in CRLF.
    static QByteArray fold(const QString &line);
    // The stable UID of a runbook and environment's event.
    static QString uid(const QString &runbookId, const QString &environment);
};
