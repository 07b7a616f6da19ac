// The drill report's account of the live rewrites: the net change to each step (the step as the
// revision had it against the step as the drill left it), and, when a step was rewritten more
// than once or a rewrite was undone or redone, every rewrite in an appendix at the end.
#pragma once

#include "drillevent.h"
#include "rewritehistory.h"

#include <QString>

struct DrillReport;
struct ReportDocument;

class RewriteReport
{
public:
    // The "Rewrites" section.
    static void addNetChanges(ReportDocument &doc, const DrillReport &report);
    // The "Appendix: rewrite history", when it says more than the net changes.
    static void addHistory(ReportDocument &doc, const DrillReport &report);
    // "edited", "edited (undo)", "moved (redo)".
    static QString label(DrillEvent::Kind kind, RewriteHistory::Role role);
    // "MM-dd HH:mm:ss" in UTC.
    static QString clockTime(qint64 ms);
};
