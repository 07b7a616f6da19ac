// The store's hot paths: committing one drill event (DrillEngine + DrillStore) against a bare
// sqlite3 insert with the same pragmas, and deriving the history of many drills.
#pragma once

class BenchTable;

class EventStoreBench
{
public:
    static void runCommitLatency(BenchTable &table, int events = 10000);
    static void runHistory(BenchTable &table, int drills = 1000, int steps = 40,
                           int repetitions = 5);
};
