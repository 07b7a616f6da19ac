#include "drillevent.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
struct KindName
{
    DrillEvent::Kind kind;
    QStringView name;
};
constexpr KindName kindTable[] = {
    {DrillEvent::Kind::Started, u"started"},
    {DrillEvent::Kind::StepStarted, u"step-started"},
    {DrillEvent::Kind::StepDone, u"step-done"},
    {DrillEvent::Kind::StepSkipped, u"step-skipped"},
    {DrillEvent::Kind::StepBlocked, u"step-blocked"},
    {DrillEvent::Kind::StepUnblocked, u"step-unblocked"},
    {DrillEvent::Kind::StepReopened, u"step-reopened"},
    {DrillEvent::Kind::Paused, u"paused"},
    {DrillEvent::Kind::Resumed, u"resumed"},
    {DrillEvent::Kind::InjectRevealed, u"inject-revealed"},
    {DrillEvent::Kind::DataRestoredAt, u"data-restored-at"},
    {DrillEvent::Kind::Observation, u"observation"},
    {DrillEvent::Kind::Finished, u"finished"},
    {DrillEvent::Kind::Aborted, u"aborted"},
    {DrillEvent::Kind::StepUnstarted, u"step-unstarted"},
    {DrillEvent::Kind::StepEdited, u"step-edited"},
    {DrillEvent::Kind::StepInserted, u"step-inserted"},
    {DrillEvent::Kind::StepRemoved, u"step-removed"},
    {DrillEvent::Kind::StepMoved, u"step-moved"},
    {DrillEvent::Kind::RunbookSaved, u"runbook-saved"},
    {DrillEvent::Kind::ObservationEdited, u"observation-edited"},
    {DrillEvent::Kind::ObservationDeleted, u"observation-deleted"},
    {DrillEvent::Kind::AnnotationAdded, u"annotation-added"},
    {DrillEvent::Kind::AnnotationEdited, u"annotation-edited"},
    {DrillEvent::Kind::AnnotationRemoved, u"annotation-removed"},
    {DrillEvent::Kind::ScoreRecorded, u"score-recorded"},
    {DrillEvent::Kind::CommandRun, u"command-run"},
    {DrillEvent::Kind::SignedOff, u"signed-off"},
    {DrillEvent::Kind::DecisionMade, u"decision-made"},
    {DrillEvent::Kind::WaitStarted, u"wait-started"},
    {DrillEvent::Kind::WaitEnded, u"wait-ended"},
};
} // namespace

QString DrillEvent::kindName(Kind kind)
{
    for (const KindName &k : kindTable)
        if (k.kind == kind)
            return k.name.toString();
    return {};
}

std::optional<DrillEvent::Kind> DrillEvent::kindFromName(QStringView name)
{
    for (const KindName &k : kindTable)
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

QStringList DrillEvent::kindNames()
{
    QStringList names;
    for (const KindName &k : kindTable)
        names.append(k.name.toString());
    return names;
}

bool DrillEvent::isStepKind(Kind kind)
{
    switch (kind) {
    case Kind::StepStarted:
    case Kind::StepDone:
    case Kind::StepSkipped:
    case Kind::StepBlocked:
    case Kind::StepUnblocked:
    case Kind::StepReopened:
    case Kind::StepUnstarted:
    case Kind::CommandRun:
    case Kind::DecisionMade:
    case Kind::WaitStarted:
    case Kind::WaitEnded:
        return true;
    default:
        return false;
    }
}

bool DrillEvent::isRewriteKind(Kind kind)
{
    switch (kind) {
    case Kind::StepEdited:
    case Kind::StepInserted:
    case Kind::StepRemoved:
    case Kind::StepMoved:
        return true;
    default:
        return false;
    }
}

bool DrillEvent::isRecordKind(Kind kind)
{
    switch (kind) {
    case Kind::RunbookSaved:
    case Kind::ObservationEdited:
    case Kind::ObservationDeleted:
    case Kind::AnnotationAdded:
    case Kind::AnnotationEdited:
    case Kind::AnnotationRemoved:
    case Kind::ScoreRecorded:
    case Kind::SignedOff:
        return true;
    default:
        return false;
    }
}

QJsonObject DrillEvent::payloadObject() const
{
    if (payload.isEmpty())
        return {};
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QString DrillEvent::reason() const
{
    return payloadObject().value(u"reason"_s).toString();
}

QString DrillEvent::category() const
{
    return categoryOf(payloadObject());
}

QString DrillEvent::categoryOf(const QJsonObject &payload)
{
    const QString c = payload.value(u"category"_s).toString();
    return c.isEmpty() ? u"note"_s : c;
}

QString DrillEvent::text() const
{
    return payloadObject().value(u"text"_s).toString();
}

QString DrillEvent::injectId() const
{
    return payloadObject().value(u"inject"_s).toString();
}

std::optional<qint64> DrillEvent::dataTimeMs() const
{
    const QJsonValue v = payloadObject().value(u"dataTimeMs"_s);
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}

QString DrillEvent::payloadWith(const QString &key, const QJsonValue &value)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact));
}

QJsonObject DrillEvent::toJson() const
{
    QJsonObject o;
    o[u"id"_s] = id;
    o[u"drillId"_s] = drillId;
    o[u"timeMs"_s] = timeMs;
    o[u"author"_s] = author;
    o[u"kind"_s] = kindName(kind);
    o[u"stepId"_s] = stepId;
    o[u"payload"_s] = payload;
    return o;
}

std::optional<DrillEvent> DrillEvent::fromJson(const QJsonObject &o)
{
    const auto k = kindFromName(o.value(u"kind"_s).toString());
    if (!k)
        return std::nullopt;
    DrillEvent e;
    e.id = qint64(o.value(u"id"_s).toDouble());
    e.drillId = qint64(o.value(u"drillId"_s).toDouble());
    e.timeMs = qint64(o.value(u"timeMs"_s).toDouble());
    e.author = o.value(u"author"_s).toString();
    e.kind = *k;
    e.stepId = o.value(u"stepId"_s).toString();
    e.payload = o.value(u"payload"_s).toString();
    return e;
}
