// The console under load: key-to-repaint latency over 1,000 advances of a 500-step runbook,
// and the CPU an idle drill in progress costs; both again with the ghost of the best run on.
#pragma once

class BenchTable;

class ConsoleBench
{
public:
    static void runAdvanceLatency(BenchTable &table, int steps = 500, int advances = 1000);
    static void runIdleCpu(BenchTable &table, int seconds = 30);
    // The same two with the ghost on: a steps-step runbook with `previous` finished drills of it
    // in the same environment; also how long the reference takes to find (off the console's
    // thread).
    static void runGhost(BenchTable &table, int steps = 500, int previous = 1000,
                         int advances = 499, int idleSeconds = 30);
};
