// The report's "Command evidence" section: for every step whose command DrillDeck ran, each run
// with its outcome, exit status, start and duration, the command, and the tail of its output
// in a code block (capped; every writer escapes it).
#pragma once

struct ReportDocument;
struct DrillReport;

class EvidenceReport
{
public:
    static constexpr int tailLines = 20;
    static constexpr int tailChars = 4000; // the tail's cap in the report
    static constexpr int lineChars = 240;  // one line's cap

    // Adds nothing when no step of the drill ran a command.
    static void addEvidence(ReportDocument &doc, const DrillReport &report);
};
