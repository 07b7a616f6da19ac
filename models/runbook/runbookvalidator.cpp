#include "runbookvalidator.h"

#include "decisionbranches.h"
#include "nearestname.h"
#include "runbook.h"
#include "runbooklimits.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunbookValidator)
};

QString quoted(const QString &value, qsizetype maxChars = 60)
{
    return TerminalText::excerpt(value, maxChars);
}

// How long a text may be and which whitespace controls it may hold.
enum class TextKind {
    Name,  // one line: an environment, a role
    Line,  // one line: a title, the service, the owner, an evaluation criterion
    Block, // lines: instructions, description, scenario, notes, command, verify
};

QString controlName(char16_t c)
{
    QString name = u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    static const QHash<char16_t, QString> short_ = {{0x00, u"NUL"_s},
                                                    {0x07, u"BEL"_s},
                                                    {0x08, u"BS"_s},
                                                    {0x09, u"TAB"_s},
                                                    {0x0A, u"LF"_s},
                                                    {0x0B, u"VT"_s},
                                                    {0x0C, u"FF"_s},
                                                    {0x0D, u"CR"_s},
                                                    {0x1B, u"ESC"_s},
                                                    {0x7F, u"DEL"_s},
                                                    {0x202A, u"LEFT-TO-RIGHT EMBEDDING"_s},
                                                    {0x202B, u"RIGHT-TO-LEFT EMBEDDING"_s},
                                                    {0x202C, u"POP DIRECTIONAL FORMATTING"_s},
                                                    {0x202D, u"LEFT-TO-RIGHT OVERRIDE"_s},
                                                    {0x202E, u"RIGHT-TO-LEFT OVERRIDE"_s},
                                                    {0x2066, u"LEFT-TO-RIGHT ISOLATE"_s},
                                                    {0x2067, u"RIGHT-TO-LEFT ISOLATE"_s},
                                                    {0x2068, u"FIRST STRONG ISOLATE"_s},
                                                    {0x2069, u"POP DIRECTIONAL ISOLATE"_s}};
    if (const auto it = short_.constFind(c); it != short_.cend())
        name += u" ("_s + *it + u')';
    return name;
}

class Checker
{
public:
    Checker(const Runbook &runbook, const QString &fileName) : rb(runbook), file(fileName) {}

    QList<Diagnostic> run()
    {
        checkIds();
        checkPhasesAndSteps();
        checkDependencies();
        checkCycles();
        checkInjects();
        checkDecisions();
        checkListUnique(rb.environments, u"environments"_s, Text::tr("environment"));
        checkListUnique(rb.roles, u"roles"_s, Text::tr("role"));
        checkTexts();
        checkListSizes();
        checkCommandSettings(rb.commandSettings, rb.locations);
        for (const Phase &phase : rb.phases)
            for (const Step &step : phase.steps) {
                if (full())
                    break;
                checkCommandSettings(step.commandSettings, step.locations);
                if (!step.verifyCommand.isEmpty() && step.command.trimmed().isEmpty())
                    error(step.locationOf(u"verify_command"_s),
                          Text::tr("step `%1` has a `verify_command` but no `command`; the check "
                                   "runs after the command passed: add the `command`, or say the "
                                   "check in `verify` for people")
                              .arg(quoted(step.id)));
            }
        Diagnostic::sortByLocation(out);
        return out;
    }

private:
    void error(SourceLocation at, const QString &message)
    {
        if (!full())
            out.append(Diagnostic::error(file, at, message));
    }

    // Enough problems to work on: the costly checks stop (a hostile file must not make each
    // of a million problems cost a search for the nearest name).
    // One past the limit, so that RunbookLoader can say that more follow.
    bool full() const { return out.size() > RunbookLimits::diagnostics; }

