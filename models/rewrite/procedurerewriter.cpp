#include "procedurerewriter.h"

#include "runbook.h"
#include "runbookvalidator.h"
#include "steprewrite.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureRewriter)
};

Phase *findPhase(Runbook &runbook, const QString &phaseId)
{
    for (Phase &p : runbook.phases)
        if (p.id == phaseId)
            return &p;
    return nullptr;
}

// The rewrite made on a copy; the copy, or why it cannot be made.
QString rewritten(Runbook &rb, const StepRewrite &r)
{
    using Kind = StepRewrite::Kind;
    Phase *phase = findPhase(rb, r.phaseId);
    if (!phase)
        return Text::tr("there is no phase `%1` in the runbook").arg(r.phaseId);
    const int size = int(phase->steps.size());
    if (r.kind == Kind::Insert) {
        if (r.index < 0 || r.index > size)
            return Text::tr(
                       "cannot insert step `%1` at position %2 of phase `%3`, which has %4 steps")
                .arg(r.after.id)
                .arg(r.index + 1)
                .arg(r.phaseId)
                .arg(size);
        Step step = r.after;
        step.locations.clear();
        phase->steps.insert(r.index, step);
        return {};
    }
    if (r.index < 0 || r.index >= size || phase->steps[r.index].id != r.before.id)
        return Text::tr("step `%1` is not at position %2 of phase `%3` any more")
            .arg(r.before.id)
            .arg(r.index + 1)
            .arg(r.phaseId);
    Step &current = phase->steps[r.index];
    if (!(current == r.before))
        return Text::tr("step `%1` has changed since this rewrite was made").arg(r.before.id);
    switch (r.kind) {
    case Kind::Edit: {
        if (r.after.id != r.before.id)
            return Text::tr("a step's id stays stable: `%1` cannot become `%2`; insert a new step "
                            "instead")
                .arg(r.before.id, r.after.id);
        const QHash<QString, SourceLocation> locations = current.locations;
        current = r.after;
        current.locations = locations; // where its keys were, so a saved file keeps their order
        return {};
    }
    case Kind::Remove:
        phase->steps.removeAt(r.index);
        return {};
    case Kind::Move: {
        Step step = phase->steps.takeAt(r.index);
        Phase *to = findPhase(rb, r.toPhaseId);
        if (!to)
            return Text::tr("there is no phase `%1` in the runbook").arg(r.toPhaseId);
        if (r.toIndex < 0 || r.toIndex > to->steps.size())
            return Text::tr(
                       "cannot move step `%1` to position %2 of phase `%3`, which has %4 steps")
                .arg(step.id)
                .arg(r.toIndex + 1)
                .arg(r.toPhaseId)
                .arg(to->steps.size());
        to->steps.insert(r.toIndex, step);
        return {};
    }
    case Kind::Insert:
        break;
    }
    return {};
}
} // namespace

QList<Diagnostic> ProcedureRewriter::check(const Runbook &runbook, const StepRewrite &rewrite,
                                           const QString &fileName)
{
    Runbook copy = runbook;
    return apply(copy, rewrite, fileName);
}

QList<Diagnostic> ProcedureRewriter::apply(Runbook &runbook, const StepRewrite &rewrite,
                                           const QString &fileName)
{
    Runbook candidate = runbook;
    if (const QString why = rewritten(candidate, rewrite); !why.isEmpty())
        return {Diagnostic::error(fileName, {}, why)};
    // Only what the change introduces counts: a runbook that loaded is valid.
    QList<Diagnostic> problems = RunbookValidator::validate(candidate, fileName);
    problems.removeIf([](const Diagnostic &d) { return !d.isError(); });
    if (!problems.isEmpty())
        return problems;
    runbook = std::move(candidate);
    return {};
}

QString ProcedureRewriter::message(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QString ProcedureRewriter::reasons(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.message;
    return lines.join(u'\n');
}
