// The report of a drill whose steps' commands ran: each run's outcome, exit status, duration,
// command and output tail in Markdown and HTML (and the header saying it was an automated run);
// the evidence comes from real bash processes, hostile output included, and is escaped.
#include "commandrun.h"
#include "commandspec.h"
#include "database.h"
#include "drillengine.h"
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "evidencereport.h"
#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

namespace {
const QByteArray yaml = "drilldeck: 1\n"
                        "id: nightly-restore\n"
                        "title: Nightly restore check\n"
                        "objectives: { rto: 1h }\n"
                        "environments: [staging]\n"
                        "phases:\n"
                        "  - id: restore\n"
                        "    title: Restore\n"
                        "    steps:\n"
                        "      - id: restore\n"
                        "        title: Restore the backup\n"
                        "        expected: 1m\n"
                        "        automation: automated\n"
                        "        milestone: service-restored\n"
                        "        command: echo restored\n"
                        "      - id: checks\n"
                        "        title: Run the data checks\n"
                        "        expected: 1m\n"
                        "        automation: automated\n"
                        "        command: echo checks\n";

// The evidence of a real run of command under bash.
CommandEvidence run(const QString &command)
{
    CommandSpec spec;
    spec.stepId = u"restore"_s;
    spec.command = command;
    spec.workingDirectory = QDir::tempPath();
    spec.timeoutMs = 60'000;
    CommandRun process(spec);
    QSignalSpy finished(&process, &CommandRun::finished);
    process.start();
    if (finished.isEmpty() && !finished.wait(60'000))
        qFatal("the command did not finish");
    return finished.constFirst().constFirst().value<CommandEvidence>();
}
} // namespace

class TestEvidenceReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_markdown;
    QString m_html;
    ReportDocument m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto opened = Database::open(m_dir.filePath(u"evidence.sqlite"_s));
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        DrillStore store(*db);
        RunbookRevisionStore revisions(*db);
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"nightly.yaml"_s);
        QVERIFY(loaded.ok());
        const auto rev = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
        QVERIFY(rev.ok());
        Drill d;
        d.revisionId = rev->id;
        d.runbookId = loaded.runbook->id;
        d.environment = u"staging"_s;
        d.facilitator = u"drilldeck run"_s;
        d.runKind = Drill::RunKind::Automated;
        const auto created = store.createDrill(d, T0);
        QVERIFY(created.ok());
        DrillEngine engine(&store, *loaded.runbook, created.value(), {});
        qint64 now = T0;
        engine.setClock([&now] { return now; });
        QVERIFY(engine.start().committed());
        QVERIFY(engine.startStep(u"restore"_s).committed());
        // The first try fails, writing what a hostile or broken tool might: markup, a fence
        // that would close the Markdown code block, 30 numbered lines (the tail keeps 20).
        const CommandEvidence failed =
            run(u"for i in $(seq 1 30); do echo \"line $i\"; done; "
                "echo '<script>alert(1)</script>' >&2; echo '``` # not a heading' >&2; "
                "echo 'gpg: decryption failed: No secret key' >&2; exit 2"_s);
        QCOMPARE(failed.outcome, CommandEvidence::Outcome::Failed);
        now = at(1);
        QVERIFY(engine.recordCommandRun(failed, u"restore"_s).committed());
        const CommandEvidence passed = run(u"echo restored; printf '%s\\n' 'rows: 18214'"_s);
        QVERIFY(passed.passed());
        now = at(2);
        QVERIFY(engine.recordCommandRun(passed, u"restore"_s).committed());
        QVERIFY(engine.completeStep(u"restore"_s).committed());
        QVERIFY(engine.startStep(u"checks"_s).committed());
        QVERIFY(engine.recordCommandRun(run(u"echo checks failed >&2; exit 3"_s), u"checks"_s)
                    .committed());
        now = at(3);
        QVERIFY(engine.finish().committed());

