#include "duration.h"

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
