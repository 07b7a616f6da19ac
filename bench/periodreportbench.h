// The period report over many drills (1,000 by default, across ten runbooks, a tenth of them
// outside the period): read from the database, composed, its charts drawn and written as PDF,
// HTML and Markdown, as `drilldeck report --from --to` does; the goal is under 5 s.
#pragma once

class BenchTable;

class PeriodReportBench
{
public:
    static void run(BenchTable &table, int drills = 1000, int repetitions = 3);
};
