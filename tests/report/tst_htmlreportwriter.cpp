// HtmlReportWriter: well-formed, self-contained (images as data: URIs, no external reference,
// no script), and everything users typed is escaped.
#include "drillreportcomposer.h"
#include "htmlreportwriter.h"
#include "reportfixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestHtmlReportWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_html;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto report = ReportFixture::secondDrill(m_dir);
        QVERIFY(report);
        m_html = HtmlReportWriter::write(
            DrillReportComposer::compose(*report),
            {{u"timeline"_s, HtmlReportWriter::dataUri(QByteArrayLiteral("\x89PNG fake"))}});
    }

    void isWellFormedAndSelfContained()
    {
        QXmlStreamReader xml(m_html);
        QStringList elements;
        int images = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                elements << xml.name().toString();
                const QString tag = xml.name().toString();
                QVERIFY2(tag != u"script" && tag != u"iframe" && tag != u"object" && tag != u"a" &&
                             tag != u"link",
                         qPrintable(tag));
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    QVERIFY2(!a.name().startsWith(u"on"), qPrintable(a.name().toString()));
                    if (a.name() == u"src" || a.name() == u"href") {
                        QVERIFY(a.value().startsWith(u"data:image/png;base64,"));
                        ++images;
                    }
                }
            } else if (xml.isCharacters()) {
                texts << xml.text().toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(images, 1);
        QCOMPARE(elements.count(u"h2"_s), 11); // with Sign-offs
        QCOMPARE(elements.count(u"h3"_s), 2);  // the phase and the rewrite
        QCOMPARE(elements.count(u"img"_s), 1);
        // The parsed text holds what users typed, as text.
        const QString all = texts.join(u'\n');
        QVERIFY(all.contains(ReportFixture::scriptTag));
        QVERIFY(all.contains(ReportFixture::markdownAttack));
        QVERIFY(all.contains(ReportFixture::longLine()));
        QVERIFY(all.contains(u"RTO 40m against a target of 4h: met, 3h20m to spare."_s));
    }

    void hostileTextIsEscaped()
    {
        QVERIFY(!m_html.contains(u"<script"_s));
        QVERIFY(m_html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(m_html.contains(u"&lt;b&gt;at night&lt;/b&gt;"_s));
        QVERIFY(m_html.contains(u"overflow-wrap: anywhere"_s)); // the long line wraps
        QVERIFY(m_html.contains(u"Content-Security-Policy"_s));
    }

    void stepTableHasTheFigures()
    {
        const QString n = u"<td style=\"white-space: nowrap\">"_s;
        QVERIFY(m_html.contains(u"<tr>"_s + n +
                                u"1</td><td width=\"190\">Bake the "
                                "Jenkins AMI ●</td>"_s +
                                n + u"20m</td>"_s + n + u"11m</td>"_s + n +
                                u"-9m</td><td>driver (Jonas)</td>"_s + n + u"scripted</td>"_s + n +
                                u"done</td></tr>"_s));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReportWriter)
#include "tst_htmlreportwriter.moc"
