// The current step as the console shows it: its lines stay together at the top when it has no
// instructions, and instructions take the space when there are some.
#include "step.h"
#include "stepdetailview.h"

#include <QLabel>
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
};

QTEST_MAIN(TestStepDetailView)
#include "tst_stepdetailview.moc"
