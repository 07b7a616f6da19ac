// `drilldeck status [--db PATH|--demo] [--format table|csv|json] [--today YYYY-MM-DD]`: the DR
// programme, one row per runbook and environment: last drill, next due, overdue, confidence (and
// in JSON why), last RTO against its target, open and overdue action items, changed since the
// last drill, drivers.
#pragma once

#include "programmestatus.h"

#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

class StatusCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // What status and calendar share: --today's option, its value (today in UTC when not
    // given; nothing, with the usage error said, when it is not a date) and the rows of the
    // database of --db (nothing, with the reason said, when it cannot be read).
    static QCommandLineOption todayOption();
    static std::optional<QDate> today(const QCommandLineParser &parser, const QString &command,
                                      QTextStream &err);
    static std::optional<QList<ProgrammeStatus::Row>> load(const QString &databaseOption,
                                                           const QDate &today,
                                                           const QString &command,
                                                           QTextStream &err);
};
