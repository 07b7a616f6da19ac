// ReportExporter: each format written from the fixture (charts embedded or beside the
// Markdown; PDF on A4 and Letter), progress, and no file at all after a failure or a cancel.
#include "bigdrillfixture.h"
#include "drillreportcomposer.h"
#include "pdftext.h"
#include "reportexporter.h"
#include "reportfixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The page sizes a PDF declares, in points ("595x842").
QStringList mediaBoxes(const QByteArray &pdf)
{
    static const QRegularExpression box(
        u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"_s);
    QStringList out;
    auto it = box.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        out << u"%1x%2"_s.arg(qRound(m.captured(1).toDouble()))
                   .arg(qRound(m.captured(2).toDouble()));
    }
    return out;
}

} // namespace

class TestReportExporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<DrillReport> m_report;

    ReportExporter::Result write(const QString &name, ReportExporter::Format format,
                                 QPageSize::PageSizeId page = QPageSize::A4,
                                 const ReportExporter::Progress &progress = {},
                                 QString *error = nullptr)
    {
        ReportExporter::Options options;
        options.format = format;
        options.pageSize = page;
        options.chartSize = QSize(800, 450);
        return ReportExporter::write(*m_report, m_dir.filePath(name), options, progress, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // To look at what was written: DRILLDECK_KEEP_REPORTS=1 keeps the folder (it is printed).
        if (qEnvironmentVariableIsSet("DRILLDECK_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("reports in %s", qPrintable(m_dir.path()));
        }
        const QString db = m_dir.filePath(u"fixture.sqlite"_s);
        ReportFixture::Ids ids;
        QVERIFY(ReportFixture::build(db, &ids));
        m_report = ReportFixture::load(db, ids.second);
        QVERIFY(m_report);
    }

    void formatsByNameAndSuffix()
    {
        QCOMPARE(ReportExporter::formatOfPath(u"x/r.PDF"_s), ReportExporter::Format::Pdf);
        QCOMPARE(ReportExporter::formatOfPath(u"r.md"_s), ReportExporter::Format::Markdown);
        QCOMPARE(ReportExporter::formatFromName(u"html"_s), ReportExporter::Format::Html);
        QVERIFY(!ReportExporter::formatOfPath(u"r.docx"_s));
    }

    void htmlEmbedsTheChartsAsPng()
    {
        QCOMPARE(write(u"r.html"_s, ReportExporter::Format::Html), ReportExporter::Result::Written);
        const QString html = QString::fromUtf8(read(m_dir.filePath(u"r.html"_s)));
        static const QRegularExpression img(u"<img src=\"data:image/png;base64,([^\"]+)\""_s);
        auto it = img.globalMatch(html);
        int charts = 0;
        while (it.hasNext()) {
            const QImage image =
                QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()), "PNG");
            QCOMPARE(image.size(), QSize(800, 450));
            ++charts;
        }
        QCOMPARE(charts, 2); // timeline and trend
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"src=\"http"_s));
    }

    void markdownWritesItsChartsBesideIt()
    {
        QCOMPARE(write(u"notes.md"_s, ReportExporter::Format::Markdown),
                 ReportExporter::Result::Written);
        const QString md = QString::fromUtf8(read(m_dir.filePath(u"notes.md"_s)));
        QVERIFY(md.contains(u"](notes-timeline.png)"_s));
        QVERIFY(md.contains(u"](notes-trend.png)"_s));
        QVERIFY(!QImage(m_dir.filePath(u"notes-timeline.png"_s)).isNull());
        QVERIFY(!QImage(m_dir.filePath(u"notes-trend.png"_s)).isNull());
    }

    void pdfHasThePageSizeAskedFor_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("box");
        QTest::addRow("A4") << int(QPageSize::A4) << u"595x842"_s;
        QTest::addRow("Letter") << int(QPageSize::Letter) << u"612x792"_s;
    }
    void pdfHasThePageSizeAskedFor()
    {
        QFETCH(int, page);
        QFETCH(QString, box);
        const QString name = u"r-"_s + box + u".pdf"_s;
        QCOMPARE(write(name, ReportExporter::Format::Pdf, QPageSize::PageSizeId(page)),
                 ReportExporter::Result::Written);
        const QByteArray pdf = read(m_dir.filePath(name));
        QVERIFY(pdf.startsWith("%PDF-"));
        const QStringList boxes = mediaBoxes(pdf);
        QVERIFY2(boxes.size() >= 2, qPrintable(boxes.join(u' '))); // several pages
        for (const QString &b : boxes)
            QCOMPARE(b, box);
    }

    // Every page after the first is headed by the report's title; every page says which of how
    // many it is. The margins' text is read back with pdftotext (poppler-utils, installed by
    // scripts/install-deps.sh), cropped to the top and bottom 2 cm of an A4 page (842 pt).
    void pdfPagesCarryTheTitleAndTheirNumber()
    {
        QCOMPARE(write(u"running.pdf"_s, ReportExporter::Format::Pdf),
                 ReportExporter::Result::Written);
        const QString pdf = m_dir.filePath(u"running.pdf"_s);
        const int pages = int(mediaBoxes(read(pdf)).size());
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        auto textIn = [&](int page, int top) {
            QProcess p;
            p.start(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                     u"-x"_s, u"0"_s, u"-y"_s, QString::number(top), u"-W"_s,
                                     u"595"_s, u"-H"_s, u"56"_s, pdf, u"-"_s});
            if (!p.waitForFinished(30000) || p.exitCode() != 0)
                qFatal("pdftotext failed: %s", qPrintable(p.errorString()));
            return QString::fromUtf8(p.readAllStandardOutput()).simplified();
        };
        const QString title = DrillReportComposer::compose(*m_report).title;
        QVERIFY(!title.isEmpty());
        // (pdftotext also reads the lines of a table cell that runs over a page break, drawn
        // clipped beyond the page's body — as QTextDocument::print() draws them — hence
        // "starts with" and "ends with".)
        QVERIFY(!textIn(1, 0).contains(title)); // the first page opens with the title itself
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                QVERIFY2(textIn(page, 0).startsWith(title), qPrintable(textIn(page, 0)));
            const QString foot = textIn(page, 842 - 56);
            QVERIFY2(foot.endsWith(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(foot));
        }
    }

    // The observation of 10,000 characters without a space is a table cell taller than a page:
    // it runs over as many pages as it needs, the table's header above it on each, and not one
    // character is lost.
    void pdfCellTallerThanAPageRunsOverWithoutLosingText()
    {
        QCOMPARE(write(u"long.pdf"_s, ReportExporter::Format::Pdf),
                 ReportExporter::Result::Written);
        const QStringList pages = pdfPages(m_dir.filePath(u"long.pdf"_s));
        static const QRegularExpression run(u"W{5,}"_s);
        qsizetype ws = 0;
        int pagesWithIt = 0;
        for (const QString &page : pages) {
            qsizetype here = 0;
            for (auto it = run.globalMatch(page); it.hasNext();)
                here += it.next().capturedLength();
            if (here > 0) {
                ++pagesWithIt;
                QVERIFY2(page.contains(u"Time (UTC)"_s), qPrintable(page.left(300)));
            }
            ws += here;
        }
        QCOMPARE(ws, ReportFixture::longLine().size());
        QVERIFY2(pagesWithIt >= 3, qPrintable(QString::number(pagesWithIt)));
    }

    // A drill of 10,000 events: its PDF shows every observation as it stands (the edited text,
    // not the deleted ones), with the timeline's header at the top of every page it runs onto.
    void bigDrillPdfShowsEveryObservation()
    {
        const QString db = m_dir.filePath(u"big.sqlite"_s);
        const auto built = BigDrillFixture::build(db, 10'000);
        QVERIFY(built);
        const auto report = ReportFixture::load(db, built->drillId);
        QVERIFY(report);
        ReportExporter::Options options;
        options.format = ReportExporter::Format::Pdf;
        options.chartSize = QSize(800, 450);
        const QString pdf = m_dir.filePath(u"big.pdf"_s);
        QCOMPARE(ReportExporter::write(*report, pdf, options, {}, nullptr),
                 ReportExporter::Result::Written);
        // Each observation's text starts with its number: "Observation 12: ..." as logged,
        // "Edited observation 75 ..." once edited.
        static const QRegularExpression number(u"(Edited observation|Observation) (\\d+)\\b"_s);
        auto numbers = [](const QStringList &texts) {
            QStringList out;
            for (const QString &text : texts)
                for (auto it = number.globalMatch(text); it.hasNext();) {
                    const auto m = it.next();
                    out << m.captured(1) + u' ' + m.captured(2);
                }
            return out;
        };
        const QStringList pages = pdfPages(pdf);
        QStringList found = numbers(pages);
        QStringList expected = numbers(built->observations);
        QCOMPARE(found.size(), expected.size());
        QCOMPARE(found, expected);
        int timelinePages = 0;
        for (const QString &page : pages)
            if (!numbers({page}).isEmpty()) {
                ++timelinePages;
                QVERIFY2(page.contains(u"Time (UTC)"_s), qPrintable(page.left(300)));
            }
        QVERIFY2(timelinePages > 100, qPrintable(QString::number(timelinePages)));
    }

    void progressCountsUpAndCancelLeavesNothing()
    {
        QList<int> seen;
        auto record = [&seen](int done, int total, const QString &) {
            seen << done;
            return total == 4;
        };
        QCOMPARE(write(u"counted.html"_s, ReportExporter::Format::Html, QPageSize::A4, record),
                 ReportExporter::Result::Written);
        QCOMPARE(seen, (QList<int>{0, 1, 2, 3, 4}));

        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        for (int stop = 0; stop < 4; ++stop) {
            auto cancelAt = [stop](int done, int, const QString &) { return done < stop; };
            QCOMPARE(
                write(u"cancelled.md"_s, ReportExporter::Format::Markdown, QPageSize::A4, cancelAt),
                ReportExporter::Result::Cancelled);
            QCOMPARE(
                write(u"cancelled.pdf"_s, ReportExporter::Format::Pdf, QPageSize::A4, cancelAt),
                ReportExporter::Result::Cancelled);
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
        }
    }

    void failedWriteLeavesNothing()
    {
        // A "directory" that is a file: nothing can be created under it, whoever runs the test.
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        QString error;
        QCOMPARE(write(u"blocker/r.pdf"_s, ReportExporter::Format::Pdf, QPageSize::A4, {}, &error),
                 ReportExporter::Result::Failed);
        QVERIFY2(error.startsWith(u"cannot write "_s) && error.contains(u"blocker/r.pdf"_s),
                 qPrintable(error));
        QCOMPARE(
            write(u"blocker/r.md"_s, ReportExporter::Format::Markdown, QPageSize::A4, {}, &error),
            ReportExporter::Result::Failed);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
