// The console under load: key-to-repaint latency over 1,000 advances of a 500-step runbook,
// and the CPU an idle drill in progress costs.
#pragma once

class BenchTable;

class ConsoleBench
{
public:
    static void runAdvanceLatency(BenchTable &table, int steps = 500, int advances = 1000);
    static void runIdleCpu(BenchTable &table, int seconds = 30);
};
