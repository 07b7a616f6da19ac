// Dates and times as the interface shows them, in the language DrillDeck speaks: ISO 8601 in
// English (2026-11-23 09:30, as always), the locale's numeric form in another (23.11.2026 09:30).
// Machine formats (JSON, CSV, YAML, file names) never use this.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class InterfaceDates
{
public:
    static QString date(const QDate &date);
    // The date and the time to the minute, local time.
    static QString dateTime(const QDateTime &dateTime);
};
