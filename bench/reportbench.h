// The report and the timeline chart of one long drill (10,000 events), each against its floor:
// the same work done the bare way in the same run (the log read with one query, the same bars
// and marker lines drawn through a bare QChart and QPainter, the same rows written as plain
// text or laid out with bare QTextLayout on a QPdfWriter).
#pragma once

class BenchTable;

class ReportBench
{
public:
    static void run(BenchTable &table, int events = 10'000, int repetitions = 5);
};
