// Every input a fuzz target once broke (tests/fuzz-regressions/TARGET/*, kept byte for byte),
// run through the same checks as the target: it must come back promptly, refused with a reason
// or loaded, and never crash, hang or trip a sanitizer.
#include "duration.h"
#include "quickentry.h"
#include "runbookloader.h"
#include "terminaltext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString regressions = QStringLiteral(DRILLDECK_SOURCE_DIR "/tests/fuzz-regressions");

void addRows(const QString &target)
{
    QTest::addColumn<QByteArray>("input");
    const QDir dir(regressions + u'/' + target);
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    if (names.isEmpty())
        QTest::addRow("no regressions yet") << QByteArray();
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::addRow("%s", qPrintable(name)) << f.readAll();
    }
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runbookLoader_data() { addRows(u"fuzz_runbookloader"_s); }
    void runbookLoader()
    {
        QFETCH(QByteArray, input);
        QElapsedTimer timer;
        timer.start();
        const RunbookLoadResult result = RunbookLoader::loadText(input, u"fuzz.yaml"_s);
        QVERIFY2(timer.elapsed() < 5000, "took longer than 5 s");
        QVERIFY(result.ok() || Diagnostic::hasErrors(result.diagnostics));
        QVERIFY(result.diagnostics.size() <= RunbookLimits::diagnostics + 1);
        for (const Diagnostic &d : result.diagnostics)
            for (QChar c : d.message)
                QVERIFY2(!TerminalText::isUnsafe(c.unicode()), qPrintable(d.toString()));
        if (QByteArray(QTest::currentDataTag()).startsWith("hang-comma")) {
            QVERIFY(!result.ok());
            const QString message = result.diagnostics.value(0).toString();
            QVERIFY2(message.contains(u"YAML syntax error"_s), qPrintable(message));
        }
    }

    void duration_data() { addRows(u"fuzz_duration"_s); }
    void duration()
    {
        QFETCH(QByteArray, input);
        QString error;
        const auto seconds = Duration::parseSeconds(QString::fromUtf8(input), &error);
        if (!seconds) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY(*seconds >= 0 && *seconds <= Duration::maxSeconds);
        QCOMPARE(Duration::parseSeconds(Duration::format(*seconds)), seconds);
    }

    void quickEntry_data() { addRows(u"fuzz_quickentry"_s); }
    void quickEntry()
    {
        QFETCH(QByteArray, input);
        const QuickEntry entry = QuickEntry::parse(QString::fromUtf8(input));
        if (!entry.ok())
            return;
        QVERIFY(QuickEntry::categories().contains(entry.category));
        QVERIFY(entry.text.size() <= QuickEntry::maxTextLength);
        QVERIFY(entry.author.size() <= QuickEntry::maxAuthorLength);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
