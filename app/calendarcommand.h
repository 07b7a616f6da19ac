// `drilldeck calendar --out drills.ics [--db PATH|--demo] [--today YYYY-MM-DD]`: the due drills
// as an iCalendar file (RFC 5545) for the team's calendar, one all-day event per runbook and
// environment on its next due date.
#pragma once

#include <QStringList>

class QTextStream;

class CalendarCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
