// Cold start of `drilldeck` to its first painted frame (a 500-step runbook, a database of 1,000
// drills) and its peak memory, against a minimal Qt Widgets window started the same way.
#pragma once

class BenchTable;

class ColdStartBench
{
public:
    static void run(BenchTable &table, int runs = 15, int steps = 500, int drills = 1000);
};
