// The runbook tree model: phases with their steps beneath, checked by QAbstractItemModelTester.
#include "runbookloader.h"
#include "runbookmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRunbookModel : public QObject
{
    Q_OBJECT
private:
    static Runbook fixture()
    {
        const auto r =
            RunbookLoader::loadFile(QStringLiteral(DRILLDECK_FIXTURES "/valid-full.yaml"));
        if (!r.ok())
            qFatal("fixture does not load");
        return *r.runbook;
    }

    static QStringList rowTexts(const QAbstractItemModel &m, const QModelIndex &parent)
    {
        QStringList out;
        for (int row = 0; row < m.rowCount(parent); ++row) {
            QStringList cells;
            for (int col = 0; col < m.columnCount(parent); ++col)
                cells << m.index(row, col, parent).data().toString();
            out << cells.join(u'|');
        }
        return out;
    }

private Q_SLOTS:
    void showsPhasesAndSteps()
    {
        RunbookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRunbook(fixture());
        QCOMPARE(rowTexts(model, {}), QStringList{u"Rebuild the instance|||||"_s});
        const QModelIndex phase = model.index(0, 0);
        QCOMPARE(rowTexts(model, phase),
                 QStringList({u"Bake the Jenkins AMI with Packer||20m||driver|scripted"_s,
                              u"Terraform apply||1h30m||driver|automated"_s}));
        QCOMPARE(model.index(1, 0, phase).data(RunbookModel::StepIdRole).toString(), u"apply"_s);
        QCOMPARE(model.index(1, 0, phase).parent(), phase);
        QCOMPARE(phase.data(RunbookModel::IsStepRole).toBool(), false);
    }

    void findsStepsById()
    {
        RunbookModel model;
        model.setRunbook(fixture());
        const QModelIndex apply = model.indexOfStep(u"apply"_s);
        QVERIFY(apply.isValid());
        QCOMPARE(apply.row(), 1);
        QCOMPARE(apply.data().toString(), u"Terraform apply"_s);
        QVERIFY(!model.indexOfStep(u"nope"_s).isValid());
    }

    void resetsWhenTheRunbookChanges()
    {
        RunbookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunbook(fixture());
        model.setRunbook(Runbook{});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunbookModel)
#include "tst_runbookmodel.moc"
