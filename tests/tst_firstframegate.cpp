// Work held back until a window's first frame: none before it is painted, all of it in order
// right after, and at once from then on.
#include "firstframegate.h"

#include <QStringList>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestFirstFrameGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsHeldWorkRightAfterTheFirstFrameInOrder()
    {
        QWidget window;
        window.resize(320, 200);
        auto *gate = new FirstFrameGate(&window);
        QStringList ran;
        gate->whenOpen([&] { ran << u"database"_s; });
        gate->whenOpen([&] { ran << u"resume offer"_s; });
        QTest::qWait(50); // not shown: not painted, nothing runs
        QVERIFY(ran.isEmpty());
        QVERIFY(!gate->isOpen());

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(gate->isOpen());
        QCOMPARE(ran, (QStringList{u"database"_s, u"resume offer"_s}));

        gate->whenOpen([&] { ran << u"later"_s; }); // after the first frame: at once
        QCOMPARE(ran.size(), 3);
        QCOMPARE(ran.constLast(), u"later"_s);

        window.update(); // later frames run nothing again
        QTest::qWait(50);
        QCOMPARE(ran.size(), 3);
    }
};

QTEST_MAIN(TestFirstFrameGate)
#include "tst_firstframegate.moc"
