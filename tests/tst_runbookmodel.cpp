#include <QTest>
class Testrunbookmodel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todo() { QVERIFY(true); }
};
QTEST_MAIN(Testrunbookmodel)
#include "tst_runbookmodel.moc"
