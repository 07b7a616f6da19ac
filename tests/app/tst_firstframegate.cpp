// Work held back until a window's first frame: none before it is painted, all of it in order
// right after, and at once from then on.
#include "firstframegate.h"

#include <QEvent>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// Counts the paint events a widget receives; after each, a mark set two event-loop turns later,
// so everything the paint queued for its own turn has run by the time the mark is set.
class PaintBarrier : public QObject
{
public:
    explicit PaintBarrier(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;
    int settled = 0; // paints whose queued work has run

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            QTimer::singleShot(0, this,
                               [this] { QTimer::singleShot(0, this, [this] { ++settled; }); });
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

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
        // Not shown, so never painted: another window's first frame comes and goes, and the
        // work queued for it has run, while this one's stays held.
        QWidget other;
        other.resize(100, 100);
        auto *otherGate = new FirstFrameGate(&other);
        const PaintBarrier otherPainted(&other);
        other.show();
        QTRY_VERIFY(otherGate->isOpen());
        QTRY_VERIFY(otherPainted.settled >= 1);
        QVERIFY(ran.isEmpty());
        QVERIFY(!gate->isOpen());

        const PaintBarrier painted(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(gate->isOpen());
        QCOMPARE(ran, (QStringList{u"database"_s, u"resume offer"_s}));

        gate->whenOpen([&] { ran << u"later"_s; }); // after the first frame: at once
        QCOMPARE(ran.size(), 3);
        QCOMPARE(ran.constLast(), u"later"_s);

        // Later frames run nothing again: a later frame is painted, and what it queued has run.
        QTRY_VERIFY(painted.settled == painted.paints);
        const int before = painted.paints;
        window.update();
        QTRY_VERIFY(painted.paints > before);
        QTRY_VERIFY(painted.settled == painted.paints);
        QCOMPARE(ran.size(), 3);
    }
};

QTEST_MAIN(TestFirstFrameGate)
#include "tst_firstframegate.moc"
