// The history charts at scale: build and render the trend and phase charts of 1,000 drills in
// each of 3 environments, against a bare QChart with the same points (the floor).
#pragma once

class BenchTable;

class ChartBench
{
public:
    static void run(BenchTable &table, int drillsPerEnvironment = 1000, int repetitions = 3);
};
