// Capturing a command's output through CommandRun, against cat writing the same bytes to
// /dev/null: the time, and the peak memory, which the cap bounds rather than the output.
#pragma once

class BenchTable;

class CommandRunBench
{
public:
    static void run(BenchTable &table, int megabytes = 100, int repetitions = 5);
};
