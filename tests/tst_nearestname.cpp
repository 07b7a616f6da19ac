#include <QTest>
class Testnearestname : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todo() { QVERIFY(true); }
};
QTEST_MAIN(Testnearestname)
#include "tst_nearestname.moc"
