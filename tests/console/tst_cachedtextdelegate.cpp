// The outline's and the log's delegates paint text from their cache exactly as the style paints
// it, and lay out rows ahead of a scroll.
#include "drillevent.h"
#include "eventlogdelegate.h"
#include "eventlogmodel.h"
#include "observationledger.h"
#include "runbookloader.h"
#include "runbookmodel.h"
#include "stepstatusdelegate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QHeaderView>
#include <QImage>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// The same options, painted by Qt's own delegate: the reference the cache must match.
template<typename Delegate> class StyledReference : public Delegate
{
public:
    using Delegate::Delegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
    }
};

Runbook sampleRunbook()
{
    const RunbookLoadResult loaded = RunbookLoader::loadFile(
        QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.diagnostics.value(0).toString()));
    Runbook runbook = *loaded.runbook;
    // A title far wider than its column: the elision must match too.
    runbook.phases[0].steps[1].title = u"A very long title "_s.repeated(12);
    return runbook;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    return differing;
}
} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<RunbookModel>();
        m_model->setRunbook(sampleRunbook());
        m_view = std::make_unique<QTreeView>();
        m_view->setModel(m_model.get());
        m_view->setUniformRowHeights(true);
        m_view->header()->setStretchLastSection(false);
        m_view->setColumnWidth(RunbookModel::TitleColumn, 220);
        m_view->expandAll();
        m_view->resize(700, 240); // some rows below the view
        m_delegate = new StepStatusDelegate(m_view.get());
        m_view->setItemDelegate(m_delegate);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void paintsLikeTheStyle()
    {
        // A running step (bold), a done one (muted) and a selected row, besides plain ones.
        const QList<Step> steps = m_model->runbook().allSteps();
        auto stepMetrics = [](const Step &step, StepStatus status, qint64 actualMs) {
            StepMetrics m;
            m.stepId = step.id;
            m.status = status;
            m.expectedMs = step.expectedSeconds * 1000;
            m.actualMs = actualMs;
            m.latenessMs = actualMs - m.expectedMs;
            m.intervals = 1;
            return m;
        };
        DrillMetrics metrics;
        metrics.steps = {stepMetrics(steps[0], StepStatus::Done, 4 * 60 * 1000),
                         stepMetrics(steps[2], StepStatus::Running, 61 * 60 * 1000)}; // late
        m_model->setMetrics(metrics);
        m_view->setCurrentIndex(m_model->indexOfStep(steps[2].id));

        const QImage cached = m_view->grab().toImage();
        QVERIFY(m_delegate->cachedTextCount() > 10);
        m_view->setItemDelegate(new StyledReference<StepStatusDelegate>(m_view.get()));
        const QImage styled = m_view->grab().toImage();
        QVERIFY(!styled.isNull());
        // Same glyphs, colours and places, the focus frame over the text: pixel for pixel.
        const int differing = differingPixels(cached, styled);
        QVERIFY2(differing == 0, qPrintable(u"%1 pixels differ"_s.arg(differing)));
    }

    void logPaintsLikeTheStyle()
    {
        // Observations, one edited, one deleted (struck through and muted), a step event.
        auto event = [](qint64 id, DrillEvent::Kind kind, int minute, const QString &payload) {
            DrillEvent e;
            e.id = id;
            e.drillId = 1;
            e.kind = kind;
            e.timeMs = 1'700'000'000'000 + minute * 60'000;
            e.author = u"Dana"_s;
            e.payload = payload;
            return e;
        };
        auto text = [](const QString &t) {
            return QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"text"_s, t}}).toJson(QJsonDocument::Compact));
        };
        EventLogModel log;
        log.setRunbook(m_model->runbook());
        log.setEvents({event(1, DrillEvent::Kind::Started, 0, {}),
                       event(2, DrillEvent::Kind::Observation, 1, text(u"Packer is baking"_s)),
                       event(3, DrillEvent::Kind::Observation, 2,
                             text(u"The original backup is gone "_s.repeated(8))),
                       event(4, DrillEvent::Kind::ObservationDeleted, 3,
                             ObservationLedger::deletePayload(3, u"wrong drill"_s)),
                       event(5, DrillEvent::Kind::Observation, 4, text(u"Jenkins is alive"_s))});
        QTreeView view;
        view.setModel(&log);
        view.setRootIsDecorated(false);
        view.resize(600, 200);
        auto *cachedDelegate = new EventLogDelegate(&view);
        view.setItemDelegate(cachedDelegate);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(log.index(1, 0));
        const QImage cached = view.grab().toImage();
        QVERIFY(cachedDelegate->cachedTextCount() > 5);
        view.setItemDelegate(new StyledReference<EventLogDelegate>(&view));
        const QImage styled = view.grab().toImage();
        const int differing = differingPixels(cached, styled);
        QVERIFY2(differing == 0, qPrintable(u"%1 pixels differ"_s.arg(differing)));
    }

    void repaintingUsesTheCache()
    {
        m_view->grab();
        const qsizetype laidOut = m_delegate->cachedTextCount();
        QVERIFY(laidOut > 0);
        m_view->grab();
        QCOMPARE(m_delegate->cachedTextCount(), laidOut);
    }

    void preparesRowsBelowTheView()
    {
        const QModelIndex last = m_model->indexOfStep(m_model->runbook().allSteps().last().id);
        QVERIFY(!m_view->viewport()->rect().intersects(m_view->visualRect(last)));
        StepStatusDelegate unused;
        QVERIFY(!unused.prepare(m_view.get(), last)); // never painted: no options to match
        const qsizetype before = m_delegate->cachedTextCount();
        QVERIFY(m_delegate->prepare(m_view.get(), last));
        QCOMPARE(m_delegate->cachedTextCount(), before + 1);
        QVERIFY(!m_delegate->prepare(m_view.get(), last)); // already laid out
        // Every cell below the view prepared, scrolling them in lays out nothing more.
        for (QModelIndex row = m_view->indexAt(QPoint(1, m_view->viewport()->height() - 1));
             row.isValid(); row = m_view->indexBelow(row))
            for (int column = 0; column < RunbookModel::NUM_COLUMNS; ++column)
                m_delegate->prepare(m_view.get(), row.siblingAtColumn(column));
        const qsizetype prepared = m_delegate->cachedTextCount();
        m_view->scrollToBottom();
        m_view->grab();
        QCOMPARE(m_delegate->cachedTextCount(), prepared);
    }

private:
    std::unique_ptr<RunbookModel> m_model;
    std::unique_ptr<QTreeView> m_view;
    StepStatusDelegate *m_delegate = nullptr;
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
