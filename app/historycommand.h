// `drilldeck history [--db PATH] [--runbook ID] [--environment ENV] [--runs hand|automated|both]
// [--format table|csv|json]`: every drill (hand-run or automated) with its times, RTO and RPO
// against the targets, and (in JSON) its steps.
#pragma once

#include <QStringList>

class QTextStream;

class HistoryCommand
{
public:
    // nowMs measures unfinished drills; -1 takes the system clock.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   qint64 nowMs = -1);
};
