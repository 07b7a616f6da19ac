// The evidence pack of one long drill (10,000 events and 100 images): `drilldeck evidence` as a
// process, time and peak memory, against the system's `zip -q -r` of the same files (the floor,
// measured in the same run); the zip and MANIFEST alone (EvidenceZipWriter and SHA-256) against
// the same floor; and `drilldeck verify` against `unzip -tq`.
#pragma once

class BenchTable;

class EvidenceBench
{
public:
    static void run(BenchTable &table, int events = 10'000, int images = 100, int repetitions = 3);
};
