#include "steprewrite.h"

#include "duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StepRewrite", text);
}

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject StepRewrite::stepToJson(const Step &s)
{
    QJsonObject o{{u"id"_s, s.id}, {u"title"_s, s.title}};
    putText(o, u"instructions"_s, s.instructions);
    putText(o, u"role"_s, s.role);
    if (s.expectedSeconds > 0)
        o.insert(u"expected"_s, double(s.expectedSeconds));
    o.insert(u"automation"_s, Step::automationName(s.automation));
    putText(o, u"command"_s, s.command);
    putText(o, u"verify"_s, s.verify);
    putText(o, u"notes"_s, s.notes);
    if (!s.dependsOn.isEmpty())
        o.insert(u"depends_on"_s, QJsonArray::fromStringList(s.dependsOn));
    putText(o, u"milestone"_s, s.milestone);
    return o;
}

Step StepRewrite::stepFromJson(const QJsonObject &o)
{
    Step s;
    s.id = o.value(u"id"_s).toString();
    s.title = o.value(u"title"_s).toString();
    s.instructions = o.value(u"instructions"_s).toString();
    s.role = o.value(u"role"_s).toString();
    const QJsonValue expected = o.value(u"expected"_s);
    s.expectedSeconds = expected.isDouble()
                            ? qint64(expected.toDouble())
                            : Duration::parseSeconds(expected.toString()).value_or(0);
    s.automation = Step::automationFromName(o.value(u"automation"_s).toString())
                       .value_or(Step::Automation::Manual);
    s.command = o.value(u"command"_s).toString();
    s.verify = o.value(u"verify"_s).toString();
    s.notes = o.value(u"notes"_s).toString();
    for (const QJsonValue &v : o.value(u"depends_on"_s).toArray())
        s.dependsOn.append(v.toString());
    s.milestone = o.value(u"milestone"_s).toString();
    return s;
}

namespace {
StepRewrite made(StepRewrite::Kind kind, const QString &phaseId, int index, const Step &before,
                 const Step &after)
{
    StepRewrite r;
    r.kind = kind;
    r.phaseId = phaseId;
    r.index = index;
    r.before = before;
    r.after = after;
    return r;
}
} // namespace

StepRewrite StepRewrite::edit(const QString &phaseId, int index, const Step &before,
                              const Step &after)
{
    return made(Kind::Edit, phaseId, index, before, after);
}

StepRewrite StepRewrite::insert(const QString &phaseId, int index, const Step &step)
{
    return made(Kind::Insert, phaseId, index, {}, step);
}

StepRewrite StepRewrite::remove(const QString &phaseId, int index, const Step &step)
{
    return made(Kind::Remove, phaseId, index, step, {});
}

StepRewrite StepRewrite::move(const QString &phaseId, int index, const Step &step,
                              const QString &toPhaseId, int toIndex)
{
    StepRewrite r = made(Kind::Move, phaseId, index, step, {});
    r.toPhaseId = toPhaseId;
    r.toIndex = toIndex;
    return r;
}

StepRewrite StepRewrite::inverted() const
{
    StepRewrite r;
    switch (kind) {
    case Kind::Edit:
        r = edit(phaseId, index, after, before);
        break;
    case Kind::Insert:
        r = remove(phaseId, index, after);
        break;
    case Kind::Remove:
        r = insert(phaseId, index, before);
        break;
    case Kind::Move:
        r = move(toPhaseId, toIndex, before, phaseId, index);
        break;
    }
    r.undo = true;
    return r;
}

DrillEvent::Kind StepRewrite::eventKind() const
{
    switch (kind) {
    case Kind::Edit:
        return DrillEvent::Kind::StepEdited;
    case Kind::Insert:
        return DrillEvent::Kind::StepInserted;
    case Kind::Remove:
        return DrillEvent::Kind::StepRemoved;
    case Kind::Move:
        return DrillEvent::Kind::StepMoved;
    }
    return DrillEvent::Kind::StepEdited;
}

DrillEvent StepRewrite::toEvent() const
{
    QJsonObject o{{u"phase"_s, phaseId}, {u"index"_s, index}};
    if (kind != Kind::Insert)
        o.insert(u"before"_s, stepToJson(before));
    if (kind == Kind::Edit || kind == Kind::Insert)
        o.insert(u"after"_s, stepToJson(after));
    if (kind == Kind::Move) {
        o.insert(u"toPhase"_s, toPhaseId);
        o.insert(u"toIndex"_s, toIndex);
    }
    if (undo)
        o.insert(u"undo"_s, true);
    DrillEvent e;
    e.kind = eventKind();
    e.stepId = stepId();
    e.payload = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return e;
}

std::optional<StepRewrite> StepRewrite::fromEvent(const DrillEvent &e, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<StepRewrite> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    StepRewrite r;
    switch (e.kind) {
    case DrillEvent::Kind::StepEdited:
        r.kind = Kind::Edit;
        break;
    case DrillEvent::Kind::StepInserted:
        r.kind = Kind::Insert;
        break;
    case DrillEvent::Kind::StepRemoved:
        r.kind = Kind::Remove;
        break;
    case DrillEvent::Kind::StepMoved:
        r.kind = Kind::Move;
        break;
    default:
        return fail(
            tr("the %1 event is not a rewrite of the procedure").arg(DrillEvent::kindName(e.kind)));
    }
    const QJsonObject o = e.payloadObject();
    const QString kindName = DrillEvent::kindName(e.kind);
    r.phaseId = o.value(u"phase"_s).toString();
    if (r.phaseId.isEmpty() || !o.value(u"index"_s).isDouble())
        return fail(tr("a %1 event needs the phase and the index of the step").arg(kindName));
    r.index = o.value(u"index"_s).toInt();
    const bool needsBefore = r.kind != Kind::Insert;
    const bool needsAfter = r.kind == Kind::Edit || r.kind == Kind::Insert;
    if (needsBefore && !o.value(u"before"_s).isObject())
        return fail(tr("a %1 event needs the step as it was (`before`)").arg(kindName));
    if (needsAfter && !o.value(u"after"_s).isObject())
        return fail(tr("a %1 event needs the step as it becomes (`after`)").arg(kindName));
    if (needsBefore)
        r.before = stepFromJson(o.value(u"before"_s).toObject());
    if (needsAfter)
        r.after = stepFromJson(o.value(u"after"_s).toObject());
    if (r.kind == Kind::Move) {
        r.toPhaseId = o.value(u"toPhase"_s).toString();
        if (r.toPhaseId.isEmpty() || !o.value(u"toIndex"_s).isDouble())
            return fail(tr("a step-moved event needs where the step goes (`toPhase`, `toIndex`)"));
        r.toIndex = o.value(u"toIndex"_s).toInt();
    }
    r.undo = o.value(u"undo"_s).toBool();
    if (r.stepId() != e.stepId)
        return fail(tr("the %1 event names step `%2` but its payload is about step `%3`")
                        .arg(kindName, e.stepId, r.stepId()));
    return r;
}
