#include <QTest>
class Testmainwindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todo() { QVERIFY(true); }
};
QTEST_MAIN(Testmainwindow)
#include "tst_mainwindow.moc"
