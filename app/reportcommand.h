// `drilldeck report DRILL_ID|last [--db PATH|--demo] [--format md|html|pdf] [--page a4|letter]
// --out FILE`: one drill's report, headless, for a team's CI to publish after each drill.
// Needs a QApplication (charts and PDF; the offscreen platform will do).
#pragma once

#include <QStringList>

class QTextStream;

class ReportCommand
{
public:
    // exampleData: the database is the demo one (the chart titles say so).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   bool exampleData = false);
};
