// The PDF's page breaks: no line of a paragraph alone at the foot or the head of a page
// (ParagraphSplit, and read back from PDFs with pdftotext), and a heading never left at the
// foot of a page without the start of what it heads.
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "paragraphsplit.h"
#include "pdfreportwriter.h"
#include "pdftext.h"
#include "reportdocument.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The document as a PDF, read back page by page.
QStringList pdfOf(const ReportDocument &doc, const QTemporaryDir &dir)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!PdfReportWriter::write(doc, {}, QPageSize::A4, &buffer, &error))
        qFatal("PDF not written: %s", qPrintable(error));
    const QString path = dir.filePath(u"flow.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return pdfPages(path);
}

// A page of one-line paragraphs and a spacer of `spacerLines` lines, so that what follows
// starts somewhere else on the next page each time.
ReportDocument filled(int paragraphs, int spacerLines)
{
    ReportDocument doc;
    doc.title = u"Page flow"_s;
    for (int i = 0; i < paragraphs; ++i)
        doc.paragraph(u"Filler %1."_s.arg(i));
    doc.paragraph(QStringList(spacerLines, QString(60, u'x')).join(u' '));
    return doc;
}

int linesWith(const QString &page, const QRegularExpression &word)
{
    int lines = 0;
    for (const QString &line : page.split(u'\n'))
        lines += line.contains(word) ? 1 : 0;
    return lines;
}

QString tokens(QChar prefix, int count)
{
    QStringList words;
    for (int i = 1; i <= count; ++i)
        words << prefix + u"%1"_s.arg(i, 3, 10, QChar(u'0')) + u" lorem ipsum dolor"_s;
    return words.join(u' ');
}
} // namespace

class TestReportPageFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void linesForPage_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("first");
        QTest::addColumn<double>("room");
        QTest::addColumn<bool>("fresh");
        QTest::addColumn<int>("expected");
        QTest::addRow("all fit") << 5 << 0 << 100.0 << false << 5;
        QTest::addRow("four fit: two go on") << 5 << 0 << 45.0 << false << 3;
        QTest::addRow("one fits: all go on") << 5 << 0 << 15.0 << false << 0;
        QTest::addRow("two of three fit: all go on") << 3 << 0 << 25.0 << false << 0;
        QTest::addRow("two of four fit") << 4 << 0 << 25.0 << false << 2;
        QTest::addRow("none fits") << 1 << 0 << 5.0 << false << 0;
        QTest::addRow("rest of one fits") << 5 << 3 << 100.0 << true << 2;
        QTest::addRow("fresh page, no room: one anyway") << 5 << 0 << 5.0 << true << 1;
        QTest::addRow("page longer than a page") << 30 << 0 << 200.0 << true << 20;
        QTest::addRow("long, last would be alone") << 30 << 10 << 195.0 << true << 18;
    }
    void linesForPage()
    {
        QFETCH(int, lines);
        QFETCH(int, first);
        QFETCH(double, room);
        QFETCH(bool, fresh);
        QFETCH(int, expected);
        QCOMPARE(ParagraphSplit::linesForPage(QList<double>(lines, 10.0), first, room, fresh),
                 expected);
    }

    // The scenario is drawn as the console shows it, not as the Markdown it is written in.
    void theScenarioIsRenderedNotPrinted()
    {
        DrillReport r;
        r.metrics.state = Drill::State::Finished;
        r.drill.scenario = u"Prepared by the **chaos monkey**:\n\n"
                           "- terminated `jenkins-master`;\n"
                           "- see [the wiki](https://wiki.example.com/dr)\n\n"
                           "<b>not bold</b>"_s;
        const QString page = pdfOf(DrillReportComposer::compose(r), m_dir).value(0);
        QVERIFY2(page.contains(u"Prepared by the chaos monkey:"_s), qPrintable(page));
        QVERIFY2(page.contains(u"• terminated jenkins-master;"_s) ||
                     page.contains(u"•\nterminated jenkins-master;"_s),
                 qPrintable(page));
        QVERIFY2(page.contains(u"the wiki (https://wiki.example.com/dr)"_s), qPrintable(page));
        QVERIFY2(page.contains(u"<b>not bold</b>"_s), qPrintable(page));
        QVERIFY2(!page.contains(u'`') && !page.contains(u"**"_s), qPrintable(page));
    }

    // Wherever a page breaks a paragraph of six lines, each page holds none or at least two
    // of its lines: never its first line alone at the foot, nor its last alone at the head.
    void noLineOfAParagraphStandsAlone()
    {
        static const QRegularExpression word(u"\\bw\\d{3}\\b"_s);
        int broken = 0;
        for (int paragraphs = 28; paragraphs <= 44; ++paragraphs) {
            for (int spacer = 1; spacer <= 3; ++spacer) {
                ReportDocument doc = filled(paragraphs, spacer);
                doc.paragraph(tokens(u'w', 30));
                doc.paragraph(u"The end."_s);
                const QStringList pages = pdfOf(doc, m_dir);
                QList<int> perPage;
                QStringList shown;
                for (const QString &page : pages) {
                    perPage << linesWith(page, word);
                    shown << QString::number(perPage.last());
                }
                QVERIFY2(
                    !perPage.contains(1),
                    qPrintable(u"%1 paragraphs, spacer %2: lines of the paragraph per page %3"_s
                                   .arg(paragraphs)
                                   .arg(spacer)
                                   .arg(shown.join(u','))));
                broken += perPage.count(0) + 1 < perPage.size() ? 1 : 0;
            }
        }
        QVERIFY(broken > 5); // the paragraph did straddle pages
    }

    // A heading at the foot of a page goes to the next one with what it heads, however tall
    // the start of that is, and a heading right under it too ("Steps", then a phase's title).
    void aHeadingKeepsWhatItHeads()
    {
        for (int paragraphs = 30; paragraphs <= 44; ++paragraphs) {
            for (int spacer = 1; spacer <= 2; ++spacer) {
                ReportDocument doc = filled(paragraphs, spacer);
                doc.heading(u"Kept heading"_s, 2);
                doc.heading(u"Phase heading"_s, 3); // a heading under it, and what that heads
                // A table's header and first row go together: taller than three lines here.
                doc.table({u"#"_s, u"What"_s}, {{u"1"_s, tokens(u'k', 12)}}, 1);
                static const QRegularExpression word(u"\\bk\\d{3}\\b"_s);
                for (const QString &page : pdfOf(doc, m_dir))
                    if (page.contains(u"Kept heading"_s))
                        QVERIFY2(
                            linesWith(page, word) >= 1,
                            qPrintable(u"%1 paragraphs, spacer %2"_s.arg(paragraphs).arg(spacer)));
            }
        }
    }
};

QTEST_MAIN(TestReportPageFlow)
#include "tst_reportpageflow.moc"
