// The runbook loader: valid files load into the domain types; every problem in an invalid
// file comes back as FILE:LINE:COLUMN: error: MESSAGE, all of them, never a crash or a hang.
#include "runbookloader.h"
#include "runbooktextsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>

using namespace Qt::StringLiterals;

using namespace RunbookTextSupport;

class TestRunbookLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsEveryKey()
    {
        const RunbookLoadResult r =
            RunbookLoader::loadFile(QStringLiteral(DRILLDECK_FIXTURES "/valid-full.yaml"));
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        QVERIFY(r.diagnostics.isEmpty());
        const Runbook &rb = *r.runbook;
        QCOMPARE(rb.id, u"jenkins-rebuild"_s);
        QCOMPARE(rb.title, u"Rebuild Jenkins from backup"_s);
        QCOMPARE(rb.service, u"ContentPool CI/CD"_s);
        QCOMPARE(rb.owner, u"Team Enterprise"_s);
        QCOMPARE(rb.description, u"Jenkins runs on **EC2**; its home lives on EFS.\n"_s);
        QCOMPARE(rb.rtoSeconds, 4 * 3600);
        QCOMPARE(rb.rpoSeconds, 24 * 3600);
        QCOMPARE(rb.environments, QStringList({u"test"_s, u"production"_s}));
        QCOMPARE(rb.roles, QStringList({u"driver"_s, u"scribe"_s, u"observer"_s}));
        QVERIFY(rb.scenario.startsWith(u"The Jenkins EC2 instance"_s));
        QCOMPARE(rb.injects.size(), 1);
        QCOMPARE(rb.injects[0].id, u"efs-slow"_s);
        QCOMPARE(rb.injects[0].after, u"bake-ami"_s);
        QCOMPARE(rb.evaluation.size(), 2);
        QCOMPARE(rb.phases.size(), 1);
        QCOMPARE(rb.stepCount(), 2);
        const Step &bake = rb.phases[0].steps[0];
        QCOMPARE(bake.expectedSeconds, 20 * 60);
        QCOMPARE(bake.automation, Step::Automation::Scripted);
        QCOMPARE(bake.command, u"packer build jenkins.pkr.hcl"_s);
        QCOMPARE(bake.notes, u"The team usually forgets the region."_s);
        QCOMPARE(bake.locationOf(u"id"_s), (SourceLocation{21, 13}));
        const Step &apply = rb.phases[0].steps[1];
        QCOMPARE(apply.dependsOn, QStringList{u"bake-ami"_s});
        QVERIFY(apply.isServiceRestored());
        QCOMPARE(apply.automation, Step::Automation::Automated);
        QCOMPARE(apply.expectedSeconds, 5400);
        QCOMPARE(r.source.left(12), QByteArray("# A runbook "));
    }

    void loadsMinimalRunbook()
    {
        const RunbookLoadResult r =
            RunbookLoader::loadFile(QStringLiteral(DRILLDECK_FIXTURES "/valid-minimal.yaml"));
        QVERIFY(r.ok());
        QCOMPARE(r.runbook->phases[0].steps[0].automation, Step::Automation::Manual);
        QCOMPARE(r.runbook->rtoSeconds, 0);
    }

    void reportsEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("unknown step key with suggestion")
            << header + phaseHead + "      - id: a\n        title: A\n        expeted: 5m\n"
            << QStringList{u"rb.yaml:10:9: error: unknown key `expeted` in a step; did you mean "
                           u"`expected`?"_s};
        QTest::addRow("cadence that is not a duration")
            << header + "cadence: quarterly\n" + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{
                   u"rb.yaml:4:10: error: `cadence`: invalid duration `quarterly`: expected "
                   u"a number at `quarterly`; write it as a number with a unit, like 90s, "
                   u"15m, 1h30m or 2d"_s};
        QTest::addRow("unknown top-level key without a near one")
            << header + "colour: red\n" + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{
                   u"rb.yaml:4:1: error: unknown key `colour` in runbook; the keys are: "
                   u"drilldeck, id, title, service, owner, description, objectives, cadence, "
                   u"environments, roles, scenario, injects, evaluation, shell, workdir, "
                   u"env, timeout, phases"_s};
        QTest::addRow("duplicate step ids")
            << header + phaseHead + "      - { id: a, title: A }\n      - { id: a, title: B }\n"
            << QStringList{u"rb.yaml:9:15: error: duplicate step id `a`; it is already used at "
                           u"line 8"_s};
        QTest::addRow("duplicate phase ids")
            << header + "phases:\n  - id: p\n    title: P\n    steps: [{ id: a, title: A }]\n"
                        "  - id: p\n    title: Q\n    steps: [{ id: b, title: B }]\n"
            << QStringList{u"rb.yaml:8:9: error: duplicate phase id `p`; it is already used at "
                           u"line 5"_s};
        QTest::addRow("unknown dependency with suggestion")
            << header + phaseHead +
                   "      - { id: bake-ami, title: A }\n"
                   "      - { id: b, title: B, depends_on: [bake-amy] }\n"
            << QStringList{u"rb.yaml:9:41: error: step `b` depends on unknown step `bake-amy` "
                           u"(did you mean `bake-ami`?)"_s};
        QTest::addRow("dependency cycle")
            << header + phaseHead +
                   "      - { id: a, title: A, depends_on: [c] }\n"
                   "      - { id: b, title: B, depends_on: [a] }\n"
                   "      - { id: c, title: C, depends_on: [b] }\n"
            << QStringList{u"rb.yaml:9:41: error: dependency cycle: a -> c -> b -> a; a step "
                           u"cannot wait for itself"_s};
        QTest::addRow("self dependency")
            << header + phaseHead + "      - { id: a, title: A, depends_on: [a] }\n"
            << QStringList{u"rb.yaml:8:41: error: step `a` depends on itself"_s};
        QTest::addRow("invalid duration")
            << header + phaseHead + "      - { id: a, title: A, expected: 90 }\n"
            << QStringList{u"rb.yaml:8:38: error: `expected`: invalid duration `90`: the number "
                           u"90 has no unit; write it as a number with a unit, like 90s, 15m, "
                           u"1h30m or 2d"_s};
        QTest::addRow("invalid objective")
            << header + "objectives: { rto: 4 hours }\n" + phaseHead +
                   "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:4:20: error: `rto`: invalid duration `4 hours`: no spaces "
                           u"inside a duration; write it like 1h30m"_s};
        QTest::addRow("role not declared")
            << header + "roles: [driver, scribe]\n" + phaseHead +
                   "      - { id: a, title: A, role: drvier }\n"
            << QStringList{u"rb.yaml:9:34: error: role `drvier` is not one of the runbook's "
                           u"roles (driver, scribe) (did you mean `driver`?)"_s};
        QTest::addRow("bad automation")
            << header + phaseHead + "      - { id: a, title: A, automation: scripts }\n"
            << QStringList{u"rb.yaml:8:40: error: invalid automation `scripts`; use manual, "
                           u"scripted or automated (did you mean `scripted`?)"_s};
        QTest::addRow("unsupported version")
            << "drilldeck: 2\nid: rb\ntitle: R\n" + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:1:12: error: unsupported runbook format version `2`; this "
                           u"DrillDeck reads version 1 (`drilldeck: 1`)"_s};
        QTest::addRow("two milestones")
            << header + phaseHead +
                   "      - { id: a, title: A, milestone: service-restored }\n"
                   "      - { id: b, title: B, milestone: service-restored }\n"
            << QStringList{u"rb.yaml:9:39: error: more than one `service-restored` milestone; "
                           u"the first is at line 8, and a runbook has one end of its RTO "
                           u"clock"_s};
        QTest::addRow("missing required keys")
            << QByteArray("drilldeck: 1\nphases:\n  - id: p\n    steps:\n      - title: A\n")
            << QStringList{u"rb.yaml:1:1: error: missing required key `id` in the runbook"_s,
                           u"rb.yaml:1:1: error: missing required key `title` in the runbook"_s,
                           u"rb.yaml:3:5: error: missing required key `title` in a phase"_s,
                           u"rb.yaml:5:9: error: missing required key `id` in a step"_s};
        QTest::addRow("empty required values count as missing")
            << QByteArray("drilldeck: 1\nid:\ntitle: \"\"\nphases:\n")
            << QStringList{u"rb.yaml:1:1: error: missing required key `id` in the runbook"_s,
                           u"rb.yaml:1:1: error: missing required key `title` in the runbook"_s,
                           u"rb.yaml:1:1: error: missing required key `phases` in the runbook"_s};
        QTest::addRow("empty step ids are missing, not duplicates")
            << header + phaseHead + "      - { id: , title: A }\n      - { id: '', title: B }\n"
            << QStringList{u"rb.yaml:8:9: error: missing required key `id` in a step"_s,
                           u"rb.yaml:9:9: error: missing required key `id` in a step"_s};
        QTest::addRow("a list inside depends_on is one error")
            << header + phaseHead +
                   "      - { id: a, title: A }\n"
                   "      - { id: b, title: B, depends_on: [[a]] }\n"
            << QStringList{u"rb.yaml:9:41: error: `depends_on` must be text, not a list"_s};
        QTest::addRow("duplicate self-dependent ids give no false cycle")
            << header + phaseHead +
                   "      - { id: b, title: A, depends_on: [b] }\n"
                   "      - { id: b, title: B }\n"
            << QStringList{u"rb.yaml:8:41: error: step `b` depends on itself"_s,
                           u"rb.yaml:9:15: error: duplicate step id `b`; it is already used at "
                           u"line 8"_s};
        QTest::addRow("missing version")
            << QByteArray("id: rb\ntitle: R\n") + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:1:1: error: missing required key `drilldeck` (the format "
                           u"version); add `drilldeck: 1` at the top"_s};
        QTest::addRow("several problems at once, in line order")
            << header + "roles: [driver]\n" + phaseHead +
                   "      - { id: a, title: A, role: pilot, expected: soon }\n"
                   "      - { id: B!, title: B, depends_on: [zzz] }\n"
            << QStringList{
                   u"rb.yaml:9:34: error: role `pilot` is not one of the runbook's roles "
                   u"(driver)"_s,
                   u"rb.yaml:9:51: error: `expected`: invalid duration `soon`: expected a number "
                   u"at `soon`; write it as a number with a unit, like 90s, 15m, 1h30m or 2d"_s,
                   u"rb.yaml:10:15: error: invalid id `B!`: use lowercase letters, digits, '-', "
                   u"'_' or '.', starting with a letter or digit (like `restore-backup`)"_s,
                   u"rb.yaml:10:42: error: step `B!` depends on unknown step `zzz`"_s};
        QTest::addRow("list where text belongs")
            << header + phaseHead + "      - { id: a, title: [A, B] }\n"
            << QStringList{u"rb.yaml:8:25: error: `title` must be text, not a list"_s};
        QTest::addRow("text where a list belongs")
            << header + "roles: driver\n" + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:4:8: error: `roles` must be a list like `[a, b]`, not the "
                           u"text `driver`"_s};
        QTest::addRow("duplicate key")
            << header + "title: Again\n" + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:4:1: error: duplicate key `title`; it is already set at "
                           u"line 3"_s};
        QTest::addRow("phase without steps")
            << header + "phases:\n  - id: p\n    title: P\n    steps: []\n"
            << QStringList{u"rb.yaml:7:12: error: phase `p` has no steps; give it at least one"_s};
        QTest::addRow("inject cued after unknown step")
            << header + "injects: [{ id: i, title: I, after: nope }]\n" + phaseHead +
                   "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:4:37: error: inject `i` is cued after unknown step `nope`"_s};
        QTest::addRow("not a mapping")
            << QByteArray("- just\n- a list\n")
            << QStringList{u"rb.yaml:1:1: error: a runbook is a YAML mapping that starts with "
                           u"`drilldeck: 1`; found a list"_s};
        QTest::addRow("syntax error")
            << header + "phases: [\n"
            << QStringList{u"rb.yaml:5:1: error: YAML syntax error: end of sequence flow not "
                           u"found"_s};
        QTest::addRow("a plain value holding `: ` is shown quoted")
            << header + phaseHead +
                   "      - id: a\n        title: A\n"
                   "        command: ./freeze --reason \"DR drill: db\" # why\n"
            << QStringList{u"rb.yaml:10:45: error: YAML syntax error: illegal map value; a value "
                           u"that holds `: ` must be quoted, like this: command: './freeze "
                           u"--reason \"DR drill: db\"' # why"_s};
        QTest::addRow("a list entry holding `: ` and a quote")
            << header + "evaluation:\n  - Time: it's what counts: mostly\n"
            << QStringList{u"rb.yaml:5:27: error: YAML syntax error: illegal map value; a value "
                           u"that holds `: ` must be quoted, like this: - Time: 'it''s what "
                           u"counts: mostly'"_s};
        QTest::addRow("tab in indentation")
            << header + "phases:\n\t- id: p\n"
            << QStringList{u"rb.yaml:5:1: error: tab character in indentation; YAML indents with "
                           u"spaces only"_s};
        QTest::addRow("two documents")
            << header + phaseHead + "      - { id: a, title: A }\n---\nid: second\n"
            << QStringList{u"rb.yaml:10:1: error: more than one YAML document (`---`); put one "
                           u"runbook in each file"_s};
        QTest::addRow("empty") << QByteArray("\n  \n")
                               << QStringList{u"rb.yaml:1:1: error: file is empty; a runbook "
                                              u"starts with `drilldeck: 1`"_s};
        QTest::addRow("binary")
            << QByteArray("\x7f"
                          "ELF\x02\x01\x01\x00\x00",
                          9)
            << QStringList{u"rb.yaml:1:8: error: binary data (a NUL byte); a runbook is a UTF-8 "
                           u"YAML text file"_s};
        QTest::addRow("invalid utf-8")
            << header + "service: caf\xe9\n"
            << QStringList{u"rb.yaml:4:13: error: invalid UTF-8 (byte 0xe9); save the file as "
                           u"UTF-8"_s};
        QTest::addRow("overlong utf-8")
            << header + "service: \xc0\xaf\n"
            << QStringList{u"rb.yaml:4:10: error: invalid UTF-8 (byte 0xc0); save the file as "
                           u"UTF-8"_s};
    }
    void loadsCommandSettings()
    {
        const QByteArray yaml = header +
                                "shell: bash -eo pipefail -c\n"
                                "workdir: scripts\n"
                                "env: { PGHOST: db1, PGPORT: 5432, EMPTY: }\n"
                                "timeout: 45m\n" +
                                phaseHead +
                                "      - id: restore\n"
                                "        title: Restore\n"
                                "        automation: automated\n"
                                "        command: ./restore.sh\n"
                                "        verify: The row count matches.\n"
                                "        verify_command: ./count-rows.sh\n"
                                "        shell: sh -c\n"
                                "        workdir: /srv/restore\n"
                                "        env:\n"
                                "          PGHOST: standby\n"
                                "        timeout: 2h\n";
        const RunbookLoadResult r = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        const CommandSettings &top = r.runbook->commandSettings;
        QCOMPARE(top.shell, u"bash -eo pipefail -c"_s);
        QCOMPARE(top.workdir, u"scripts"_s);
        QCOMPARE(top.env,
                 (QList<QPair<QString, QString>>{
                     {u"PGHOST"_s, u"db1"_s}, {u"PGPORT"_s, u"5432"_s}, {u"EMPTY"_s, {}}}));
        QCOMPARE(top.timeoutSeconds, 45 * 60);
        const Step &step = r.runbook->phases[0].steps[0];
        QCOMPARE(step.verify, u"The row count matches."_s);
        QCOMPARE(step.verifyCommand, u"./count-rows.sh"_s);
        QCOMPARE(step.commandSettings.shell, u"sh -c"_s);
        QCOMPARE(step.commandSettings.workdir, u"/srv/restore"_s);
        QCOMPARE(step.commandSettings.env,
                 (QList<QPair<QString, QString>>{{u"PGHOST"_s, u"standby"_s}}));
        QCOMPARE(step.commandSettings.timeoutSeconds, 2 * 3600);
        QCOMPARE(step.locationOf(u"verify_command"_s), (SourceLocation{17, 25}));
        QCOMPARE(step.locationOf(u"env/PGHOST"_s), (SourceLocation{21, 11}));
    }

    void reportsEveryProblem()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const RunbookLoadResult r = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
        QCOMPARE(render(r.diagnostics), expected);
        QVERIFY(!r.ok());
    }

    void survivesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messageStart");

        QTest::addRow("10,000-deep nesting")
            << header + "phases: " + QByteArray(10000, '[') + QByteArray(10000, ']') + '\n'
            << u"nesting is too deep"_s;
        QTest::addRow("10,000-deep block nesting") << []() -> QByteArray {
            QByteArray y = header + "phases:\n  ";
            for (int i = 0; i < 10000; ++i)
                y += "- "; // a sequence in a sequence in a sequence...
            return y + "x\n";
        }() << u"nesting is too deep"_s;
        QTest::addRow("alias bomb through steps") << []() -> QByteArray {
            QByteArray y = header +
                           "phases:\n  - id: p0\n    title: P\n    steps: &s\n"
                           "      - &st {id: s, title: S, instructions: \"" +
                           QByteArray(1000, 'x') + "\"}\n";
            for (int i = 0; i < 2000; ++i)
                y += "      - *st\n";
            for (int i = 1; i < 2000; ++i)
                y += "  - {id: p" + QByteArray::number(i) + ", title: P, steps: *s}\n";
            return y;
        }() << u"the document expands to far more than the file holds"_s;
        // 1,000 phases of 1,000 steps that each depend on 1,000 "lol"s: 10^9 lols from 42 kB.
        QTest::addRow("billion laughs") << []() -> QByteArray {
            QByteArray y = header + "roles: [&lol lol]\nphases:\n  - &phase\n    id: p\n"
                                    "    title: P\n    steps:\n      - &step\n        id: s\n"
                                    "        title: S\n        depends_on:\n";
            for (int i = 0; i < RunbookLimits::dependsOn; ++i) // as many as a step may list
                y += "          - *lol\n";
            for (int i = 1; i < 1000; ++i)
                y += "      - *step\n";
            for (int i = 1; i < 1000; ++i)
                y += "  - *phase\n";
            return y;
        }() << u"the document expands to far more than the file holds"_s;
    }
    void survivesHostileFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messageStart);
        const RunbookLoadResult r = RunbookLoader::loadText(content, u"rb.yaml"_s);
        QVERIFY(!r.ok());
        QVERIFY(!r.diagnostics.isEmpty());
        // Refused where the walk stopped: one problem, not one per node the file would expand to.
        QVERIFY2(r.diagnostics.size() == 1, qPrintable(render(r.diagnostics).join(u'\n')));
        QVERIFY2(
            std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(),
                        [&](const Diagnostic &d) { return d.message.startsWith(messageStart); }),
            qPrintable(r.diagnostics.first().toString()));
    }

    void refusesFilesItCannotRead()
    {
        QTemporaryDir dir;
        QCOMPARE(render(RunbookLoader::loadFile(dir.filePath(u"missing.yaml"_s)).diagnostics),
                 QStringList{dir.filePath(u"missing.yaml"_s) + u": error: no such file"_s});
        QCOMPARE(render(RunbookLoader::loadFile(dir.path()).diagnostics),
                 QStringList{dir.path() + u": error: is a directory; give the path of a runbook "
                                          u"file (.yaml)"_s});

        const QString big = dir.filePath(u"big.yaml"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(50LL * 1024 * 1024)); // sparse: 50 MB on disk costs nothing
        f.close();
        QCOMPARE(render(RunbookLoader::loadFile(big).diagnostics),
                 QStringList{big + u": error: file is 50.0 MiB; a runbook may be at most 16 "
                                   u"MiB"_s});
    }

    // A FIFO hung `validate` and the console before its first paint: open() waited for a
    // writer that never came.
    void refusesAFifoWithoutWaitingForAWriter()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"runbook.yaml"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto load =
            std::async(std::launch::async, [fifo] { return RunbookLoader::loadFile(fifo); });
        // Seconds for what takes microseconds: only a load that waits for a writer gets there.
        const bool returned = load.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
        if (!returned) { // be the writer it waits for, so that the test ends
            const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0)
                ::close(writer);
        }
        const RunbookLoadResult r = load.get();
        QVERIFY2(returned, "the loader waited for the FIFO's writer");
        QCOMPARE(render(r.diagnostics),
                 QStringList{fifo + u": error: is a FIFO (named pipe); give the path of a "
                                    u"runbook file (.yaml)"_s});
        QCOMPARE(render(RunbookLoader::loadFile(u"/dev/null"_s).diagnostics),
                 QStringList{u"/dev/null: error: is a device; give the path of a runbook file "
                             u"(.yaml)"_s});
    }

    // Hundreds of thousands of problems (a hostile file) are neither computed nor printed.
    void stopsAfterAHundredProblems()
    {
        QByteArray y = header + "phases:\n  - id: p\n    title: P\n    steps:\n";
        for (int i = 0; i < 5000; ++i)
            y += "      - { id: s" + QByteArray::number(i) + ", title: S, role: nobody }\n";
        const RunbookLoadResult r = RunbookLoader::loadText(y, u"rb.yaml"_s);
        QCOMPARE(r.diagnostics.size(), RunbookLimits::diagnostics + 1);
        QCOMPARE(r.diagnostics.last().toString(),
                 u"rb.yaml:108:37: error: more problems follow; only the first 100 are shown: "
                 u"fix these and check the file again"_s);
    }

    void aliasesWithinBudgetAreFine()
    {
        const QByteArray y = header + "roles: [&d driver]\nphases:\n  - id: p\n    title: P\n"
                                      "    steps:\n      - { id: a, title: A, role: *d }\n";
        const RunbookLoadResult r = RunbookLoader::loadText(y, u"rb.yaml"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
        QCOMPARE(r.runbook->phases[0].steps[0].role, u"driver"_s);
    }

    void longDependencyChainHasNoStackOverflow()
    {
        QByteArray y = header + "phases:\n  - id: p\n    title: P\n    steps:\n";
        for (int i = 0; i < 10000; ++i) {
            y += "      - { id: s" + QByteArray::number(i) + ", title: S";
            if (i > 0)
                y += ", depends_on: [s" + QByteArray::number(i - 1) + ']';
            y += " }\n";
        }
        y += "      - { id: s-last, title: Last, depends_on: [s9999] }\n";
        const RunbookLoadResult r = RunbookLoader::loadText(y, u"rb.yaml"_s);
        QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).value(0)));
        QCOMPARE(r.runbook->stepCount(), 10001);
    }

    void shippedRunbooksAreValid()
    {
        const QDir dir(QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks"));
        const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files);
        QVERIFY2(files.size() >= 3,
                 qPrintable(u"sample runbooks in %1: %2"_s.arg(dir.path(), files.join(u", "_s))));
        for (const QString &file : files) {
            const RunbookLoadResult r = RunbookLoader::loadFile(dir.filePath(file));
            QVERIFY2(r.ok(), qPrintable(render(r.diagnostics).join(u'\n')));
            // Not a warning either: what the samples show is what their authors wrote.
            QVERIFY2(r.diagnostics.isEmpty(), qPrintable(render(r.diagnostics).join(u'\n')));
        }
    }

    // ` #` in a plain text value starts a YAML comment: the text the runbook gets is cut there
    // (a sample's inject title read "Sales asks in" for "Sales asks in #general whether …").
    void aCommentCuttingTextShortIsSaid()
    {
        const QByteArray yaml = header + phaseHead +
                                "      - id: a\n"
                                "        title: Ask in #general whether it works\n"
                                "        expected: 5m # a comment after a duration is fine\n"
                                "        command: 'grep x # y'\n"
                                "        notes: |\n"
                                "          a block keeps # as text\n"
                                "        verify: \"quoted # too\"\n"
                                "      - id: b\n"
                                "        title: B # \n";
        const RunbookLoadResult r = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
        QVERIFY(r.ok()); // a warning: the runbook loads, as its author will be told
        QCOMPARE(render(r.diagnostics),
                 QStringList{u"rb.yaml:9:23: warning: ` #` starts a YAML comment, so `title` "
                             u"reads only `Ask in`; put the whole text in quotes to keep "
                             u"`#general whether it works`"_s});
        QCOMPARE(r.runbook->phases[0].steps[0].title, u"Ask in"_s);
        QCOMPARE(r.runbook->phases[0].steps[0].command, u"grep x # y"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunbookLoader)
#include "tst_runbookloader.moc"
