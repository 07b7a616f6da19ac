// ReportExportDialog: the preview of the chosen drill, the format and paper choices, and the
// export it writes (or, into a file that cannot be written, does not).
#include "bigdrillfixture.h"
#include "reportexportdialog.h"
#include "reportfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestReportExportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    ReportFixture::Ids m_ids;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DrillStore> m_drills;
    std::unique_ptr<RunbookRevisionStore> m_revisions;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"fixture.sqlite"_s);
        QVERIFY(ReportFixture::build(m_db, &m_ids));
        auto opened = Database::open(m_db, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_drills = std::make_unique<DrillStore>(*m_database);
        m_revisions = std::make_unique<RunbookRevisionStore>(*m_database);
    }
    void cleanupTestCase()
    {
        m_revisions.reset();
        m_drills.reset();
        m_database.reset();
    }

    void previewsTheDrillAskedFor()
    {
        ReportExportDialog dialog(*m_drills, *m_revisions, m_ids.second, false);
        QCOMPARE(dialog.drillId(), m_ids.second);
        const QString text = dialog.preview()->toPlainText();
        QVERIFY(text.startsWith(u"Drill report: Rebuild Jenkins from backup, test #2"_s));
        QVERIFY(text.contains(u"RTO 40m against a target of 4h: met, 3h20m to spare."_s));
        QVERIFY(text.contains(ReportFixture::scriptTag)); // shown as text
        QCOMPARE(dialog.suggestedFileName(), u"drill-2-jenkins-rebuild-test-2.pdf"_s);
        // The charts are in the preview's document.
        const QVariant chart = dialog.preview()->document()->resource(
            QTextDocument::ImageResource, QUrl(u"drilldeck-chart:timeline"_s));
        QVERIFY(!chart.value<QImage>().isNull());
    }

    // A drill of 10,000 events: the preview shows the first rows of its timeline and says how
    // many more the exported report holds (Qt's rich text would lay out every row first).
    void previewOfALongDrillShowsTheFirstRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.sqlite"_s);
        const auto built = BigDrillFixture::build(path, 10'000);
        QVERIFY(built);
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(opened);
        const std::unique_ptr<Database> db = std::move(opened).value();
        const DrillStore drills(*db);
        const RunbookRevisionStore revisions(*db);
        ReportExportDialog dialog(drills, revisions, built->drillId, false);
        const QString text = dialog.preview()->toPlainText();
        QVERIFY(text.contains(BigDrillFixture::observationText(1)));
        // (The plural forms are the application's translation, not loaded here.)
        static const QRegularExpression more(
            u"… and (\\d+) more row(s|\\(s\\)) here, all in the exported report."_s);
        const auto m = more.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.right(2000)));
        QVERIFY(m.captured(1).toInt() > 9'000);
        QVERIFY(!text.contains(BigDrillFixture::observationText(5'000)));
    }

    void newestDrillByDefaultAndSwitching()
    {
        ReportExportDialog dialog(*m_drills, *m_revisions, 0, false);
        QCOMPARE(dialog.drillId(), m_ids.running);
        QVERIFY(dialog.preview()->toPlainText().contains(u"(hidden until the drill ends)"_s));
        auto *drill = dialog.findChildren<QComboBox *>().value(0);
        QVERIFY(drill);
        QCOMPARE(drill->count(), 3);
        drill->setCurrentIndex(drill->findData(m_ids.first));
        QCOMPARE(dialog.drillId(), m_ids.first);
        QVERIFY(dialog.preview()->toPlainText().contains(u"test #1"_s));
    }

    void paperOnlyForPdf()
    {
        ReportExportDialog dialog(*m_drills, *m_revisions, m_ids.second, false);
        auto combos = dialog.findChildren<QComboBox *>();
        QComboBox *page = combos.value(2);
        QVERIFY(page->isEnabled());
        dialog.setFormat(ReportExporter::Format::Html);
        QVERIFY(!page->isEnabled());
        QCOMPARE(dialog.suggestedFileName(), u"drill-2-jenkins-rebuild-test-2.html"_s);
    }

    void exportsAndFailsCleanly()
    {
        ReportExportDialog dialog(*m_drills, *m_revisions, m_ids.second, false);
        dialog.setFormat(ReportExporter::Format::Pdf);
        dialog.setPageSize(QPageSize::Letter);
        const QString path = m_dir.filePath(u"out.pdf"_s);
        QVERIFY(dialog.exportTo(path, true));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().contains("/MediaBox [0 0 612.000000 792.000000]"));
        const QString bad = m_dir.filePath(u"fixture.sqlite/out.pdf"_s);
        QVERIFY(!dialog.exportTo(bad, true));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
