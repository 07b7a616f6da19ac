#include "duration.h"

#include <algorithm>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
constexpr char16_t units[] = {u'd', u'h', u'm', u's'};
constexpr qint64 unitSeconds[] = {86400, 3600, 60, 1};

QString tr(const char *text)
{
    return QCoreApplication::translate("Duration", text);
}
} // namespace

std::optional<qint64> Duration::parseSeconds(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString example = tr("write it as a number with a unit, like 90s, 15m, 1h30m or 2d");
    if (text.isEmpty())
        return fail(tr("empty duration; %1").arg(example));

    qint64 total = 0;
    int nextUnit = 0; // units must come in the order d, h, m, s, each once
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        qint64 value = 0;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            value = value * 10 + (text[i].unicode() - u'0');
            if (value > maxSeconds)
                return fail(tr("duration `%1` is too long; the longest is %2")
                                .arg(text.toString(), format(maxSeconds)));
            ++i;
        }
        if (i < text.size() && text[i].isSpace())
            return fail(tr("invalid duration `%1`: no spaces inside a duration; write it like "
                           "1h30m")
                            .arg(text.toString()));
        if (i == start)
            return fail(tr("invalid duration `%1`: expected a number at `%2`; %3")
                            .arg(text.toString(), text.mid(i).toString(), example));
        if (i == text.size())
            return fail(tr("invalid duration `%1`: the number %2 has no unit; %3")
                            .arg(text.toString(), QString::number(value), example));
        if (text[i].isSpace())
            return fail(tr("invalid duration `%1`: no spaces inside a duration; write it like "
                           "1h30m")
                            .arg(text.toString()));
        const QChar unit = text[i].toLower();
        int u = nextUnit;
        while (u < 4 && units[u] != unit.unicode())
            ++u;
        if (u == 4) {
            const bool known = unit == u'd' || unit == u'h' || unit == u'm' || unit == u's';
            return fail(known ? tr("invalid duration `%1`: units must come once each, in the "
                                   "order d, h, m, s (like 1h30m)")
                                    .arg(text.toString())
                              : tr("invalid duration `%1`: unknown unit `%2`; units are d, h, "
                                   "m and s, like 90s, 15m, 1h30m or 2d")
                                    .arg(text.toString(), QString(text[i])));
        }
        total += value * unitSeconds[u];
        if (total > maxSeconds)
            return fail(tr("duration `%1` is too long; the longest is %2")
                            .arg(text.toString(), format(maxSeconds)));
        nextUnit = u + 1;
        ++i;
    }
    return total;
}

QString Duration::format(qint64 seconds)
{
    if (seconds <= 0)
        return u"0s"_s;
    QString out;
    for (int u = 0; u < 4; ++u) {
        const qint64 n = seconds / unitSeconds[u];
        seconds %= unitSeconds[u];
        if (n > 0)
            out += QString::number(n) + QChar(units[u]);
    }
    return out;
}

QString Duration::formatCountdown(qint64 milliseconds)
{
    return formatClock(milliseconds > 0 ? (milliseconds + 999) / 1000 * 1000 : milliseconds);
}

QString Duration::formatClock(qint64 milliseconds)
{
    const bool negative = milliseconds < 0;
    qint64 s = (negative ? -milliseconds : milliseconds) / 1000;
    const qint64 days = s / 86400;
    s %= 86400;
    const qint64 h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
    auto two = [](qint64 v) { return QString::number(v).rightJustified(2, u'0'); };
    QString out;
    if (days > 0)
        out = QString::number(days) + u"d "_s + two(h) + u':' + two(m) + u':' + two(sec);
    else if (h > 0)
        out = QString::number(h) + u':' + two(m) + u':' + two(sec);
    else
        out = QString::number(m) + u':' + two(sec);
    return negative ? QChar(0x2212) + out : out;
}

std::optional<qint64> Duration::parseProse(QStringView written, bool *tookUpperBound)
{
    if (tookUpperBound)
        *tookUpperBound = false;
    QString text = written.toString().toLower().trimmed();
    for (const QString &filler : {u"approx."_s, u"approximately"_s, u"about"_s, u"around"_s,
                                  u"roughly"_s, u"ca."_s, u"~"_s, u"≈"_s, u"up to"_s})
        if (text.startsWith(filler))
            text = text.mid(filler.size()).trimmed();
    if (auto s = parseSeconds(text); s && *s > 0)
        return s;
    // A range: the upper bound. "10-15 min", "10 – 15 minutes", "1 to 2 hours".
    for (const QString &dash : {u"–"_s, u"—"_s, u"-"_s, u" to "_s}) {
        const qsizetype at = text.indexOf(dash);
        if (at > 0 && text.left(at).trimmed().toLongLong() > 0) {
            if (tookUpperBound)
                *tookUpperBound = true;
            text = text.mid(at + dash.size()).trimmed();
            break;
        }
    }
    static const QList<std::pair<QStringList, qint64>> proseUnits = {
        {{u"d"_s, u"day"_s, u"days"_s}, 86400},
        {{u"h"_s, u"hr"_s, u"hrs"_s, u"hour"_s, u"hours"_s}, 3600},
        {{u"m"_s, u"min"_s, u"mins"_s, u"minute"_s, u"minutes"_s}, 60},
        {{u"s"_s, u"sec"_s, u"secs"_s, u"second"_s, u"seconds"_s}, 1}};
    qint64 total = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == u' ' || text[i] == u','))
            ++i;
        if (i >= text.size())
            break;
        const qsizetype numberStart = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
            ++i;
        if (i == numberStart || i - numberStart > 6)
            return std::nullopt;
        const qint64 number = text.mid(numberStart, i - numberStart).toLongLong();
        while (i < text.size() && text[i] == u' ')
            ++i;
        const qsizetype unitStart = i;
        while (i < text.size() && text[i].isLetter())
            ++i;
        const QString unit = text.mid(unitStart, i - unitStart);
        while (i < text.size() && text[i] == u'.')
            ++i;
        const auto found = std::find_if(proseUnits.cbegin(), proseUnits.cend(),
                                        [&unit](const auto &u) { return u.first.contains(unit); });
        if (found == proseUnits.cend())
            return std::nullopt;
        total += number * found->second;
        any = true;
    }
    if (!any || total <= 0 || total > maxSeconds)
        return std::nullopt;
    return total;
}
