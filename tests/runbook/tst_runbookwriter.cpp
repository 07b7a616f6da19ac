// RunbookWriter: every sample runbook survives load, rewrite, save, load again unchanged; the
// file keeps its header comments, key order and flow lists; awkward text comes back exact.
#include "procedurerewriter.h"
#include "runbookloader.h"
#include "runbookwriter.h"
#include "steprewrite.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString runbooksDir = QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks");

Runbook loadBack(const QByteArray &yaml)
{
    const RunbookLoadResult back = RunbookLoader::loadText(yaml, u"written.yaml"_s);
    if (!back.ok()) {
        qWarning().noquote() << ProcedureRewriter::message(back.diagnostics) << "\n"
                             << QString::fromUtf8(yaml);
        return {};
    }
    return *back.runbook;
}
} // namespace

class TestRunbookWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEverySampleRunbook_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(runbooksDir).entryList({u"*.yaml"_s}, QDir::Files);
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QDir(runbooksDir).filePath(f);
    }

    // Load, rewrite (insert, edit, move), save, load again: equal to the rewritten runbook.
    void roundTripsEverySampleRunbook()
    {
        QFETCH(QString, path);
        const RunbookLoadResult loaded = RunbookLoader::loadFile(path);
        QVERIFY(loaded.ok());
        const Runbook original = *loaded.runbook;
        QCOMPARE(loadBack(RunbookWriter::toYaml(original, loaded.source)), original);

        Runbook rb = original;
        const Phase &last = rb.phases.constLast();
        Step added;
        added.id = u"write-down-what-was-missing"_s;
        added.title = u"Write down: what was missing from this runbook?"_s;
        added.instructions = u"Ask everyone.\n\n  - indented line\n\tand a tab: \"quoted\" # not a "
                             "comment\n"_s;
        added.expectedSeconds = 5400;
        added.automation = Step::Automation::Automated;
        added.verify = u"yes"_s; // would be a boolean to a careless writer
        added.command = u"echo 'it: works' && exit 0"_s;
        added.dependsOn = {last.steps.constFirst().id};
        added.verifyCommand = u"test \"$(cat out)\" = ok"_s;
        added.commandSettings.shell = u"bash -eo pipefail -c"_s;
        added.commandSettings.workdir = u"../scripts dir"_s;
        // Values a careless writer would turn into a null, a number, a boolean or a mapping.
        added.commandSettings.env = {{u"NOTHING"_s, u"null"_s}, {u"PORT"_s, u"5432"_s},
                                     {u"FLAG"_s, u"yes"_s},     {u"EMPTY"_s, {}},
                                     {u"PAIR"_s, u"a: b"_s},    {u"TILDE"_s, u"~"_s}};
        added.commandSettings.timeoutSeconds = 2 * 3600 + 60;
        QVERIFY(ProcedureRewriter::apply(
                    rb, StepRewrite::insert(last.id, int(last.steps.size()), added), path)
                    .isEmpty());
        const Step first = rb.phases[0].steps[0];
        Step edited = first;
        edited.title = u"  leading spaces, trailing: colon:"_s;
        edited.notes = u"no trailing newline\nsecond line"_s;
        edited.instructions = u"  starts indented\nthen not\n\n\n"_s;
        QVERIFY(
            ProcedureRewriter::apply(rb, StepRewrite::edit(rb.phases[0].id, 0, first, edited), path)
                .isEmpty());
        QVERIFY(rb != original);

        const QByteArray yaml = RunbookWriter::toYaml(rb, loaded.source);
        const Runbook back = loadBack(yaml);
        QCOMPARE(back, rb);
        QCOMPARE(RunbookWriter::headerComments(yaml), RunbookWriter::headerComments(loaded.source));
        // Writing what was read back gives the same text: a second save changes nothing.
        QCOMPARE(RunbookWriter::toYaml(back, yaml), yaml);
    }

    void keepsTheCommandSettings()
    {
        const QByteArray yaml = "drilldeck: 1\nid: rb\ntitle: R\n"
                                "shell: bash -eo pipefail -c\n"
                                "env: { PGHOST: db1, PGPORT: '5432' }\n"
                                "timeout: 90m\n"
                                "phases:\n  - id: p\n    title: P\n    steps:\n"
                                "      - id: a\n"
                                "        title: A\n"
                                "        command: ./restore.sh\n"
                                "        verify_command: ./check.sh\n"
                                "        workdir: scripts\n"
                                "        env:\n"
                                "          MODE: dry-run\n"
                                "        timeout: 1h\n";
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
        QVERIFY(loaded.ok());
        const QByteArray written = RunbookWriter::toYaml(*loaded.runbook, loaded.source);
        QCOMPARE(loadBack(written), *loaded.runbook);
        const QString text = QString::fromUtf8(written);
        QVERIFY2(text.contains(u"\nshell: bash -eo pipefail -c\nenv: {PGHOST: db1, PGPORT: 5432}\n"
                               u"timeout: 90m\n"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\n        verify_command: ./check.sh\n        workdir: scripts\n"
                               u"        env:\n          MODE: dry-run\n        timeout: 1h\n"_s),
                 qPrintable(text));
        // Without them a step is written as before: nothing is added.
        QVERIFY(!QString::fromUtf8(RunbookWriter::stepToYaml(Step{})).contains(u"env"_s));
    }

    void keepsTheFilesLayout()
    {
        const QString path = runbooksDir + u"/jenkins-rebuild.yaml"_s;
        const RunbookLoadResult loaded = RunbookLoader::loadFile(path);
        QVERIFY(loaded.ok());
        const QString yaml =
            QString::fromUtf8(RunbookWriter::toYaml(*loaded.runbook, loaded.source));
        QVERIFY(yaml.startsWith(u"# yaml-language-server: $schema=./drilldeck-runbook.schema.json\n"
                                "#\n# Disaster Recovery Day, Team Enterprise."_s));
        QVERIFY(yaml.contains(u"\ndrilldeck: 1\nid: jenkins-rebuild\n"_s));
        QVERIFY(yaml.contains(u"\nenvironments: [test, production]\n"_s));
        // Durations as the file wrote them (24h is not made 1d): a save changes what was rewritten.
        QVERIFY(yaml.contains(u"\nobjectives:\n  rto: 4h\n  rpo: 24h\n"_s));
        QVERIFY(yaml.contains(u"\nevaluation:\n  - Time until"_s));
        // No blank line after a literal block.
        QVERIFY(yaml.contains(u"(they are unreachable on purpose).\nobjectives:"_s));
        // The file's key order in a step (role before instructions), not the format's.
        QVERIFY(yaml.contains(u"      - id: declare-incident\n"
                              "        title: Declare the incident and freeze merges\n"
                              "        role: navigator\n"
                              "        expected: 5m\n"
                              "        automation: manual\n"
                              "        instructions: |\n"
                              "          - Post in `#contentpool`"_s));
        QVERIFY(yaml.contains(u"        depends_on: [declare-incident]\n"_s));
        QVERIFY(yaml.contains(u"        expected: 1h30m\n"_s));
    }

    // A runbook saved without a change reads as the file did, line for line but its comments
    // and layout the writer cannot keep: the review of a rewrite shows only what was rewritten.
    void anUnchangedSaveKeepsTheFilesSpelling_data() { roundTripsEverySampleRunbook_data(); }
    void anUnchangedSaveKeepsTheFilesSpelling()
    {
        QFETCH(QString, path);
        const RunbookLoadResult loaded = RunbookLoader::loadFile(path);
        QVERIFY(loaded.ok());
        const QStringList written =
            QString::fromUtf8(RunbookWriter::toYaml(*loaded.runbook, loaded.source)).split(u'\n');
        const QStringList lines = QString::fromUtf8(loaded.source).split(u'\n');
        const QSet<QString> source(lines.cbegin(), lines.cend());
        QStringList notInTheFile;
        for (const QString &line : written)
            if (!source.contains(line))
                notInTheFile << line;
        QVERIFY2(notInTheFile.isEmpty(), qPrintable(notInTheFile.join(u'\n')));
    }

    // A duration or quote that changed is written anew; the others keep the file's spelling.
    void aRewrittenValueIsWrittenAnew()
    {
        const QByteArray yaml = "drilldeck: 1\nid: 'quoted-id'\ntitle: \"Double quoted\"\n"
                                "objectives: {rto: 120m, rpo: 24h}\nroles: ['a b', plain]\n"
                                "phases:\n  - id: p\n    title: P\n    steps:\n"
                                "      - {id: s, title: 'It''s one', expected: 90s}\n"
                                "      - {id: t, title: T, expected: 1h30m}\n";
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"quoted.yaml"_s);
        QVERIFY(loaded.ok());
        Runbook rb = *loaded.runbook;
        rb.rpoSeconds = 3600;
        rb.phases[0].steps[1].expectedSeconds = 600;
        const QString out = QString::fromUtf8(RunbookWriter::toYaml(rb, yaml));
        QVERIFY2(out.contains(u"id: 'quoted-id'\ntitle: \"Double quoted\"\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"rto: 120m"_s), qPrintable(out));
        QVERIFY2(out.contains(u"rpo: 1h"_s), qPrintable(out));
        QVERIFY2(out.contains(u"['a b', plain]"_s), qPrintable(out));
        QVERIFY2(out.contains(u"'It''s one'"_s), qPrintable(out));
        QVERIFY2(out.contains(u"expected: 90s"_s), qPrintable(out));
        QVERIFY2(out.contains(u"expected: 10m"_s), qPrintable(out));
        QCOMPARE(loadBack(out.toUtf8()), rb);
    }

    void newStepsFollowTheFormatsKeyOrder()
    {
        Step s;
        s.id = u"recreate-dns"_s;
        s.title = u"Recreate the DNS record"_s;
        s.role = u"aws-admin"_s;
        s.expectedSeconds = 600;
        s.command = u"terraform apply"_s;
        s.dependsOn = {u"terraform-apply"_s};
        QCOMPARE(QString::fromUtf8(RunbookWriter::stepToYaml(s)),
                 u"id: recreate-dns\ntitle: Recreate the DNS record\nrole: aws-admin\n"
                 "expected: 10m\ncommand: terraform apply\ndepends_on: [terraform-apply]\n"_s);
    }

    void headerComments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("header");
        QTest::addRow("none") << QByteArray("drilldeck: 1\n") << QByteArray();
        QTest::addRow("comments and blank lines")
            << QByteArray("# a\n\n  # b\ndrilldeck: 1 # not this\n# nor this\n")
            << QByteArray("# a\n\n  # b\n");
        QTest::addRow("only comments") << QByteArray("# a") << QByteArray("# a\n");
    }

    void headerComments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, header);
        QCOMPARE(RunbookWriter::headerComments(yaml), header);
    }
};

QTEST_GUILESS_MAIN(TestRunbookWriter)
#include "tst_runbookwriter.moc"
