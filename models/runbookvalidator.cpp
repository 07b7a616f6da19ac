#include "runbookvalidator.h"

#include "nearestname.h"
#include "runbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RunbookValidator", text);
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
        checkListUnique(rb.environments, u"environments"_s, tr("environment"));
        checkListUnique(rb.roles, u"roles"_s, tr("role"));
        Diagnostic::sortByLocation(out);
        return out;
    }

private:
    void error(SourceLocation at, const QString &message)
    {
        out.append(Diagnostic::error(file, at, message));
    }

    void checkIds()
    {
        if (!rb.id.isEmpty() && !RunbookValidator::isValidId(rb.id))
            error(rb.locations.value(u"id"_s), invalidIdMessage(rb.id));
    }

    static QString invalidIdMessage(const QString &id)
    {
        return tr("invalid id `%1`: use lowercase letters, digits, '-', '_' or '.', "
                  "starting with a letter or digit (like `restore-backup`)")
            .arg(id);
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
                error(phaseIdAt, tr("duplicate phase id `%1`; it is already used at line %2")
                                     .arg(phase.id, QString::number(it->line)));
            else
                phaseIds.insert(phase.id, phaseIdAt);
            if (phase.steps.isEmpty())
                error(phase.locations.value(u"steps"_s, phase.locations.value(QString())),
                      tr("phase `%1` has no steps; give it at least one").arg(phase.id));

            for (const Step &step : phase.steps) {
                const SourceLocation idAt = step.locationOf(u"id"_s);
                if (!step.id.isEmpty() && !RunbookValidator::isValidId(step.id))
                    error(idAt, invalidIdMessage(step.id));
                if (auto it = stepIds.constFind(step.id);
                    it != stepIds.cend() && !step.id.isEmpty())
                    // A step inserted during a drill has no line in the file.
                    error(idAt, it->isValid()
                                    ? tr("duplicate step id `%1`; it is already used at line %2")
                                          .arg(step.id, QString::number(it->line))
                                    : tr("duplicate step id `%1`; another step of the "
                                         "procedure already uses it")
                                          .arg(step.id));
                else
                    stepIds.insert(step.id, idAt);

                if (!step.role.isEmpty() && !rb.roles.contains(step.role)) {
                    const QString msg =
                        rb.roles.isEmpty()
                            ? tr("role `%1` is not declared; list it under the top-level `roles`")
                                  .arg(step.role)
                            : tr("role `%1` is not one of the runbook's roles (%2)%3")
                                  .arg(step.role, rb.roles.join(u", "_s),
                                       NearestName::hint(step.role, rb.roles));
                    error(step.locationOf(u"role"_s), msg);
                }
                if (!step.milestone.isEmpty() && !step.isServiceRestored())
                    error(step.locationOf(u"milestone"_s),
                          tr("unknown milestone `%1`; the only milestone is `%2`")
                              .arg(step.milestone, Step::serviceRestoredMilestone));
                if (step.isServiceRestored()) {
                    if (++milestones == 1)
                        firstMilestone = step.locationOf(u"milestone"_s);
                    else
                        error(step.locationOf(u"milestone"_s),
                              tr("more than one `service-restored` milestone; the first is at "
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
                for (qsizetype i = 0; i < step.dependsOn.size(); ++i) {
                    const QString &dep = step.dependsOn[i];
                    const SourceLocation at =
                        step.locationOf(u"depends_on/"_s + QString::number(i));
                    if (dep == step.id)
                        error(at, tr("step `%1` depends on itself").arg(step.id));
                    else if (!stepIds.contains(dep))
                        error(at, tr("step `%1` depends on unknown step `%2`%3")
                                      .arg(step.id, dep, NearestName::hint(dep, known)));
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
                        error(top.step->locationOf(u"depends_on/"_s + QString::number(depIndex)),
                              tr("dependency cycle: %1; a step cannot wait for itself")
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
                error(at, tr("duplicate inject id `%1`; it is already used at line %2")
                              .arg(inject.id, QString::number(it->line)));
            else
                ids.insert(inject.id, at);
            if (!inject.after.isEmpty() && !stepIds.contains(inject.after))
                error(inject.locations.value(u"after"_s),
                      tr("inject `%1` is cued after unknown step `%2`%3")
                          .arg(inject.id, inject.after, NearestName::hint(inject.after, known)));
        }
    }

    void checkListUnique(const QStringList &list, const QString &key, const QString &what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (seen.contains(list[i]))
                error(rb.locations.value(key + u'/' + QString::number(i)),
                      tr("duplicate %1 `%2` in `%3`").arg(what, list[i], key));
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
