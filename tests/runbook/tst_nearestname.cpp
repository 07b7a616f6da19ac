// "Did you mean" hints: close typos get a suggestion, unrelated words do not.
#include "nearestname.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNearestName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestsTheClosestName_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("nearest");
        const QStringList keys = {u"expected"_s, u"depends_on"_s, u"role"_s, u"verify"_s};
        QTest::addRow("missing letter") << u"expeted"_s << u"expected"_s;
        QTest::addRow("swapped letters") << u"expcetde"_s << QString();
        QTest::addRow("dash for underscore") << u"depends-on"_s << u"depends_on"_s;
        QTest::addRow("case only") << u"Role"_s << u"role"_s;
        QTest::addRow("unrelated") << u"colour"_s << QString();
        QTest::addRow("exact") << u"verify"_s << u"verify"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void suggestsTheClosestName()
    {
        QFETCH(QString, word);
        QFETCH(QString, nearest);
        const QStringList keys = {u"expected"_s, u"depends_on"_s, u"role"_s, u"verify"_s};
        QCOMPARE(NearestName::find(word, keys), nearest);
    }

    void editDistance()
    {
        QCOMPARE(NearestName::editDistance(u"kitten", u"sitting"), 3);
        QCOMPARE(NearestName::editDistance(u"", u"abc"), 3);
        QCOMPARE(NearestName::editDistance(u"same", u"same"), 0);
    }

    void hintIsEmptyWithoutSuggestion()
    {
        QCOMPARE(NearestName::hint(u"drvier"_s, {u"driver"_s}), u" (did you mean `driver`?)"_s);
        QCOMPARE(NearestName::hint(u"zzz"_s, {u"driver"_s}), QString());
    }
};

QTEST_GUILESS_MAIN(TestNearestName)
#include "tst_nearestname.moc"
