#include "signoff.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString SignOff::toPayload() const
{
    const QJsonObject o{{u"name"_s, name},
                        {u"role"_s, role},
                        {u"statement"_s, statement},
                        {u"reservations"_s, reservations}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SignOff> SignOff::fromEvent(const DrillEvent &event)
{
    if (event.kind != DrillEvent::Kind::SignedOff)
        return std::nullopt;
    const QJsonObject o = event.payloadObject();
    SignOff s;
    s.eventId = event.id;
    s.timeMs = event.timeMs;
    s.name = o.value(u"name").toString(event.author);
    if (s.name.isEmpty())
        s.name = event.author;
    s.role = o.value(u"role").toString();
    s.statement = o.value(u"statement").toString();
    s.reservations = o.value(u"reservations").toString();
    return s;
}

bool SignOff::changesRecord(DrillEvent::Kind kind)
{
    using Kind = DrillEvent::Kind;
    switch (kind) {
    case Kind::SignedOff:
        return false;
    default:
        // Every other kind after the end edits the record; during the drill, every kind is it.
        return true;
    }
}

QList<SignOff> SignOff::of(const QList<DrillEvent> &events)
{
    QList<SignOff> out;
    for (const DrillEvent &e : events) {
        if (auto s = fromEvent(e)) {
            out.append(*s);
            continue;
        }
        if (changesRecord(e.kind))
            for (SignOff &earlier : out)
                ++earlier.changesAfter;
    }
    return out;
}
