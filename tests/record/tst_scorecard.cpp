// Scorecard: each criterion rated 1-5 with a comment; re-rating adds an event and the latest
// counts; anything else is refused with a reason.
#include "drilltestsupport.h"
#include "scorecard.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

namespace {
const QStringList criteria = {u"Time to normal status"_s, u"Procedure followed"_s};

DrillEvent score(double minutes, const QString &criterion, const QJsonValue &value,
                 const QString &comment = {})
{
    return ev(Kind::ScoreRecorded, minutes, {},
              QString::fromUtf8(QJsonDocument(QJsonObject{{u"criterion"_s, criterion},
                                                          {u"score"_s, value},
                                                          {u"comment"_s, comment}})
                                    .toJson(QJsonDocument::Compact)));
}
} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latestRatingCounts()
    {
        const Scorecard card({score(1, criteria[0], 2, u"slow"_s), score(2, criteria[1], 5),
                              score(3, criteria[0], 3, u"slow, but the AMI was ready"_s)});
        QCOMPARE(card.scores().size(), 2);
        const Scorecard::Score *time = card.find(criteria[0]);
        QVERIFY(time);
        QCOMPARE(time->score, 3);
        QCOMPARE(time->comment, u"slow, but the AMI was ready"_s);
        QCOMPARE(time->ratings, 2);
        QCOMPARE(time->timeMs, at(3));
        QCOMPARE(card.find(criteria[1])->score, 5);
        QVERIFY(!card.find(u"Communication"_s));
    }

    void payloadRoundTrips()
    {
        DrillEvent e = ev(Kind::ScoreRecorded, 1, {}, Scorecard::payload(criteria[1], 4, u"ok"_s));
        QCOMPARE(Scorecard::check(e, criteria), QString());
        const Scorecard card({e});
        QCOMPARE(card.find(criteria[1])->score, 4);
        QCOMPARE(card.find(criteria[1])->comment, u"ok"_s);
    }

    void refusesBadScores_data()
    {
        QTest::addColumn<DrillEvent>("event");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown criterion")
            << score(1, u"Vibes"_s, 3)
            << u"`Vibes` is not one of the runbook's evaluation criteria"_s;
        QTest::addRow("zero") << score(1, criteria[0], 0)
                              << u"a score is a whole number from 1 to 5"_s;
        QTest::addRow("six") << score(1, criteria[0], 6)
                             << u"a score is a whole number from 1 to 5"_s;
        QTest::addRow("fraction") << score(1, criteria[0], 2.5)
                                  << u"a score is a whole number from 1 to 5"_s;
        QTest::addRow("text") << score(1, criteria[0], u"4"_s)
                              << u"a score is a whole number from 1 to 5"_s;
        QTest::addRow("control character in the comment")
            << score(1, criteria[0], 4, u"ok\x1b[2J"_s)
            << u"the comment on “Time to normal status”: the observation holds a control "
               "character (U+001b); paste plain text"_s;
    }
    void refusesBadScores()
    {
        QFETCH(DrillEvent, event);
        QFETCH(QString, message);
        QCOMPARE(Scorecard::check(event, criteria), message);
    }

    void noCriteriaNoScores()
    {
        QCOMPARE(Scorecard::check(score(1, u"x"_s, 3), {}),
                 u"the runbook has no evaluation criteria to rate"_s);
    }
};

QTEST_APPLESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
