// Applies a live rewrite (StepRewrite) to a runbook under the loader's rules: a change that
// would leave the runbook invalid is refused with the validator's diagnostics, and the
// runbook is left exactly as it was.
#pragma once

#include "diagnostic.h"

struct Runbook;
struct StepRewrite;

class ProcedureRewriter
{
public:
    // Empty on success (the runbook is rewritten); else what is wrong, the runbook untouched.
    // fileName prefixes the diagnostics as the loader's do.
    static QList<Diagnostic> apply(Runbook &runbook, const StepRewrite &rewrite,
                                   const QString &fileName);
    // The same without changing anything.
    static QList<Diagnostic> check(const Runbook &runbook, const StepRewrite &rewrite,
                                   const QString &fileName);
    // The diagnostics one per line, as the loader prints them.
    static QString message(const QList<Diagnostic> &diagnostics);
    // Why a rewrite is refused, one reason per line, for the facilitator in the step dialog:
    // the texts alone, without a file name or a position in the file.
    static QString reasons(const QList<Diagnostic> &diagnostics);
};
