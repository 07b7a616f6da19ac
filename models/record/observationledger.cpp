#include "observationledger.h"

#include "quickentry.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ObservationLedger", text);
}
} // namespace

ObservationLedger::ObservationLedger(const QList<DrillEvent> &events)
{
    for (const DrillEvent &e : events)
        apply(e);
}

qint64 ObservationLedger::targetOf(const DrillEvent &event)
{
    return qint64(event.payloadObject().value(u"observation"_s).toDouble());
}

QString ObservationLedger::editPayload(qint64 observationId, const QString &text,
                                       const QString &category, const QString &author,
                                       const QString &stepId)
{
    const QJsonObject o{{u"observation"_s, double(observationId)},
                        {u"text"_s, text},
                        {u"category"_s, category},
                        {u"author"_s, author},
                        {u"stepId"_s, stepId}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ObservationLedger::deletePayload(qint64 observationId, const QString &reason)
{
    const QJsonObject o{{u"observation"_s, double(observationId)}, {u"reason"_s, reason}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ObservationLedger::check(const DrillEvent &event) const
{
    using Kind = DrillEvent::Kind;
    if (event.kind != Kind::ObservationEdited && event.kind != Kind::ObservationDeleted)
        return {};
    const qint64 target = targetOf(event);
    const Observation *o = find(target);
    if (!o)
        return tr("there is no observation %1 in this drill to change").arg(target);
    if (o->deleted)
        return tr("observation %1 was deleted; it cannot change any more").arg(target);
    if (event.kind == Kind::ObservationDeleted)
        return {};
    const QJsonObject p = event.payloadObject();
    if (const QString problem = QuickEntry::textProblem(p.value(u"text"_s).toString());
        !problem.isEmpty())
        return problem;
    const QString category = p.value(u"category"_s).toString();
    if (!QuickEntry::categories().contains(category))
        return tr("`%1` is not an observation category; use one of %2")
            .arg(category, QuickEntry::categories().join(u", "_s));
    if (const QString problem = QuickEntry::nameProblem(p.value(u"author"_s).toString());
        !problem.isEmpty())
        return problem;
    return {};
}

qint64 ObservationLedger::apply(const DrillEvent &e)
{
    using Kind = DrillEvent::Kind;
    switch (e.kind) {
    case Kind::Observation: {
        Observation o;
        o.eventId = e.id;
        o.timeMs = e.timeMs;
        o.author = e.author;
        const QJsonObject p = e.payloadObject(); // parsed once for both
        o.category = DrillEvent::categoryOf(p);
        o.text = p.value(u"text"_s).toString();
        o.stepId = e.stepId;
        m_index.insert(e.id, m_observations.size());
        m_observations.append(o);
        return e.id;
    }
    case Kind::ObservationEdited:
    case Kind::ObservationDeleted: {
        const qint64 target = targetOf(e);
        const auto it = m_index.constFind(target);
        if (it == m_index.constEnd())
            return 0;
        Observation &o = m_observations[*it];
        const QJsonObject p = e.payloadObject();
        o.changedMs = e.timeMs;
        if (e.kind == Kind::ObservationDeleted) {
            o.deleted = true;
            o.deleteReason = p.value(u"reason"_s).toString();
        } else {
            o.text = p.value(u"text"_s).toString(o.text);
            o.category = p.value(u"category"_s).toString(o.category);
            o.author = p.value(u"author"_s).toString(o.author);
            o.stepId = p.value(u"stepId"_s).toString(o.stepId);
            ++o.edits;
        }
        return target;
    }
    default:
        return 0;
    }
}

QList<ObservationLedger::Observation> ObservationLedger::current() const
{
    QList<Observation> out;
    for (const Observation &o : m_observations)
        if (!o.deleted)
            out.append(o);
    return out;
}

const ObservationLedger::Observation *ObservationLedger::find(qint64 eventId) const
{
    const auto it = m_index.constFind(eventId);
    return it == m_index.constEnd() ? nullptr : &m_observations[*it];
}
