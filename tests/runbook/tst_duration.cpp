// The runbook duration notation: what parses, what is refused and why, how it prints.
#include "duration.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("seconds") << u"90s"_s << qint64(90);
        QTest::addRow("minutes") << u"15m"_s << qint64(900);
        QTest::addRow("hours and minutes") << u"1h30m"_s << qint64(5400);
        QTest::addRow("days") << u"2d"_s << qint64(172800);
        QTest::addRow("all units") << u"1d2h3m4s"_s << qint64(93784);
        QTest::addRow("zero") << u"0s"_s << qint64(0);
        QTest::addRow("upper case unit") << u"4H"_s << qint64(14400);
        QTest::addRow("leading zeros") << u"007m"_s << qint64(420);
    }
    void parsesValidDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QString error;
        const auto parsed = Duration::parseSeconds(text, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(*parsed, seconds);
    }

    void refusesInvalidDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QString()
                               << u"empty duration; write it as a number with a unit, like 90s, "
                                  u"15m, 1h30m or 2d"_s;
        QTest::addRow("no unit") << u"90"_s
                                 << u"invalid duration `90`: the number 90 has no unit; write it "
                                    u"as a number with a unit, like 90s, 15m, 1h30m or 2d"_s;
        QTest::addRow("unknown unit") << u"3w"_s
                                      << u"invalid duration `3w`: unknown unit `w`; units are d, "
                                         u"h, m and s, like 90s, 15m, 1h30m or 2d"_s;
        QTest::addRow("wrong order") << u"30m1h"_s
                                     << u"invalid duration `30m1h`: units must come once each, in "
                                        u"the order d, h, m, s (like 1h30m)"_s;
        QTest::addRow("repeated unit") << u"1h1h"_s
                                       << u"invalid duration `1h1h`: units must come once each, in "
                                          u"the order d, h, m, s (like 1h30m)"_s;
        QTest::addRow("space") << u"1h 30m"_s
                               << u"invalid duration `1h 30m`: no spaces inside a duration; write "
                                  u"it like 1h30m"_s;
        QTest::addRow("negative") << u"-5m"_s
                                  << u"invalid duration `-5m`: expected a number at `-5m`; write "
                                     u"it as a number with a unit, like 90s, 15m, 1h30m or 2d"_s;
        QTest::addRow("decimal") << u"1.5h"_s
                                 << u"invalid duration `1.5h`: unknown unit `.`; units are d, h, "
                                    u"m and s, like 90s, 15m, 1h30m or 2d"_s;
        QTest::addRow("overflow") << u"99999999999999999999s"_s
                                  << u"duration `99999999999999999999s` is too long; the longest "
                                     u"is 366d"_s;
        QTest::addRow("too long in sum")
            << u"366d1s"_s << u"duration `366d1s` is too long; the longest is 366d"_s;
    }
    void refusesInvalidDurations()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Duration::parseSeconds(text, &error).has_value());
        QCOMPARE(error, message);
    }

    void formatsCanonically_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << qint64(0) << u"0s"_s;
        QTest::addRow("seconds") << qint64(90) << u"1m30s"_s;
        QTest::addRow("hour and a half") << qint64(5400) << u"1h30m"_s;
        QTest::addRow("days") << qint64(93784) << u"1d2h3m4s"_s;
    }
    void formatsCanonically()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Duration::format(seconds), text);
        QCOMPARE(Duration::parseSeconds(text), std::optional<qint64>(seconds));
    }

    void formatsClock_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("start") << qint64(0) << u"0:00"_s;
        QTest::addRow("under a second") << qint64(999) << u"0:00"_s;
        QTest::addRow("minutes") << qint64(245000) << u"4:05"_s;
        QTest::addRow("hours") << qint64(3723000) << u"1:02:03"_s;
        QTest::addRow("overnight") << qint64(24 * 3600000LL + 3723000) << u"1d 01:02:03"_s;
        QTest::addRow("overrun") << qint64(-65000) << u"\u22121:05"_s;
    }
    void formatsClock()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(Duration::formatClock(milliseconds), text);
    }

    // A countdown reads 0:00 only once the time is up.
    void formatsCountdown_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("up") << qint64(0) << u"0:00"_s;
        QTest::addRow("a moment left") << qint64(1) << u"0:01"_s;
        QTest::addRow("just under a minute") << qint64(59001) << u"1:00"_s;
        QTest::addRow("whole") << qint64(3600000) << u"1:00:00"_s;
        QTest::addRow("overrun") << qint64(-65000) << u"\u22121:05"_s;
    }
    void formatsCountdown()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(Duration::formatCountdown(milliseconds), text);
    }

    // Durations as a Markdown runbook writes them in prose (the import reads them).
    void parsesProse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: not a duration
        QTest::addColumn<bool>("range");
        QTest::newRow("notation") << u"1h30m"_s << qint64(5400) << false;
        QTest::newRow("words") << u"15 minutes"_s << qint64(900) << false;
        QTest::newRow("mixed") << u"1 hour 30 min"_s << qint64(5400) << false;
        QTest::newRow("about") << u"~20 min"_s << qint64(1200) << false;
        QTest::newRow("range") << u"45-60 minutes"_s << qint64(3600) << true;
        QTest::newRow("range in words") << u"1 to 2 hours"_s << qint64(7200) << true;
        QTest::newRow("not one") << u"soon"_s << qint64(-1) << false;
        QTest::newRow("zero") << u"0 minutes"_s << qint64(-1) << false;
        QTest::newRow("past a year") << u"400 days"_s << qint64(-1) << false;
    }
    void parsesProse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QFETCH(bool, range);
        bool tookUpperBound = !range;
        const std::optional<qint64> parsed = Duration::parseProse(text, &tookUpperBound);
        QCOMPARE(parsed.value_or(-1), seconds);
        if (parsed)
            QCOMPARE(tookUpperBound, range);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
