// The current step as the console shows it: its lines stay together at the top when it has no
// instructions, and instructions take the space when there are some.
#include "step.h"
#include "stepdetailview.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
QLabel *labelSaying(QWidget *root, const QString &text)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (label->isVisible() && label->text() == text)
            return label;
    return nullptr;
}

Step step(const QString &instructions)
{
    Step s;
    s.id = u"provision"_s;
    s.title = u"Provision the VM"_s;
    s.role = u"driver"_s;
    s.expectedSeconds = 600;
    s.instructions = instructions;
    return s;
}
} // namespace

class TestStepDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutInstructionsTheLinesStayAtTheTop()
    {
        StepDetailView view;
        view.resize(500, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setStep(step(u"Check the old VM first."_s), u"Rebuild"_s);
        view.setStep(step({}), u"Rebuild"_s); // as the facilitator moves on
        QCoreApplication::processEvents();
        QLabel *phase = labelSaying(&view, u"Rebuild"_s);
        QLabel *title = labelSaying(&view, u"Provision the VM"_s);
        QVERIFY(phase && title);
        // Phase, title and role follow each other (they were spread over the whole height).
        // Phase, title and role line follow each other at the top (they were each stretched to
        // a third of the height, the text centred in it).
        for (QLabel *label : {phase, title})
            QVERIFY2(label->height() <= label->sizeHint().height() + 4,
                     qPrintable(u"%1: %2 px high"_s.arg(label->text()).arg(label->height())));
        QVERIFY2(title->geometry().bottom() < 100, qPrintable(QString::number(title->y())));
    }

    void instructionsTakeTheSpace()
    {
        StepDetailView view;
        view.resize(500, 800);
        view.setStep(step(u"Run **terraform apply** and wait for the VM."_s), u"Rebuild"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *instructions = view.findChild<QTextBrowser *>();
        QVERIFY(instructions && instructions->isVisible());
        QVERIFY2(instructions->height() > 500, qPrintable(QString::number(instructions->height())));
    }

    // A step with no instructions showed its command on one line behind a horizontal
    // scrollbar: less of it than the projector. It wraps, and the box is as high as it.
    void aLongCommandIsWhollyVisible()
    {
        Step s = step({});
        s.command = u"aws ec2 describe-images --owners self --region eu-central-1 --filters "
                    "Name=tag:purpose,Values=jenkins --query "
                    "'sort_by(Images,&CreationDate)[-3:].[ImageId,Name,CreationDate]' "
                    "--output table --no-cli-pager --profile contentpool-drill"_s;
        StepDetailView view;
        view.resize(500, 800);
        view.setStep(s, u"Rebuild"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractScrollArea *box = nullptr;
        for (auto *area : view.findChildren<QAbstractScrollArea *>())
            if (area->accessibleName() == u"Command")
                box = area;
        QVERIFY(box && box->isVisible());
        QCOMPARE(view.commandText(), s.command);
        // Nothing to scroll either way: the whole command is in sight.
        const auto wholly = [box] {
            return !box->horizontalScrollBar()->isVisible() &&
                   box->horizontalScrollBar()->maximum() == 0 &&
                   box->verticalScrollBar()->maximum() == 0;
        };
        QTRY_VERIFY2(wholly(), qPrintable(u"scrolls %1 px across, %2 down"_s
                                              .arg(box->horizontalScrollBar()->maximum())
                                              .arg(box->verticalScrollBar()->maximum())));
        const int lineSpacing = box->fontMetrics().lineSpacing();
        QVERIFY(box->height() > 2 * lineSpacing); // it wrapped
        // It sits under the title, not floating in the middle of the pane.
        QVERIFY2(box->mapTo(&view, QPoint(0, box->height())).y() < 400,
                 qPrintable(QString::number(box->mapTo(&view, QPoint(0, 0)).y())));
        // A wider pane: fewer lines, still whole.
        view.resize(1100, 800);
        QTRY_VERIFY(wholly());
        QTRY_VERIFY(box->height() < 6 * lineSpacing);
    }
};

QTEST_MAIN(TestStepDetailView)
#include "tst_stepdetailview.moc"