    void checkTexts()
    {
        using K = TextKind;
        auto top = [this](const QString &value, K kind, const QString &key) {
            checkText(value, kind, key, rb.locations.value(key));
        };
        top(rb.title, K::Line, u"title"_s);
        top(rb.service, K::Line, u"service"_s);
        top(rb.owner, K::Line, u"owner"_s);
        top(rb.description, K::Block, u"description"_s);
        top(rb.scenario, K::Block, u"scenario"_s);
        auto list = [this](const QStringList &values, K kind, const QString &key) {
            for (qsizetype i = 0; i < values.size(); ++i)
                checkText(values[i], kind, key,
                          rb.locations.value(key + u'/' + QString::number(i)));
        };
        list(rb.environments, K::Name, u"environments"_s);
        list(rb.roles, K::Name, u"roles"_s);
        list(rb.evaluation, K::Line, u"evaluation"_s);
        for (const Inject &inject : rb.injects) {
            checkText(inject.title, K::Line, u"title"_s, inject.locations.value(u"title"_s));
            checkText(inject.note, K::Block, u"note"_s, inject.locations.value(u"note"_s));
        }
        for (const Phase &phase : rb.phases) {
            checkText(phase.title, K::Line, u"title"_s, phase.locations.value(u"title"_s));
            for (const Step &step : phase.steps) {
                if (full())
                    return;
                const auto field = [&](const QString &value, K kind, const QString &key) {
                    checkText(value, kind, key, step.locationOf(key));
                };
                field(step.title, K::Line, u"title"_s);
                field(step.instructions, K::Block, u"instructions"_s);
                field(step.command, K::Block, u"command"_s);
                field(step.verify, K::Block, u"verify"_s);
                field(step.verifyCommand, K::Block, u"verify_command"_s);
                field(step.notes, K::Block, u"notes"_s);
                const Decision &d = step.decision;
                checkText(d.question, K::Line, u"question"_s, d.locations.value(u"question"_s));
                for (const DecisionOption &o : d.options)
                    checkText(o.label, K::Line, u"label"_s, o.locations.value(u"label"_s));
            }
        }
    }

