// Parses and prints the runbook duration notation: 90s, 15m, 1h30m, 2d.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class Duration
{
public:
    // Units d, h, m, s, each at most once and in that order; at least one. Returns seconds.
    // On failure returns nullopt and, if error is given, says what would be right.
    static std::optional<qint64> parseSeconds(QStringView text, QString *error = nullptr);

    // A duration as people write it in prose: "10m", "15 minutes", "1 hour 30 min", "~2h",
    // "about 90 seconds"; a range ("10-15 min", "1 to 2 hours") gives its upper bound and says so
    // in *tookUpperBound. Seconds, or nullopt (also for 0 and past maxSeconds).
    static std::optional<qint64> parseProse(QStringView text, bool *tookUpperBound = nullptr);

    // The canonical notation of a number of seconds: 5400 -> "1h30m", 0 -> "0s".
    static QString format(qint64 seconds);

    // A stopwatch reading of milliseconds: "4:05" under an hour, "1:02:03" above,
    // "2d 01:02:03" past a day. Negative values get a leading minus.
    static QString formatClock(qint64 milliseconds);
    // A countdown's reading of the time left: whole seconds rounded up, so it reads 0:00 only
    // once the time is up. The console and the projector read the RTO countdown alike.
    static QString formatCountdown(qint64 milliseconds);

    static constexpr qint64 maxSeconds = 366LL * 24 * 3600; // a year: plenty for any drill
};
