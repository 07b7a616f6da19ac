// MarkdownRunbookImporter: a Markdown runbook becomes a runbook that validates, every guess a
// note with its line; the samples written as Markdown come back with their structure; hostile
// files get a clear error, never a crash or a hang.
#include "duration.h"
#include "markdownrunbookimporter.h"
#include "runbookloader.h"
#include "runbooktextsupport.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using RunbookTextSupport::render;

namespace {
const QString fixtures = QStringLiteral(DRILLDECK_FIXTURES "/markdown");

// A runbook as a team would keep it on a wiki page: title, description, a heading per phase, a
// sub-heading per step with its role, time, check, text and command.
QByteArray asMarkdown(const Runbook &rb)
{
    QString md = u"# "_s + rb.title + u"\n\n"_s;
    if (!rb.description.isEmpty())
        md += rb.description.trimmed() + u"\n\n"_s;
    for (const Phase &p : rb.phases) {
        md += u"## "_s + p.title + u"\n\n"_s;
        for (const Step &s : p.steps) {
            md += u"### "_s + s.title + u"\n\n"_s;
            if (!s.role.isEmpty())
                md += u"Role: "_s + s.role + u'\n';
            if (s.expectedSeconds > 0)
                md += u"Expected: "_s + Duration::format(s.expectedSeconds) + u'\n';
            if (!s.instructions.isEmpty())
                md += u'\n' + s.instructions.trimmed() + u'\n';
            if (!s.command.isEmpty())
                md += u"\n```\n"_s + s.command.trimmed() + u"\n```\n"_s;
            md += u'\n';
        }
    }
    return md.toUtf8();
}
} // namespace

class TestMarkdownRunbookImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAGitLabStyleRunbook()
    {
        const QString path = fixtures + u"/gitlab-style-restore.md"_s;
        const MarkdownImport r = MarkdownRunbookImporter::importFile(path);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        const Runbook &rb = *r.runbook;
        QCOMPARE(rb.title, u"Restore the Patroni cluster from a WAL-G backup"_s);
        QCOMPARE(rb.id, u"restore-the-patroni-cluster-from-a-wal-g"_s);
        QVERIFY(rb.description.startsWith(u"This runbook restores"_s)); // no [TOC]
        QStringList phases;
        for (const Phase &p : rb.phases)
            phases << p.title;
        QCOMPARE(phases, (QStringList{u"Summary"_s, u"Prerequisites"_s, u"Declare and freeze"_s,
                                      u"Restore the data"_s, u"Bring the service back"_s}));
        // Numbered items are steps, with their labelled lines as keys.
        const Phase &freeze = rb.phases[2];
        QCOMPARE(freeze.steps.size(), 2);
        QCOMPARE(freeze.steps[0].role, u"incident-lead"_s);
        QCOMPARE(freeze.steps[0].expectedSeconds, 300);
        QCOMPARE(freeze.steps[1].title, u"Freeze deployments"_s); // no colon
        QCOMPARE(freeze.steps[1].command,
                 u"/chatops run deploy lock --reason \"DB restore drill\""_s);
        QCOMPARE(freeze.steps[1].verify, u"the deploy pipeline shows the lock banner."_s);
        QCOMPARE(freeze.steps[1].expectedSeconds, 120);
        // Sub-headings are steps; bold labels, "~20 min", a range, "Verification:".
        const Phase &restore = rb.phases[3];
        QCOMPARE(restore.steps.size(), 3);
        QCOMPARE(restore.steps[0].title, u"Provision fresh nodes"_s);
        QCOMPARE(restore.steps[0].expectedSeconds, 1200);
        QCOMPARE(restore.steps[0].role, u"dbre"_s);
        QVERIFY(restore.steps[0].instructions.startsWith(u"Run Terraform from"_s));
        QCOMPARE(restore.steps[0].command,
                 u"cd environments/db-restore\nterraform apply -target=module.patroni-restore\n"_s);
        QVERIFY(r.yaml.contains("        command: |\n          cd environments/db-restore\n"));
        QCOMPARE(restore.steps[1].expectedSeconds, 3600);
        QVERIFY(restore.steps[1].command.contains(u"\\\n  /opt/wal-g/bin/wal-g backup-fetch"_s));
        QVERIFY(restore.steps[1].verify.startsWith(u"`du -sh"_s));
        // A numbered list inside a step heading's section stays its instructions.
        QVERIFY(restore.steps[2].instructions.contains(u"1. Write `recovery_target_time`"_s));
        QCOMPARE(restore.steps[2].command.count(u"sudo"_s), 3); // two blocks joined
        QCOMPARE(rb.roles, (QStringList{u"incident-lead"_s, u"dbre"_s}));
        // What is not a duration stays in the instructions, and is said.
        const Step &smoke = rb.phases[4].steps[1];
        QCOMPARE(smoke.expectedSeconds, 0);
        QVERIFY(smoke.instructions.contains(u"Expected: soon"_s));

        const QStringList said = render(r.diagnostics);
        const QString file = path;
        QVERIFY2(said.contains(file + u":7: note: the text before the first phase is the "
                                      u"runbook's description"_s),
                 qPrintable(said.join(u'\n')));
        QVERIFY(said.contains(file + u":11: note: phase `Summary` has no numbered list or step "
                                     u"headings: its text is one step"_s));
        QVERIFY(said.contains(file + u":59: note: `45-60 minutes`: a range: took its upper "
                                     u"bound"_s));
        QVERIFY(said.contains(file + u":68: note: 2 code blocks in step `Replay the WAL to the "
                                     u"point in time`: joined into one command, a blank line "
                                     u"apart"_s));
        QVERIFY(said.contains(file + u":86: note: `soon` is not a duration DrillDeck reads (like "
                                     u"`15m` or `1h30m`): left in the instructions"_s));
        for (const Diagnostic &d : r.diagnostics)
            QCOMPARE(d.severity, Diagnostic::Severity::Note);
        // What it wrote loads as it is.
        const RunbookLoadResult back = RunbookLoader::loadText(r.yaml, u"imported.yaml"_s);
        QVERIFY2(back.ok(), qPrintable(render(back.diagnostics).join(u'\n')));
        QCOMPARE(*back.runbook, rb);
        QVERIFY(r.yaml.startsWith("# Imported from gitlab-style-restore.md"));
    }

    void theSampleRunbooksComeBackWithTheirStructure_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks"));
        for (const QString &f : dir.entryList({u"*.yaml"_s}, QDir::Files))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void theSampleRunbooksComeBackWithTheirStructure()
    {
        QFETCH(QString, path);
        const RunbookLoadResult loaded = RunbookLoader::loadFile(path);
        QVERIFY(loaded.ok());
        const Runbook &original = *loaded.runbook;
        const MarkdownImport r =
            MarkdownRunbookImporter::importText(asMarkdown(original), u"sample.md"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        const Runbook &back = *r.runbook;
        QCOMPARE(back.title, original.title);
        QCOMPARE(back.phases.size(), original.phases.size());
        for (qsizetype p = 0; p < original.phases.size(); ++p) {
            const Phase &was = original.phases[p];
            const Phase &is = back.phases[p];
            QCOMPARE(is.title, was.title);
            QCOMPARE(is.steps.size(), was.steps.size());
            for (qsizetype s = 0; s < was.steps.size(); ++s) {
                QCOMPARE(is.steps[s].title, was.steps[s].title);
                QCOMPARE(is.steps[s].role, was.steps[s].role);
                QCOMPARE(is.steps[s].expectedSeconds, was.steps[s].expectedSeconds);
                // A code block in the instructions reads as a command in Markdown.
                if (!was.steps[s].instructions.contains(u"```"_s))
                    QCOMPARE(is.steps[s].command.trimmed(), was.steps[s].command.trimmed());
            }
        }
    }

    void numberedListsWithoutHeadingsAreOnePhase()
    {
        const MarkdownImport r = MarkdownRunbookImporter::importText(
            "1. Stop the writer\n2. Restore\n   ```\n   # not a heading\n   restore.sh\n   ```\n"
            "3. Start it again\n",
            u"/tmp/db-restore.md"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        QCOMPARE(r.runbook->title, u"db-restore"_s);
        QCOMPARE(r.runbook->phases.size(), 1);
        QCOMPARE(r.runbook->phases[0].title, u"Procedure"_s);
        QCOMPARE(r.runbook->phases[0].steps.size(), 3);
        QCOMPARE(r.runbook->phases[0].steps[1].command, u"# not a heading\nrestore.sh\n"_s);
        QCOMPARE(render(r.diagnostics),
                 (QStringList{u"/tmp/db-restore.md:1: note: no single top heading: the title is "
                              u"the file's name, `db-restore`"_s,
                              u"/tmp/db-restore.md:1: note: no phase headings: the numbered list "
                              u"is one phase, `Procedure`"_s}));
    }

    void anUnclosedCodeBlockTakesTheRestOfTheFile()
    {
        const MarkdownImport r = MarkdownRunbookImporter::importText(
            "# Restore\n\n## Run\n\n1. Run it\n   ```\n   restore.sh\n2. not a step\n## not a "
            "phase\n",
            u"open.md"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        QCOMPARE(r.runbook->phases.size(), 1);
        QCOMPARE(r.runbook->phases[0].steps.size(), 1);
        QCOMPARE(r.runbook->phases[0].steps[0].command,
                 u"restore.sh\n2. not a step\n## not a phase\n"_s);
        QVERIFY(render(r.diagnostics)
                    .contains(u"open.md:6: note: a code block is not closed: as in Markdown, the "
                              u"rest of the file is its code"_s));
    }

    void badInputIsSaid_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QByteArray("\n  \n")
                               << u"bad.md:1: error: file is empty; a Markdown runbook has a "
                                  u"title (`# Restore the database`), phase headings and "
                                  u"numbered steps"_s;
        QTest::addRow("no headings")
            << QByteArray("Just a paragraph.\n\n- a bullet\n- another\n")
            << u"bad.md:1: error: no headings and no numbered list: nothing to make steps of; "
               u"write each phase as a heading (`## Restore`) over a numbered list of steps "
               u"(`1. Stop the service`) or `###` step headings"_s;
        QTest::addRow("only code")
            << QByteArray("```\n# restore.sh\n1. not a step\n```\n")
            << u"bad.md:1: error: no headings and no numbered list: nothing to make steps of; "
               u"write each phase as a heading (`## Restore`) over a numbered list of steps "
               u"(`1. Stop the service`) or `###` step headings"_s;
        QTest::addRow("binary") << QByteArray("# T\n\x00\x01", 6)
                                << u"bad.md:2:1: error: binary data (a NUL byte); a Markdown "
                                   u"runbook is a UTF-8 text file"_s;
        QTest::addRow("invalid UTF-8") << QByteArray("# Caf\xe9\n")
                                       << u"bad.md:1:6: error: invalid UTF-8 (byte 0xe9); save "
                                          u"the file as UTF-8"_s;
        QTest::addRow("a title over prose")
            << QByteArray("# Restore\n\nSomebody restores it.\n")
            << u"bad.md:1: error: no phase headings and no numbered list under the title: "
               u"nothing to make steps of; write each phase as a heading (`## Restore`) over a "
               u"numbered list of steps (`1. Stop the service`)"_s;
        QByteArray many = "# Many\n\n## All\n\n";
        for (int i = 1; i <= 100000; ++i)
            many += QByteArray::number(i) + ". step\n";
        QTest::addRow("100,000 list items")
            << many
            << u"bad.md:20005: error: more than 20000 steps; a runbook may have at most 20000"_s;
        QByteArray huge = "# Huge\n\n## One\n\n### Long step\n\n";
        huge += QByteArray(30000, 'x') + '\n';
        QTest::addRow("a step's text over the limit")
            << huge
            << u"bad.md:5: error: `instructions` would be over 20000 characters, the most a "
               u"runbook holds; split the section into steps"_s;
    }
    void badInputIsSaid()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, expected);
        const MarkdownImport r = MarkdownRunbookImporter::importText(markdown, u"bad.md"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.yaml.isEmpty());
        QVERIFY2(render(r.diagnostics).contains(expected),
                 qPrintable(render(r.diagnostics).join(u'\n')));
    }

    void idsAreMadeOfTitles()
    {
        QCOMPARE(MarkdownRunbookImporter::idFromTitle(u"Restore the DB (EU)"_s),
                 u"restore-the-db-eu"_s);
        QCOMPARE(MarkdownRunbookImporter::idFromTitle(u"Wissenssilos vermeiden: Übergabe"_s),
                 u"wissenssilos-vermeiden-uebergabe"_s);
        QCOMPARE(MarkdownRunbookImporter::idFromTitle(u"  --  "_s), QString());
        const QString long_ = MarkdownRunbookImporter::idFromTitle(
            u"Promote the replica in the other datacenter and point every client at it now"_s);
        QCOMPARE(long_, u"promote-the-replica-in-the-other"_s); // whole words, at most 40
        QVERIFY(!long_.endsWith(u'-'));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRunbookImporter)
#include "tst_markdownrunbookimporter.moc"