    // The length limit, and no control character but tab and line breaks in multi-line text.
    void checkText(const QString &value, TextKind kind, const QString &key, SourceLocation at)
    {
        const int limit = kind == TextKind::Name   ? RunbookLimits::nameChars
                          : kind == TextKind::Line ? RunbookLimits::lineChars
                                                   : RunbookLimits::blockChars;
        if (value.size() > limit)
            error(at,
                  Text::tr("`%1` is %2 characters long; it may be at most %3 (see Limits in the "
                           "runbook format)")
                      .arg(key, QString::number(value.size()), QString::number(limit)));
        bool warnedBidi = false;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t c = value[i].unicode();
            if (!TerminalText::isUnsafe(c))
                continue;
            const QString where = QString::number(i + 1);
            if (TerminalText::isBidiControl(c)) {
                if (!std::exchange(warnedBidi, true))
                    out.append(Diagnostic::warning(
                        file, at,
                        Text::tr(
                            "`%1` holds %2 at character %3, which makes text display in another "
                            "order than it is stored; remove it unless the text needs it")
                            .arg(key, controlName(c), where)));
                continue;
            }
            const bool lastLineBreak = c == u'\n' && i == value.size() - 1; // `|` or `>`
            if (kind == TextKind::Block ? (c == u'\n' || c == u'\t') : lastLineBreak)
                continue;
            if (c == u'\n' || c == u'\t')
                error(at,
                      Text::tr("`%1` holds a %2 at character %3; it is one line of text: %4")
                          .arg(key, c == u'\n' ? Text::tr("line break") : Text::tr("tab"), where,
                               c == u'\n' ? Text::tr("write it on one line")
                                          : Text::tr("use spaces instead")));
            else
                error(at,
                      (kind == TextKind::Block
                           ? Text::tr("`%1` holds the control character %2 at character %3; remove "
                                      "it (text holds no control character but tab and line break)")
                           : Text::tr("`%1` holds the control character %2 at character %3; remove "
                                      "it (one line of text holds no control character)"))
                          .arg(key, controlName(c), where));
            return; // one control character said is enough for one value
        }
    }

    void checkListSizes()
    {
        auto limit = [this](qsizetype size, int max, const QString &key, SourceLocation at,
                            const QString &what) {
            if (size > max)
                error(at, Text::tr("`%1` lists %2 %3; a runbook holds at most %4")
                              .arg(key, QString::number(size), what, QString::number(max)));
        };
        limit(rb.phases.size(), RunbookLimits::phases, u"phases"_s, rb.locations.value(u"phases"_s),
              Text::tr("phases"));
        limit(rb.injects.size(), RunbookLimits::injects, u"injects"_s,
              rb.locations.value(u"injects"_s), Text::tr("injects"));
        limit(rb.environments.size(), RunbookLimits::environments, u"environments"_s,
              rb.locations.value(u"environments"_s), Text::tr("environments"));
        limit(rb.roles.size(), RunbookLimits::roles, u"roles"_s, rb.locations.value(u"roles"_s),
              Text::tr("roles"));
        limit(rb.evaluation.size(), RunbookLimits::evaluation, u"evaluation"_s,
              rb.locations.value(u"evaluation"_s), Text::tr("criteria"));
        if (rb.stepCount() > RunbookLimits::steps)
            error({},
                  Text::tr("too many steps: a runbook holds at most %1").arg(RunbookLimits::steps));
        for (const Phase &phase : rb.phases)
            for (const Step &step : phase.steps)
                if (step.dependsOn.size() > RunbookLimits::dependsOn)
                    error(step.locationOf(u"depends_on"_s),
                          Text::tr("`depends_on` lists %1 steps; a step depends on at most %2 (a "
                                   "step that waits for many can wait for one that gathers them)")
                              .arg(QString::number(step.dependsOn.size()),
                                   QString::number(RunbookLimits::dependsOn)));
    }

    // `shell`, `workdir` and `env` of the runbook or of one step (`timeout` is read as a
    // duration by the parser).
    void checkCommandSettings(const CommandSettings &settings,
                              const QHash<QString, SourceLocation> &locations)
    {
        const auto at = [&locations](const QString &key) {
            return locations.value(key, locations.value(QString()));
        };
        if (!settings.shell.isEmpty() && settings.shell.trimmed().isEmpty())
            error(at(u"shell"_s),
                  Text::tr("`shell` is empty; give the program and its arguments "
                           "that the command follows, like `bash -eo pipefail -c`"));
        checkText(settings.shell, TextKind::Line, u"shell"_s, at(u"shell"_s));
        checkText(settings.workdir, TextKind::Line, u"workdir"_s, at(u"workdir"_s));
        for (const auto &[name, value] : settings.env) {
            const SourceLocation nameAt = at(u"env/"_s + name);
            if (!RunbookValidator::isValidEnvironmentName(name))
                error(nameAt, Text::tr("invalid variable name `%1` in `env`: use letters, digits "
                                       "and '_', not starting with a digit (like `PGHOST`)")
                                  .arg(quoted(name)));
            checkText(value, TextKind::Block, u"env: "_s + quoted(name), nameAt);
        }
    }

    void checkIds()
    {
        if (!rb.id.isEmpty() && !RunbookValidator::isValidId(rb.id))
            error(rb.locations.value(u"id"_s), invalidIdMessage(rb.id));
    }

    static QString invalidIdMessage(const QString &id)
    {
        return Text::tr("invalid id `%1`: use lowercase letters, digits, '-', '_' or '.', "
                        "starting with a letter or digit (like `restore-backup`)")
            .arg(quoted(id));
    }

    void checkPhasesAndSteps()
    {
        QHash<QString, SourceLocation> phaseIds;
        int milestones = 0;
        SourceLocation firstMilestone;
        for (const Phase &phase : rb.phases) {
            const SourceLocation phaseIdAt = phase.locations.value(u"id"_s);
            if (!phase.id.isEmpty() && !RunbookValidator::isValidId(phase.id))
                error(phaseIdAt, invalidIdMessage(phase.id));
            if (auto it = phaseIds.constFind(phase.id);
                it != phaseIds.cend() && !phase.id.isEmpty())
                error(phaseIdAt, Text::tr("duplicate phase id `%1`; it is already used at line %2")
                                     .arg(quoted(phase.id), QString::number(it->line)));
            else
                phaseIds.insert(phase.id, phaseIdAt);
            if (phase.steps.isEmpty())
                error(phase.locations.value(u"steps"_s, phase.locations.value(QString())),
                      Text::tr("phase `%1` has no steps; give it at least one")
                          .arg(quoted(phase.id)));

            for (const Step &step : phase.steps) {
                if (full())
                    return;
                const SourceLocation idAt = step.locationOf(u"id"_s);
                if (!step.id.isEmpty() && !RunbookValidator::isValidId(step.id))
                    error(idAt, invalidIdMessage(step.id));
                if (auto it = stepIds.constFind(step.id);
                    it != stepIds.cend() && !step.id.isEmpty())
                    // A step inserted during a drill has no line in the file.
                    error(idAt,
                          it->isValid()
                              ? Text::tr("duplicate step id `%1`; it is already used at line %2")
                                    .arg(quoted(step.id), QString::number(it->line))
                              : Text::tr("duplicate step id `%1`; another step of the "
                                         "procedure already uses it")
                                    .arg(quoted(step.id)));
                else
                    stepIds.insert(step.id, idAt);

                if (!step.role.isEmpty() && !rb.roles.contains(step.role)) {
                    const QString msg =
                        rb.roles.isEmpty()
                            ? Text::tr(
                                  "role `%1` is not declared; list it under the top-level `roles`")
                                  .arg(quoted(step.role))
                            : Text::tr("role `%1` is not one of the runbook's roles (%2)%3")
                                  .arg(quoted(step.role), quoted(rb.roles.join(u", "_s), 200),
                                       NearestName::hint(step.role, rb.roles));
                    error(step.locationOf(u"role"_s), msg);
                }
                if (!step.milestone.isEmpty() && !step.isServiceRestored())
                    error(step.locationOf(u"milestone"_s),
                          Text::tr("unknown milestone `%1`; the only milestone is `%2`")
                              .arg(quoted(step.milestone), Step::serviceRestoredMilestone));
                if (step.isServiceRestored()) {
                    if (++milestones == 1)
                        firstMilestone = step.locationOf(u"milestone"_s);
                    else
                        error(
                            step.locationOf(u"milestone"_s),
                            Text::tr("more than one `service-restored` milestone; the first is at "
                                     "line %1, and a runbook has one end of its RTO clock")
                                .arg(firstMilestone.line));
                }
            }
        }
    }

    void checkDependencies()
    {
        const QStringList known = stepIds.keys();
        for (const Phase &phase : rb.phases)
            for (const Step &step : phase.steps)
                for (qsizetype i = 0; i < step.dependsOn.size() && !full(); ++i) {
                    const QString &dep = step.dependsOn[i];
                    const SourceLocation at =
                        step.locationOf(u"depends_on/"_s + QString::number(i));
                    if (dep == step.id)
                        error(at, Text::tr("step `%1` depends on itself").arg(quoted(step.id)));
                    else if (!stepIds.contains(dep))
                        error(at, Text::tr("step `%1` depends on unknown step `%2`%3")
                                      .arg(quoted(step.id), quoted(dep),
                                           NearestName::hint(dep, known)));
                }
    }

    // Iterative depth-first search, so 10,000 chained steps cannot overflow the stack.
    void checkCycles()
    {
        QHash<QString, const Step *> byId;
        for (const Phase &phase : rb.phases)
            for (const Step &step : phase.steps)
                byId.insert(step.id, &step);
        enum Color : char { White, Grey, Black };
        QHash<QString, Color> color;
        struct Frame
        {
            const Step *step;
            qsizetype next;
        };
        for (const Phase &phase : rb.phases)
            for (const Step &root : phase.steps) {
                if (color.value(root.id, White) != White)
                    continue;
                QList<Frame> stack{{&root, 0}};
                color[root.id] = Grey;
                while (!stack.isEmpty()) {
                    Frame &top = stack.last();
                    if (top.next >= top.step->dependsOn.size()) {
                        color[top.step->id] = Black;
                        stack.removeLast();
                        continue;
                    }
                    const qsizetype depIndex = top.next++;
                    const QString &dep = top.step->dependsOn[depIndex];
                    const Step *target = byId.value(dep);
                    if (!target || dep == top.step->id)
                        continue; // reported by checkDependencies
                    const Color c = color.value(dep, White);
                    if (c == Grey) {
                        QStringList cycle{dep};
                        for (qsizetype k = stack.size() - 1; k >= 0; --k) {
                            cycle.prepend(stack[k].step->id);
                            if (stack[k].step->id == dep)
                                break;
                        }
                        if (cycle.size() > 10) // the ends say where it is; all of it says nothing
                            cycle = cycle.first(5) + QStringList{u"…"_s} + cycle.last(5);
                        for (QString &id : cycle)
                            id = quoted(id);
                        error(top.step->locationOf(u"depends_on/"_s + QString::number(depIndex)),
                              Text::tr("dependency cycle: %1; a step cannot wait for itself")
                                  .arg(cycle.join(u" -> "_s)));
                    } else if (c == White) {
                        color[dep] = Grey;
                        stack.append({target, 0});
                    }
                }
            }
    }

    void checkInjects()
    {
        QHash<QString, SourceLocation> ids;
        const QStringList known = stepIds.keys();
        for (const Inject &inject : rb.injects) {
            const SourceLocation at = inject.locations.value(u"id"_s);
            if (!inject.id.isEmpty() && !RunbookValidator::isValidId(inject.id))
                error(at, invalidIdMessage(inject.id));
            if (auto it = ids.constFind(inject.id); it != ids.cend() && !inject.id.isEmpty())
                error(at, Text::tr("duplicate inject id `%1`; it is already used at line %2")
                              .arg(quoted(inject.id), QString::number(it->line)));
            else
                ids.insert(inject.id, at);
            if (!inject.after.isEmpty() && !stepIds.contains(inject.after))
                error(inject.locations.value(u"after"_s),
                      Text::tr("inject `%1` is cued after unknown step `%2`%3")
                          .arg(quoted(inject.id), quoted(inject.after),
                               NearestName::hint(inject.after, known)));
        }
    }

    // Each option leads to a later step of the decision's own phase (or aborts); 2-9 options;
    // steps no option leads to are reported as unreachable.
    void checkDecisions()
    {
        const QStringList known = stepIds.keys();
        for (const Phase &phase : rb.phases)
            for (qsizetype d = 0; d < phase.steps.size() && !full(); ++d) {
                const Step &step = phase.steps[d];
                if (!step.isDecision())
                    continue;
                const Decision &decision = step.decision;
                const SourceLocation at = step.locationOf(u"decision"_s);
                const qsizetype n = decision.options.size();
                if (n < 2 || n > Decision::maxOptions)
                    error(decision.locations.value(u"options"_s, at),
                          Text::tr("the decision of step `%1` needs 2 to %3 options (one key "
                                   "each, 1-%3); it has %2")
                              .arg(quoted(step.id), QString::number(n),
                                   QString::number(Decision::maxOptions)));
                bool targetsValid = true;
                for (qsizetype i = 0; i < n; ++i)
                    targetsValid = checkOption(phase, d, i) && targetsValid;
                if (!targetsValid)
                    continue; // which steps are unreachable waits for the targets to be right
                const DecisionBranches branches(phase, d);
                for (const QString &id : branches.unreachable())
                    out.append(Diagnostic::warning(
                        file, stepIds.value(id),
                        Text::tr("step `%1` is unreachable: it follows decision `%2`, whose "
                                 "options lead past it; point an option's `goto` at it, or move "
                                 "it before the decision")
                            .arg(quoted(id), quoted(step.id))));
            }
    }

    // False when the option's target is wrong.
    bool checkOption(const Phase &phase, qsizetype d, qsizetype i)
    {
        const Step &step = phase.steps[d];
        const DecisionOption &o = step.decision.options[i];
        const SourceLocation at = o.locations.value(
            u"goto"_s, step.decision.locations.value(u"options/"_s + QString::number(i)));
        if (o.abort || o.gotoStep.isEmpty())
            return true;
        const QString &target = o.gotoStep;
        if (target == step.id) {
            error(at, Text::tr("option %1 of decision `%2` goes to the decision itself; a "
                               "decision leads to a later step of its phase")
                          .arg(QString::number(i + 1), quoted(step.id)));
            return false;
        }
        const Phase *targetPhase = rb.phaseOfStep(target);
        if (!targetPhase) {
            error(at, Text::tr("option %1 of decision `%2` goes to unknown step `%3`%4")
                          .arg(QString::number(i + 1), quoted(step.id), quoted(target),
                               NearestName::hint(target, stepIds.keys())));
            return false;
        }
        if (targetPhase->id != phase.id || targetPhase != &phase) {
            error(at, Text::tr("option %1 of decision `%2` goes to `%3` in phase `%4`; a branch "
                               "stays in the decision's phase `%5`: go to a later step of it")
                          .arg(QString::number(i + 1), quoted(step.id), quoted(target),
                               quoted(targetPhase->id), quoted(phase.id)));
            return false;
        }
        for (qsizetype j = 0; j < d; ++j)
            if (phase.steps[j].id == target) {
                error(at,
                      Text::tr("option %1 of decision `%2` goes back to `%3`, an earlier step: "
                               "that would form a loop; a decision leads to a later step of its "
                               "phase (reopen a step to repeat it)")
                          .arg(QString::number(i + 1), quoted(step.id), quoted(target)));
                return false;
            }
        return true;
    }

    void checkListUnique(const QStringList &list, const QString &key, const QString &what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (seen.contains(list[i]))
                error(rb.locations.value(key + u'/' + QString::number(i)),
                      Text::tr("duplicate %1 `%2` in `%3`").arg(what, quoted(list[i]), key));
            seen.insert(list[i]);
        }
    }

    const Runbook &rb;
    const QString &file;
    QHash<QString, SourceLocation> stepIds;
    QList<Diagnostic> out;
};
} // namespace

QList<Diagnostic> RunbookValidator::validate(const Runbook &runbook, const QString &fileName)
{
    return Checker(runbook, fileName).run();
}

bool RunbookValidator::isValidEnvironmentName(const QString &name)
{
    if (name.isEmpty() || name.size() > RunbookLimits::idChars)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && (i == 0 || c < u'0' || c > u'9'))
            return false;
    }
    return true;
}

bool RunbookValidator::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'-' && c != u'_' && c != u'.')))
            return false;
    }
    return true;
}
