// JUnitReport: what CI servers read of a recorded run is valid XML whatever the output held,
// with the counts, times in seconds and output capped.
#include "junitreport.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestJUnitReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validXmlWhateverTheOutput();
};

void TestJUnitReport::validXmlWhateverTheOutput()
{
    CommandEvidence evidence;
    evidence.command = u"make-noise"_s;
    evidence.outcome = CommandEvidence::Outcome::Passed;
    evidence.exitCode = 0;
    evidence.startMs = 1'000;
    evidence.endMs = 3'100;
    // A lone surrogate, a control character, an emoji (a valid pair), and far more than the cap.
    const QString odd = u"a"_s + QChar(0xD800) + u"b\u0007c 😀 <&>"_s;
    evidence.standardOutput.text = odd + QString(200'000, u'x') + u"END"_s;
    AutomatedRun::StepResult passed{.stepId = u"noise"_s,
                                    .phaseId = u"p1"_s,
                                    .title = u"Noise"_s,
                                    .outcome = AutomatedRun::StepResult::Outcome::Passed,
                                    .evidence = evidence,
                                    .notRunReason = {}};
    AutomatedRun::StepResult notRun{.stepId = u"call"_s,
                                    .phaseId = u"p2"_s,
                                    .title = u"Call the on-call"_s,
                                    .outcome = AutomatedRun::StepResult::Outcome::NotRun,
                                    .evidence = std::nullopt,
                                    .notRunReason = u"not run: manual step in an automated run"_s};
    const QByteArray xml = JUnitReport::toXml({.runbookId = u"rb"_s,
                                               .environment = u"staging"_s,
                                               .drillId = 7,
                                               .iteration = 3,
                                               .startMs = 1'000,
                                               .endMs = 4'000,
                                               .steps = {passed, notRun}});
    QXmlStreamReader reader(xml);
    QStringList seen;
    QString systemOut;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = reader.attributes();
        if (reader.name() == u"testsuite")
            seen << u"suite %1 tests=%2 failures=%3 skipped=%4 time=%5"_s.arg(
                a.value(u"name"_s), a.value(u"tests"_s), a.value(u"failures"_s),
                a.value(u"skipped"_s), a.value(u"time"_s));
        else if (reader.name() == u"testcase")
            seen << u"case %1.%2 %3"_s.arg(a.value(u"classname"_s), a.value(u"name"_s),
                                           a.value(u"time"_s));
        else if (reader.name() == u"skipped")
            seen << u"skipped: "_s + a.value(u"message"_s);
        else if (reader.name() == u"system-out")
            systemOut = reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(seen, (QStringList{
                       u"suite rb (staging) tests=2 failures=0 skipped=1 time=3.000"_s,
                       u"case rb.p1.noise 2.100"_s,
                       u"case rb.p2.call 0.000"_s,
                       u"skipped: not run: manual step in an automated run"_s,
                   }));
    // The tail is kept, with a word on what was left out.
    QVERIFY(systemOut.endsWith(u"xxxEND"_s));
    const qsizetype leftOut = evidence.standardOutput.text.size() - JUnitReport::systemOutCap;
    QVERIFY2(systemOut.startsWith(u"[%1 characters left out here"_s.arg(leftOut)),
             qPrintable(systemOut.left(80)));
    QVERIFY(systemOut.size() < JUnitReport::systemOutCap + 200);

    QCOMPARE(JUnitReport::xmlSafe(odd), u"a\uFFFDb\uFFFDc 😀 <&>"_s);
}

QTEST_GUILESS_MAIN(TestJUnitReport)
#include "tst_junitreport.moc"
