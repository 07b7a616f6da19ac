// MarkdownReportWriter: the fixture report's structure, and what users typed comes out inert.
#include "drillreportcomposer.h"
#include "markdownreportwriter.h"
#include "reportfixture.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMarkdownReportWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_markdown;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto report = ReportFixture::secondDrill(m_dir);
        QVERIFY(report);
        m_markdown = MarkdownReportWriter::write(DrillReportComposer::compose(*report),
                                                 {{u"timeline"_s, u"my report-timeline.png"_s}});
    }

    void escapesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");
        QTest::addRow("html") << u"<script>alert(1)</script>"_s
                              << u"\\<script\\>alert(1)\\</script\\>"_s;
        QTest::addRow("link and pipe")
            << ReportFixture::markdownAttack << u"\\| \\*\\* \\[x\\](javascript:alert(1)) \\#"_s;
        QTest::addRow("heading") << u"# not a heading"_s << u"\\# not a heading"_s;
        QTest::addRow("list") << u"- not a list"_s << u"\\- not a list"_s;
        QTest::addRow("setext") << u"=== x"_s << u"\\=== x"_s;
        QTest::addRow("ordered paren") << u"12) x"_s << u"12\\) x"_s;
        QTest::addRow("ordered list") << u"1. not a list"_s << u"1\\. not a list"_s;
        QTest::addRow("code block") << u"    indented"_s << u"indented"_s;
        QTest::addRow("newlines") << u"one\ntwo"_s << u"one two"_s;
        QTest::addRow("entity") << u"&lt;b&gt;"_s << u"\\&lt;b\\&gt;"_s;
        QTest::addRow("backslash and code") << u"C:\\dir `x`"_s << u"C:\\\\dir \\`x\\`"_s;
    }
    void escapesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QCOMPARE(MarkdownReportWriter::escape(text, true), markdown);
    }

    void hasTheHeadingsAndTheFigures()
    {
        QVERIFY(
            m_markdown.startsWith(u"# Drill report: Rebuild Jenkins from backup, test \\#2\n"_s));
        for (const QString &h :
             {u"## Participants"_s, u"## Scenario"_s, u"## Objectives"_s, u"## Steps"_s,
              u"## Timeline"_s, u"## Rewrites"_s, u"## Action items"_s, u"## Scorecard"_s,
              u"## Sign-offs"_s, u"## Compared with the previous iteration"_s, u"## Charts"_s})
            QVERIFY2(m_markdown.contains(u'\n' + h + u'\n'), qPrintable(h));
        QVERIFY(
            m_markdown.contains(u"\n**RTO 40m against a target of 4h: met, 3h20m to spare.**\n"_s));
        QVERIFY(m_markdown.contains(u"- **Environment:** test\n"_s));
    }

    void stepTableHasOneRowPerStep()
    {
        const QStringList lines = m_markdown.split(u'\n');
        const qsizetype header = lines.indexOf(
            u"| \\# | Step | Planned | Actual | Delta | Who | Automation | Status |"_s);
        QVERIFY(header > 0);
        QCOMPARE(lines[header - 2], u"### Rebuild the instance"_s);
        QCOMPARE(lines[header + 1], u"|---|---|---|---|---|---|---|---|"_s);
        QCOMPARE(lines[header + 2], u"| 1 | Bake the Jenkins AMI ● | 20m | "
                                    "11m | -9m | driver (Jonas) | scripted | done |"_s);
        QVERIFY(lines[header + 4].startsWith(u"| 3 |"_s));
        QVERIFY(lines[header + 5].isEmpty());
        // Every row of every table has as many cells as its header: no pipe got through.
        static const QRegularExpression cell(u"(?<!\\\\)\\|"_s);
        qsizetype columns = -1;
        for (const QString &line : lines) {
            if (!line.startsWith(u'|')) {
                columns = -1;
                continue;
            }
            const qsizetype n = line.count(cell);
            if (columns < 0)
                columns = n;
            QVERIFY2(n == columns, qPrintable(line.left(200)));
        }
    }

    void hostileObservationIsInert()
    {
        QVERIFY(!m_markdown.contains(u"<script>"_s));
        QVERIFY(m_markdown.contains(u"\\<script\\>alert(1)\\</script\\>"_s));
        QVERIFY(!m_markdown.contains(u"[x](javascript"_s));
        QVERIFY(m_markdown.contains(u"\\[x\\](javascript:alert(1)) \\#"_s));
        QVERIFY(m_markdown.contains(ReportFixture::longLine())); // kept whole, readable
        QVERIFY(!m_markdown.contains(u"<b>"_s));                 // the scenario's markup too
        QVERIFY(!m_markdown.contains(u"<i>"_s));
    }

    void chartsAreLinkedRelatively()
    {
        QVERIFY(m_markdown.contains(u"](my%20report-timeline.png)\n"_s));
        QVERIFY(m_markdown.contains(u"*Chart not included: RTO per iteration"_s));
    }

    void diffIsFenced()
    {
        QVERIFY(m_markdown.contains(u"```diff\n  expected:\n- 10m\n+ 15m\n  title:\n"
                                    "- Launch the instance\n+ Launch from the AMI\n```\n"_s));
        QVERIFY(m_markdown.contains(u"### Step “Launch from the AMI” edited at "_s));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReportWriter)
#include "tst_markdownreportwriter.moc"
