// The runbook tree model: phases with their steps beneath, checked by QAbstractItemModelTester.
#include "runbookloader.h"
#include "runbookmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

    void showsStatusAndLatenessFromMetrics()
    {
        RunbookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunbook(fixture());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        DrillMetrics metrics;
        StepMetrics bake;
        bake.stepId = u"bake-ami"_s;
        bake.status = StepStatus::Done;
        bake.expectedMs = 20 * 60000;
        bake.actualMs = 23 * 60000 + 10000;
        bake.latenessMs = 3 * 60000 + 10000;
        bake.intervals = 1;
        StepMetrics apply;
        apply.stepId = u"apply"_s;
        apply.status = StepStatus::Running;
        apply.expectedMs = 90 * 60000;
        apply.actualMs = 60000;
        apply.latenessMs = -89 * 60000;
        apply.intervals = 1;
        metrics.steps = {bake, apply};
        model.setMetrics(metrics);
        const QModelIndex phase = model.index(0, 0);
        QCOMPARE(rowTexts(model, phase),
                 QStringList(
                     {u"Bake the Jenkins AMI with Packer|✓ done|20m|23:10 ▲+3:10|driver|scripted"_s,
                      u"Terraform apply|▶ running|1h30m|1:00|driver|automated"_s}));
        // Late is said in text, and the role lets a delegate colour it too.
        QVERIFY(model.index(0, RunbookModel::ActualColumn, phase)
                    .data(RunbookModel::IsLateRole)
                    .toBool());
        QVERIFY(!model.index(1, RunbookModel::ActualColumn, phase)
                     .data(RunbookModel::IsLateRole)
                     .toBool());
        QCOMPARE(changed.size(), 4); // two cells of each changed step, one by one

        changed.clear();
        apply.actualMs = 120000;
        metrics.steps = {bake, apply};
        model.setMetrics(metrics); // only the running step changed
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().first().value<QModelIndex>().row(), 1);

        // The drill ends with apply still running: it says so, and its whole row changes (a
        // delegate draws a running row bold, an unfinished one not).
        QVERIFY(!model.index(1, 0, phase).data(RunbookModel::UnfinishedRole).toBool());
        changed.clear();
        metrics.state = Drill::State::Finished;
        model.setMetrics(metrics);
        QCOMPARE(model.index(1, RunbookModel::StatusColumn, phase).data().toString(),
                 u"■ unfinished"_s);
        QVERIFY(model.index(1, 0, phase).data(RunbookModel::UnfinishedRole).toBool());
        QVERIFY(!model.index(0, 0, phase).data(RunbookModel::UnfinishedRole).toBool()); // done
        QCOMPARE(model.index(0, RunbookModel::StatusColumn, phase).data().toString(), u"✓ done"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), 0);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(),
                 RunbookModel::NUM_COLUMNS - 1);
    }

    // The console counts done and skipped apart (a skipped step is not done), in the header
    // of the title column; and a cut title is whole in its tooltip.
    void headerCountsDoneAndSkippedApart()
    {
        RunbookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunbook(fixture());
        const auto header = [&model] {
            return model.headerData(RunbookModel::TitleColumn, Qt::Horizontal).toString();
        };
        QCOMPARE(header(), u"Step"_s);
        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
        DrillMetrics metrics;
        StepMetrics bake;
        bake.stepId = u"bake-ami"_s;
        bake.status = StepStatus::Skipped;
        StepMetrics apply;
        apply.stepId = u"apply"_s;
        apply.status = StepStatus::Running;
        metrics.steps = {bake, apply};
        metrics.skippedSteps = 1;
        model.setMetrics(metrics);
        QCOMPARE(header(), u"Step — 0 of 2 done, 1 skipped"_s);
        QCOMPARE(headerChanged.size(), 1);
        model.setMetrics(metrics); // nothing new: no repaint of the header
        QCOMPARE(headerChanged.size(), 1);
        apply.status = StepStatus::Done;
        metrics.steps = {bake, apply};
        metrics.doneSteps = 1;
        model.setMetrics(metrics);
        QCOMPARE(header(), u"Step — 1 of 2 done, 1 skipped"_s);

        const QModelIndex title = model.indexOfStep(u"bake-ami"_s);
        QCOMPARE(title.data(Qt::ToolTipRole).toString(),
                 u"Bake the Jenkins AMI with Packer (bake-ami)"_s);
    }

    // Between two readings of the log, the running step's Actual cell counts up with the
    // clocks' once-a-second tick: that cell alone signals, once per shown second, and not at
    // all while the drill is paused.
    void actualCountsUpWithTheTick()
    {
        RunbookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunbook(fixture());
        DrillMetrics metrics;
        metrics.state = Drill::State::Running;
        StepMetrics bake;
        bake.stepId = u"bake-ami"_s;
        bake.status = StepStatus::Done;
        bake.actualMs = 60000;
        bake.intervals = 1;
        StepMetrics apply;
        apply.stepId = u"apply"_s;
        apply.status = StepStatus::Running;
        apply.expectedMs = 90 * 60000;
        apply.actualMs = 89 * 60000 + 58500;
        apply.latenessMs = -1500;
        apply.intervals = 1;
        metrics.steps = {bake, apply};
        model.setMetrics(metrics);
        const QModelIndex actual =
            model.indexOfStep(u"apply"_s).siblingAtColumn(RunbookModel::ActualColumn);
        QCOMPARE(actual.data().toString(), u"1:29:58"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSinceSnapshot(400); // the same second: nothing to repaint
        QCOMPARE(changed.size(), 0);
        model.setSinceSnapshot(600);
        QCOMPARE(actual.data().toString(), u"1:29:59"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), actual);
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), actual);
        model.setSinceSnapshot(2600); // past its estimate: late, in words
        QCOMPARE(actual.data().toString(), u"1:30:01 ▲+0:01"_s);
        QVERIFY(actual.data(RunbookModel::IsLateRole).toBool());
        QCOMPARE(model.indexOfStep(u"bake-ami"_s)
                     .siblingAtColumn(RunbookModel::ActualColumn)
                     .data()
                     .toString(),
                 u"1:00"_s); // a finished step does not count

        // Paused: the step clocks stand still, whatever the ticker (the RTO goes on) says.
        metrics.state = Drill::State::Paused;
        apply.actualMs += 2600;
        apply.latenessMs += 2600;
        metrics.steps = {bake, apply};
        model.setMetrics(metrics);
        changed.clear();
        model.setSinceSnapshot(5000);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(actual.data().toString(), u"1:30:01 ▲+0:01"_s);
    }

    // While a drill goes on, the steps ready to start are marked: the first, which Page Down
    // starts, as next; only the status cells whose mark changed signal.
    void marksTheStepsReadyToStart()
    {
        RunbookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunbook(fixture());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReadySteps({u"bake-ami"_s, u"apply"_s});
        const QModelIndex bake =
            model.indexOfStep(u"bake-ami"_s).siblingAtColumn(RunbookModel::StatusColumn);
        const QModelIndex apply =
            model.indexOfStep(u"apply"_s).siblingAtColumn(RunbookModel::StatusColumn);
        QCOMPARE(bake.data().toString(), u"▷ next"_s);
        QCOMPARE(apply.data().toString(), u"○ ready"_s);
        QVERIFY(apply.data(RunbookModel::ReadyRole).toBool());
        QCOMPARE(changed.size(), 2);
        changed.clear();
        model.setReadySteps({u"apply"_s}); // bake-ami started
        QCOMPARE(apply.data().toString(), u"▷ next"_s);
        QCOMPARE(bake.data().toString(), QString());
        QCOMPARE(changed.size(), 2);
        changed.clear();
        model.setReadySteps({u"apply"_s});
        QCOMPARE(changed.size(), 0);
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