        const auto report = DrillReport::load(store, revisions, created->id, at(10));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        m_doc = DrillReportComposer::compose(report.value());
        m_markdown = MarkdownReportWriter::write(m_doc);
        m_html = HtmlReportWriter::write(m_doc);
    }

    void headerSaysAutomatedRun()
    {
        QVERIFY2(m_markdown.contains(u"Automated run (drilldeck run)"_s), qPrintable(m_markdown));
        QVERIFY(m_html.contains(u"Automated run (drilldeck run)"_s));
    }

    void everyRunOfEveryStepIsThere()
    {
        QVERIFY(m_markdown.contains(u"## Command evidence"_s));
        QVERIFY(m_markdown.contains(u"### 1\\. Restore the backup — run 1 of 2"_s) ||
                m_markdown.contains(u"### 1. Restore the backup — run 1 of 2"_s));
        QVERIFY(m_markdown.contains(u"Restore the backup — run 2 of 2"_s));
        QVERIFY(m_markdown.contains(u"Run the data checks"_s));
        QVERIFY(m_markdown.contains(u"failed (exit 2) after"_s));
        QVERIFY(m_markdown.contains(u"failed (exit 3) after"_s));
        QVERIFY(m_markdown.contains(u"passed in"_s));
        // The tail: the last 20 lines of stdout then stderr; the first lines are not there.
        QVERIFY(m_markdown.contains(u"gpg: decryption failed: No secret key"_s));
        QVERIFY(m_markdown.contains(u"line 30"_s));
        QVERIFY(!m_markdown.contains(u"line 13\n"_s)); // 17 lines of stdout, 3 of stderr
        QVERIFY(m_markdown.contains(u"line 14\n"_s));
        QVERIFY(m_markdown.contains(u"rows: 18214"_s));
        // The step whose last run failed says so in the steps table.
        QVERIFY2(m_markdown.contains(u"its command failed (exit 3)"_s), qPrintable(m_markdown));
        // The timeline names each run.
        QCOMPARE(m_markdown.count(u"Command run"_s), 3);
    }

    void outputIsACodeBlockTheOutputCannotClose()
    {
        // The output's own ``` is inside a longer fence: the heading-like line stays code.
        const qsizetype at = m_markdown.indexOf(u"``` # not a heading"_s);
        QVERIFY(at > 0);
        const qsizetype open = m_markdown.lastIndexOf(u"\n````"_s, at);
        QVERIFY2(open > 0 && open > m_markdown.lastIndexOf(u"## "_s, at),
                 qPrintable(m_markdown.mid(at - 400, 500)));
        QVERIFY(m_markdown.contains(u"<script>alert(1)</script>"_s)); // code: shown as is
    }

    void htmlEscapesTheOutput()
    {
        QVERIFY(!m_html.contains(u"<script"_s));
        QVERIFY(m_html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(m_html.contains(u"gpg: decryption failed: No secret key"_s));
        QXmlStreamReader xml(m_html);
        int code = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"pre")
                ++code;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(code, 6); // per run: the command and the output
    }

    void outputTailIsCapped()
    {
        CommandEvidence e;
        e.command = u"yes"_s;
        e.outcome = CommandEvidence::Outcome::TimedOut;
        e.standardOutput.text = QString(EvidenceReport::lineChars * 3, u'y') + u'\n';
        for (int i = 0; i < 19; ++i)
            e.standardOutput.text += QString(EvidenceReport::lineChars, u'z') + u'\n';
        e.standardOutput.totalBytes = 100'000'000;
        e.standardOutput.truncated = true;
        DrillReport r;
        r.metrics.steps = {StepMetrics{}};
        r.metrics.steps[0].stepId = u"s"_s;
        r.metrics.steps[0].title = u"Say yes"_s;
        DrillEvent ev;
        ev.kind = DrillEvent::Kind::CommandRun;
        ev.stepId = u"s"_s;
        ev.payload = e.toPayload();
        r.events = {ev};
        ReportDocument doc;
        EvidenceReport::addEvidence(doc, r);
        qsizetype chars = 0;
        bool said = false;
        for (const ReportDocument::Block &b : doc.blocks) {
            if (b.kind == ReportDocument::Block::Kind::Code && b.rows.value(0).value(0) != u"yes")
                for (const QString &line : b.rows.value(0)) {
                    QVERIFY(line.size() <= EvidenceReport::lineChars);
                    chars += line.size() + 1;
                }
            said |= b.text.contains(u"kept only the head and the tail"_s);
        }
        QVERIFY(chars > 0 && chars <= EvidenceReport::tailChars);
        QVERIFY(said);
    }

    void handRunDrillWithoutCommandsHasNoEvidenceSection()
    {
        DrillReport r;
        ReportDocument doc;
        EvidenceReport::addEvidence(doc, r);
        QVERIFY(doc.blocks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceReport)
#include "tst_evidencereport.moc"
