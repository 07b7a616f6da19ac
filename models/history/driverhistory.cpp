#include "driverhistory.h"

#include "driverrole.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in (lupdate finds them in a class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriverHistory)
};

qint64 startOf(const DrillSummary &s)
{
    return s.metrics.startedMs >= 0 ? s.metrics.startedMs : s.drill.createdMs;
}
} // namespace

QString DriverHistory::Suggestion::why() const
{
    if (!isValid())
        return {};
    if (tally.drills == 0 || tally.lastMs < 0)
        return Text::tr("%1 has driven it %n time(s)", nullptr, tally.drills).arg(name);
    return Text::tr("%1 has driven it %n time(s), last on %2", nullptr, tally.drills)
        .arg(name,
             QDateTime::fromMSecsSinceEpoch(tally.lastMs, Qt::UTC).date().toString(Qt::ISODate));
}

DriverHistory DriverHistory::of(const QList<DrillSummary> &drills)
{
    QList<const DrillSummary *> started;
    for (const DrillSummary &s : drills)
        if (s.metrics.state != Drill::State::Planned)
            started.append(&s);
    std::sort(started.begin(), started.end(), [](const DrillSummary *a, const DrillSummary *b) {
        const qint64 sa = startOf(*a), sb = startOf(*b);
        return sa != sb ? sa < sb : a->drill.id < b->drill.id;
    });

    DriverHistory h;
    QSet<QString> people;
    for (const DrillSummary *s : std::as_const(started)) {
        Driven d;
        d.drillId = s->drill.id;
        d.runbookId = s->drill.runbookId;
        d.environment = s->drill.environment;
        d.iteration = s->drill.iteration;
        d.startedMs = startOf(*s);
        d.drivers = DriverRole::driversOf(s->drill);
        QHash<QString, Tally> &tallies = h.m_tallies[d.runbookId];
        for (const QString &name : std::as_const(d.drivers)) {
            Tally &t = tallies[name];
            if (t.drills == 0)
                d.newDrivers << name;
            ++t.drills;
            t.lastMs = std::max(t.lastMs, d.startedMs);
            people.insert(name);
        }
        if (!h.m_runbookIds.contains(d.runbookId))
            h.m_runbookIds << d.runbookId;
        h.m_drills.append(d);
    }
    h.m_people = QStringList(people.cbegin(), people.cend());
    h.m_people.sort();
    h.m_runbookIds.sort();
    return h;
}

QStringList DriverHistory::people() const
{
    return m_people;
}

QStringList DriverHistory::runbookIds() const
{
    return m_runbookIds;
}

DriverHistory::Tally DriverHistory::tally(const QString &runbookId, const QString &person) const
{
    return m_tallies.value(runbookId).value(person);
}

QStringList DriverHistory::driversOf(const QString &runbookId) const
{
    QStringList names = m_tallies.value(runbookId).keys();
    names.sort();
    return names;
}

QStringList DriverHistory::singleDriverRunbooks() const
{
    QStringList ids;
    for (const QString &id : m_runbookIds)
        if (singleDriver(id))
            ids << id;
    return ids;
}

QList<DriverHistory::Driven> DriverHistory::drillsOf(const QString &runbookId) const
{
    QList<Driven> out;
    for (const Driven &d : m_drills)
        if (d.runbookId == runbookId)
            out.append(d);
    return out;
}

DriverHistory::Driven DriverHistory::drill(qint64 drillId) const
{
    for (const Driven &d : m_drills)
        if (d.drillId == drillId)
            return d;
    return {};
}

DriverHistory::Suggestion DriverHistory::suggestDriver(const QString &runbookId) const
{
    Suggestion best;
    for (const QString &person : m_people) { // sorted: the name breaks the last tie
        const Tally t = tally(runbookId, person);
        if (!best.isValid() || t.drills < best.tally.drills ||
            (t.drills == best.tally.drills && t.lastMs < best.tally.lastMs))
            best = {person, t};
    }
    return best;
}
