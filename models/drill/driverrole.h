// Who drove a drill: the participants with the role "driver" (any case, spaces around ignored),
// each name once (trimmed), in the order recorded. Every view of who drives (the programme, the
// period report, the people × runbooks matrix, the start dialog's suggestion) asks this.
#pragma once

#include <QString>
#include <QStringList>

struct Drill;

struct DriverRole
{
    static QString name() { return QStringLiteral("driver"); }
    static bool matches(const QString &role);
    static QStringList driversOf(const Drill &drill);
};
