// `drilldeck run` against the shell: a runbook of trivial automated steps (`true`) run as a
// recorded drill by the real binary, against a shell loop running `bash -c true` as often.
#pragma once

class BenchTable;

class RunBench
{
public:
    static void run(BenchTable &table, int steps = 1000, int repetitions = 3);
};
