#include "signoff.h"

#include "quickentry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in (lupdate finds Text::tr in free functions).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignOff)
};
} // namespace

QString SignOff::defaultStatement()
{
    return Text::tr("I observed this drill; the figures are correct.");
}

QString SignOff::check(const DrillEvent &event)
{
    const std::optional<SignOff> s = fromEvent(event);
    if (!s)
        return {};
    if (s->name.trimmed().isEmpty() || s->role.trimmed().isEmpty())
        return Text::tr("a sign-off needs the name and the role of who signs");
    if (QString p = QuickEntry::nameProblem(s->name); !p.isEmpty())
        return Text::tr("the name of who signs: %1").arg(p);
    if (QString p = QuickEntry::nameProblem(s->role); !p.isEmpty())
        return Text::tr("the role of who signs: %1").arg(p);
    const std::pair<QString, QString> texts[] = {{Text::tr("the statement"), s->statement},
                                                 {Text::tr("the reservations"), s->reservations}};
    for (const auto &[what, text] : texts)
        if (!text.trimmed().isEmpty())
            if (QString p = QuickEntry::textProblem(text); !p.isEmpty())
                return u"%1: %2"_s.arg(what, p);
    return {};
}

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
