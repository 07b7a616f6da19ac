#include <QTest>
class Testcommandline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todo() { QVERIFY(true); }
};
QTEST_MAIN(Testcommandline)
#include "tst_commandline.moc"
