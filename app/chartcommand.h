// `drilldeck chart trend|phases|rpo|automation|steps|timeline --runbook ID [--environment ENV]
// [--db PATH] [--runs hand|automated|both]
// [--measure rto|wall|active|hands-on|waiting] [--drill ID] --out FILE.png|.svg|.csv`: a history
// chart rendered headless. Needs a QApplication (the offscreen platform will do).
#pragma once

#include <QStringList>

class QTextStream;

class ChartCommand
{
public:
    static QStringList kinds(); // trend, phases, rpo, automation, steps, timeline
    // exampleData: the database is the demo one (the chart title says so).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   bool exampleData = false);
};
