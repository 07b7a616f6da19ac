// Loading and validating a 10,000-step runbook, against yaml-cpp's bare YAML::LoadFile.
#pragma once

#include <QByteArray>

class BenchTable;

class RunbookLoadBench
{
public:
    static void run(BenchTable &table, int steps = 10000, int repetitions = 7);
    // A valid runbook of the given size, in the format's own words, as YAML text.
    static QByteArray generateRunbook(int steps);
};
