#include <QTest>
class Testrunbookloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todo() { QVERIFY(true); }
};
QTEST_MAIN(Testrunbookloader)
#include "tst_runbookloader.moc"
