// The scenario's Markdown in the report: read into formatted blocks (ReportMarkdown), written
// back as valid Markdown that reads the same, and as HTML from a fixed set of tags; raw HTML,
// script links and images stay text in both.
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "reportmarkdown.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
using Span = ReportDocument::Span;
using Block = ReportDocument::Block;

const QString scenario = uR"(Prepared by the chaos monkey, who is "working from home"
today:

- terminated `jenkins-master` (eu-central-1);
- ran `` rm -rf `JENKINS_HOME` `` and **emptied** the *EFS*, in_place;
1. read [the wiki](https://wiki.example.com/dr?a=1&b=2)

<script>alert(1)</script> [x](javascript:alert(1)) ![img](file:///etc/passwd) # not a heading

    terraform apply -var ami=none
)"_s;

Span code(const QString &text)
{
    Span s;
    s.text = text;
    s.code = true;
    return s;
}

Span plain(const QString &text)
{
    Span s;
    s.text = text;
    return s;
}

// The report of an ended drill with the scenario, and the blocks its Scenario section holds.
ReportDocument reportWith(const QString &markdown)
{
    DrillReport r;
    r.metrics.state = Drill::State::Finished;
    r.drill.scenario = markdown;
    return DrillReportComposer::compose(r);
}

QString between(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(from);
    return start < 0 ? QString() : text.mid(start, text.indexOf(to, start) - start);
}
} // namespace

class TestReportMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheScenarioIntoFormattedBlocks()
    {
        const QList<Block> blocks = ReportMarkdown::blocks(scenario);
        QCOMPARE(blocks.size(), 6);
        QCOMPARE(blocks[0].text,
                 u"Prepared by the chaos monkey, who is \"working from home\" today:"_s);
        QCOMPARE(blocks[1].marker, u"-"_s);
        QCOMPARE(blocks[1].spans, (QList<Span>{plain(u"terminated "_s), code(u"jenkins-master"_s),
                                               plain(u" (eu-central-1);"_s)}));
        QCOMPARE(blocks[2].spans.value(1), code(u"rm -rf `JENKINS_HOME`"_s));
        Span bold = plain(u"emptied"_s);
        bold.bold = true;
        QVERIFY(blocks[2].spans.contains(bold));
        QVERIFY(blocks[2].text.endsWith(u"the EFS, in_place;"_s)); // no emphasis in a word
        QCOMPARE(blocks[3].marker, u"1."_s);
        Span link = plain(u"the wiki"_s);
        link.link = u"https://wiki.example.com/dr?a=1&b=2"_s;
        QCOMPARE(blocks[3].spans.value(1), link);
        // Raw HTML is text; only an http(s) address is a link; an image shows its address.
        QCOMPARE(blocks[4].text, u"<script>alert(1)</script> x (javascript:alert(1)) img "
                                 "(image: file:///etc/passwd) # not a heading"_s);
        for (const Span &s : blocks[4].spans)
            QVERIFY(s.link.isEmpty());
        QCOMPARE(blocks[5].kind, Block::Kind::Code);
        QCOMPARE(blocks[5].rows.value(0), QStringList{u"terraform apply -var ami=none"_s});
    }

    // The console renders the scenario; the .md printed it with its backticks escaped, as
    // literal characters. Now it is Markdown again, and reads back as the same blocks.
    void markdownKeepsTheScenarioMarkdown()
    {
        const ReportDocument doc = reportWith(scenario);
        const QString md = MarkdownReportWriter::write(doc);
        const QString section = between(md, u"## Scenario\n"_s, u"## Objectives"_s);
        QVERIFY2(section.contains(u"\n- terminated `jenkins-master` (eu-central-1);\n"_s),
                 qPrintable(section));
        QVERIFY2(section.contains(u"**emptied** the *EFS*, in\\_place;"_s), qPrintable(section));
        QVERIFY2(section.contains(u"\n1. read [the wiki](https://wiki.example.com/dr?a=1&b=2)\n"_s),
                 qPrintable(section));
        QVERIFY2(section.contains(u"\\<script\\>alert(1)\\</script\\> x (javascript:alert(1))"_s),
                 qPrintable(section));
        QVERIFY2(section.contains(u"```\nterraform apply -var ami=none\n```"_s),
                 qPrintable(section));
        const QList<Block> reread = ReportMarkdown::blocks(section.mid(section.indexOf(u'\n') + 1));
        const QList<Block> original = ReportMarkdown::blocks(scenario);
        QCOMPARE(reread.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            QCOMPARE(reread[i].spans, original[i].spans);
            QCOMPARE(reread[i].marker, original[i].marker);
        }
    }

    void htmlRendersTheScenarioFromAFixedSetOfTags()
    {
        const QString html = HtmlReportWriter::write(reportWith(scenario), {});
        const QString section = between(html, u"<h2>Scenario</h2>"_s, u"<h2>Objectives"_s);
        QVERIFY2(section.contains(u"<ul>\n<li>terminated <code>jenkins-master</code> "
                                  "(eu-central-1);</li>\n"_s),
                 qPrintable(section));
        QVERIFY2(section.contains(u"<b>emptied</b> the <i>EFS</i>"_s), qPrintable(section));
        QVERIFY2(section.contains(u"<ol start=\"1\">\n<li>read <a "
                                  "href=\"https://wiki.example.com/dr?a=1&amp;b=2\">the "
                                  "wiki</a></li>\n</ol>"_s),
                 qPrintable(section));
        QVERIFY2(
            section.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; x (javascript:alert(1))"_s),
            qPrintable(section));
        QVERIFY(!html.contains(u"href=\"javascript"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img src=\"file"_s));
        QVERIFY2(section.contains(u"<pre class=\"code\">terraform apply -var ami=none</pre>"_s),
                 qPrintable(section));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    // Unclosed delimiters and brackets stay the characters they are.
    void unclosedMarkupIsText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addRow("backtick") << u"a `b"_s;
        QTest::addRow("star") << u"2 * 3 = 6"_s;
        QTest::addRow("bracket") << u"[x] done"_s;
        QTest::addRow("link without end") << u"[x](https://a"_s;
        QTest::addRow("underscores") << u"snake_case_name"_s;
    }
    void unclosedMarkupIsText()
    {
        QFETCH(QString, markdown);
        const QList<Block> blocks = ReportMarkdown::blocks(markdown);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].text, markdown);
        QCOMPARE(blocks[0].spans, QList<Span>{plain(markdown)});
    }
};

QTEST_GUILESS_MAIN(TestReportMarkdown)
#include "tst_reportmarkdown.moc"
