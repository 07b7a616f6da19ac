// The limits and the text rules of a runbook: every string, list and the file has a ceiling, and
// no text holds a control character (tab and line breaks only in multi-line text). A file breaks
// them with FILE:LINE:COLUMN diagnostics; a live rewrite, which has no file, with the same words.
#include "runbook.h"
#include "runbookloader.h"
#include "runbooktextsupport.h"
#include "runbookvalidator.h"
#include "yamldocuments.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace RunbookTextSupport;

namespace {
// The problems loading yaml gives; it loads when there are none.
void checkProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);
    const RunbookLoadResult r = RunbookLoader::loadText(yaml, u"rb.yaml"_s);
    QCOMPARE(render(r.diagnostics), expected);
    QCOMPARE(r.ok(), expected.isEmpty());
}

// A YAML double-quoted string holding text (escapes as YAML writes them).
QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\' + QByteArray(1, char(c.unicode()));
        else if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
                 c.unicode() >= 0x2000)
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray items(int n, const QByteArray &prefix)
{
    QByteArray out = "[";
    for (int i = 0; i < n; ++i)
        out += (i ? ", " : "") + prefix + QByteArray::number(i);
    return out + ']';
}

Runbook twoStepRunbook()
{
    const RunbookLoadResult r = RunbookLoader::loadText(
        header + phaseHead + "      - { id: a, title: A }\n      - { id: b, title: B }\n", u"rb"_s);
    if (!r.ok())
        qFatal("minimal runbook does not load");
    return *r.runbook;
}
} // namespace

class TestRunbookValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One row per text kind at its limit and one past it: at the limit loads, past it is an
    // error at the value.
    void textLengthLimits_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");
        const auto step = [](const QByteArray &key, const QByteArray &value) -> QByteArray {
            return header + phaseHead + "      - id: a\n        title: A\n        " + key + ": " +
                   value + '\n';
        };
        const auto ok = QStringList{};
        // `key` is `length` characters long, at a line and column, where `limit` is the most.
        const auto tooLong = [](const QString &at, const QString &key, int length,
                                int limit) -> QStringList {
            return {u"rb.yaml:%1: error: `%2` is %3 characters long; it may be at most %4 (see "
                    u"Limits in the runbook format)"_s.arg(at, key)
                        .arg(length)
                        .arg(limit)};
        };
        // A line of the runbook before its phases.
        const auto top = [](const QByteArray &line) -> QByteArray {
            return header + line + '\n' + phaseHead + "      - { id: a, title: A }\n";
        };
        QTest::addRow("runbook title at 500")
            << "drilldeck: 1\nid: rb\ntitle: " + QByteArray(500, 't') + '\n' + phaseHead +
                   "      - { id: a, title: A }\n"
            << ok;
        QTest::addRow("runbook title past 500")
            << "drilldeck: 1\nid: rb\ntitle: " + QByteArray(501, 't') + '\n' + phaseHead +
                   "      - { id: a, title: A }\n"
            << tooLong(u"3:8"_s, u"title"_s, 501, 500);
        QTest::addRow("a 100,000-character step title")
            << header + phaseHead + "      - id: a\n        title: " + QByteArray(100000, 't') +
                   '\n'
            << tooLong(u"9:16"_s, u"title"_s, 100000, 500);
        QTest::addRow("phase title past 500")
            << header + "phases:\n  - id: p\n    title: " + QByteArray(501, 'p') +
                   "\n    steps:\n      - { id: a, title: A }\n"
            << tooLong(u"6:12"_s, u"title"_s, 501, 500);
        QTest::addRow("role at 100")
            << header + "roles: [" + QByteArray(100, 'r') + "]\n" + phaseHead +
                   "      - { id: a, title: A, role: " + QByteArray(100, 'r') + " }\n"
            << ok;
        struct TopLevel
        {
            const char *tag;
            QByteArray line;
            const char *at;
            const char *key;
            int length;
            int limit;
        };
        const QList<TopLevel> topLevel = {
            {"service past 500", "service: " + QByteArray(501, 's'), "4:10", "service", 501, 500},
            {"owner past 500", "owner: " + QByteArray(501, 'o'), "4:8", "owner", 501, 500},
            {"evaluation criterion past 500", "evaluation: [ok, " + QByteArray(501, 'e') + "]",
             "4:18", "evaluation", 501, 500},
            {"inject title past 500", "injects: [{ id: i, title: " + QByteArray(501, 'i') + " }]",
             "4:27", "title", 501, 500},
            {"environment past 100", "environments: [" + QByteArray(101, 'e') + "]", "4:16",
             "environments", 101, 100},
            {"role past 100", "roles: [" + QByteArray(101, 'r') + "]", "4:9", "roles", 101, 100},
            {"description past 20000", "description: " + QByteArray(20001, 'd'), "4:14",
             "description", 20001, 20000},
            {"scenario past 20000", "scenario: " + QByteArray(20001, 's'), "4:11", "scenario",
             20001, 20000},
            {"inject note past 20000",
             "injects: [{ id: i, title: I, note: " + QByteArray(20001, 'n') + " }]", "4:36", "note",
             20001, 20000},
        };
        for (const TopLevel &t : topLevel)
            QTest::addRow("%s", t.tag) << top(t.line)
                                       << tooLong(QString::fromLatin1(t.at),
                                                  QString::fromLatin1(t.key), t.length, t.limit);
        for (const char *key : {"instructions", "command", "verify", "notes"}) {
            QTest::addRow("%s at 20000", key) << step(key, QByteArray(20000, 'x')) << ok;
            QTest::addRow("%s past 20000", key)
                << step(key, QByteArray(20001, 'x'))
                << tooLong(u"10:%1"_s.arg(QByteArray(key).size() + 11), QString::fromLatin1(key),
                           20001, 20000);
        }
        QTest::addRow("duration past 32")
            << step("expected", QByteArray(32, '1') + 'm')
            << QStringList{u"rb.yaml:10:19: error: `expected` is 33 characters long; a duration "
                           u"is at most 32, like 1h30m"_s};
        QTest::addRow("id past 128")
            << header + phaseHead + "      - { id: " + QByteArray(129, 'a') + ", title: A }\n"
            << QStringList{
                   u"rb.yaml:8:15: error: invalid id `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                   u"aaaaaaaaaaaaaaaaaaaaa…`: use lowercase letters, digits, '-', '_' or "
                   u"'.', starting with a letter or digit (like `restore-backup`)"_s};
    }
    void textLengthLimits() { checkProblems(); }

    // One row per list at its limit and one past it; reading stops at the item past the limit.
    void listLimits_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");
        const QByteArray oneStep = phaseHead + "      - { id: a, title: A }\n";
        QTest::addRow("50 environments")
            << header + "environments: " + items(50, "e") + '\n' + oneStep << QStringList{};
        QTest::addRow("51 environments")
            << header + "environments: " + items(51, "e") + '\n' + oneStep
            << QStringList{u"rb.yaml:4:256: error: `environments` lists more than 50 environments; "
                           u"at most 50 are allowed (see Limits in the runbook format)"_s};
        QTest::addRow("51 roles")
            << header + "roles: " + items(51, "r") + '\n' + oneStep
            << QStringList{u"rb.yaml:4:249: error: `roles` lists more than 50 roles; at most 50 "
                           u"are allowed (see Limits in the runbook format)"_s};
        QTest::addRow("101 evaluation criteria")
            << header + "evaluation: " + items(101, "c") + '\n' + oneStep
            << QStringList{u"rb.yaml:4:504: error: `evaluation` lists more than 100 criteria; at "
                           u"most 100 are allowed (see Limits in the runbook format)"_s};
        QByteArray steps = phaseHead;
        for (int i = 0; i < 101; ++i)
            steps += "      - { id: s" + QByteArray::number(i) + ", title: S }\n";
        QTest::addRow("depends_on of 100")
            << header + steps + "      - { id: z, title: Z, depends_on: " + items(100, "s") + " }\n"
            << QStringList{};
        QTest::addRow("depends_on of 101")
            << header + steps + "      - { id: z, title: Z, depends_on: " + items(101, "s") + " }\n"
            << QStringList{u"rb.yaml:109:531: error: `depends_on` lists more than 100 steps; at "
                           u"most 100 are allowed (see Limits in the runbook format)"_s};
        QByteArray injects = header + "injects:\n";
        for (int i = 0; i < 501; ++i)
            injects += "  - { id: i" + QByteArray::number(i) + ", title: I }\n";
        QTest::addRow("501 injects")
            << injects + oneStep
            << QStringList{u"rb.yaml:505:5: error: `injects` lists more than 500 injects; at most "
                           u"500 are allowed (see Limits in the runbook format)"_s};
        QByteArray phases = header + "phases:\n";
        for (int i = 0; i < 1001; ++i)
            phases += "  - { id: p" + QByteArray::number(i) + ", title: P, steps: [{ id: s" +
                      QByteArray::number(i) + ", title: S }] }\n";
        QTest::addRow("1001 phases")
            << phases
            << QStringList{u"rb.yaml:1005:5: error: `phases` lists more than 1000 phases; at most "
                           u"1000 are allowed (see Limits in the runbook format)"_s};
    }
    void listLimits() { checkProblems(); }

    // The YAML document itself: no list may be longer than any runbook needs, and the tree as
    // a whole is bounded, so a 16 MiB list of one-letter items is refused at its 20,001st item
    // (1.5 million `depends_on` ids cost 1.3 GB and 12 s).
    void yamlDocumentLimits()
    {
        QByteArray longList = header + phaseHead + "      - { id: a, title: A, depends_on: [a";
        for (int i = 1; i < 1500000; ++i)
            longList += ",a";
        longList += "] }\n";
        RunbookLoadResult r = RunbookLoader::loadText(longList, u"rb.yaml"_s);
        QCOMPARE(
            render(r.diagnostics),
            QStringList{u"rb.yaml:8:40041: error: a list of more than 20000 items; no list "
                        u"in a runbook may be that long (see Limits in the runbook format)"_s});

        // The whole tree: counted across lists (the runbook's own ceiling, 600,000, works alike).
        YamlDocuments::Limits limits;
        limits.nodes = 1000;
        QByteArray manyLists;
        for (int l = 0; l < 20; ++l)
            manyLists += "l" + QByteArray::number(l) + ": " + items(60, "x") + '\n';
        try {
            YamlDocuments::load(manyLists.toStdString(), 2, limits);
            QFAIL("1,240 nodes loaded under a limit of 1,000");
        } catch (const YamlDocuments::LimitExceeded &e) {
            QCOMPARE(e.which, YamlDocuments::LimitExceeded::Which::Nodes);
            QCOMPARE(e.mark.line + 1, 17); // where the 1,001st node is
        }
    }

    // NUL, C0 controls, DEL and C1 controls are refused in every text; tab and line breaks only
    // in multi-line text. One row per kind of control character.
    void controlCharacters_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");
        const auto title = [](const QString &text) -> QByteArray {
            return header + phaseHead + "      - { id: a, title: " + quoted(text) + " }\n";
        };
        const auto instructions = [](const QString &text) -> QByteArray {
            return header + phaseHead + "      - { id: a, title: A, instructions: " + quoted(text) +
                   " }\n";
        };
        const QString oneLine = u"; remove it (one line of text holds no control character)"_s;
        const QString block =
            u"; remove it (text holds no control character but tab and line break)"_s;
        const auto titleError = [&](const QString &what) -> QStringList {
            return QStringList{u"rb.yaml:8:25: error: `title` holds "_s + what};
        };
        struct Control
        {
            const char *tag;
            QString text;
            QString name;
            int at;
        };
        const QList<Control> controls = {
            {"NUL", u"Re\0store"_s, u"U+0000 (NUL)"_s, 3},
            {"BEL", u"Restore\a"_s, u"U+0007 (BEL)"_s, 8},
            {"ESC", u"\x1b]0;PWNED\x07"_s, u"U+001B (ESC)"_s, 1},
            {"CR", u"Restore\rX"_s, u"U+000D (CR)"_s, 8},
            {"DEL", u"Restore\x7f"_s, u"U+007F (DEL)"_s, 8},
            {"C1 CSI", u"Restore\u009b2J"_s, u"U+009B"_s, 8},
        };
        for (const Control &c : controls)
            QTest::addRow("%s", c.tag)
                << title(c.text)
                << titleError(u"the control character %1 at character %2"_s.arg(c.name).arg(c.at) +
                              oneLine);
        QTest::addRow("tab in one line")
            << title(u"Restore\tthe DB"_s)
            << titleError(u"a tab at character 8; it is one line of text: use spaces instead"_s);
        QTest::addRow("line break in one line")
            << title(u"Restore\nthe DB"_s)
            << titleError(u"a line break at character 8; it is one line of text: write it on "
                          u"one line"_s);
        QTest::addRow("a final line break (`>`) is fine") << title(u"Restore\n"_s) << QStringList{};
        QTest::addRow("tab and line breaks in block text")
            << instructions(u"Run:\n\tmake\n"_s) << QStringList{};
        QTest::addRow("ESC in block text")
            << instructions(u"Run:\n\x1b[31mred"_s)
            << QStringList{u"rb.yaml:8:42: error: `instructions` holds the control character "
                           u"U+001B (ESC) at character 6"_s +
                           block};
        QTest::addRow("NUL in a command")
            << header + phaseHead + "      - { id: a, title: A, command: \"rm\\0 -rf\" }\n"
            << QStringList{u"rb.yaml:8:37: error: `command` holds the control character U+0000 "
                           u"(NUL) at character 3"_s +
                           block};
        QTest::addRow("the terminal escape in an environment, raw in the file")
            << header + "environments: [\"prod\\e]0;PWNED\\a\\e[2J\"]\n" + phaseHead +
                   "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:4:16: error: `environments` holds the control character "
                           u"U+001B (ESC) at character 5"_s +
                           oneLine};
        QTest::addRow("a raw escape byte in a plain value")
            << header + "service: Billing \x1b[2J\n" + phaseHead + "      - { id: a, title: A }\n"
            << QStringList{u"rb.yaml:4:10: error: `service` holds the control character U+001B "
                           u"(ESC) at character 9"_s +
                           oneLine};
    }
    void controlCharacters() { checkProblems(); }

    // Bidirectional overrides and isolates reorder what the reader sees ("Trojan Source"): a
    // warning, the runbook still loads.
    void bidiControlsAreAWarning_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addRow("RLO") << u"abc\u202Edef"_s << u"U+202E (RIGHT-TO-LEFT OVERRIDE)"_s;
        QTest::addRow("LRE") << u"abc\u202Adef"_s << u"U+202A (LEFT-TO-RIGHT EMBEDDING)"_s;
        QTest::addRow("RLI") << u"abc\u2067def"_s << u"U+2067 (RIGHT-TO-LEFT ISOLATE)"_s;
    }
    void bidiControlsAreAWarning()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const RunbookLoadResult r = RunbookLoader::loadText(
            header + phaseHead + "      - { id: a, title: A, verify: " + quoted(text) + " }\n",
            u"rb.yaml"_s);
        QVERIFY(r.ok());
        QCOMPARE(render(r.diagnostics),
                 QStringList{u"rb.yaml:8:36: warning: `verify` holds "_s + name +
                             u" at character 4, which makes text display in another order than "
                             u"it is stored; remove it unless the text needs it"_s});
    }

    // A step rewritten during a drill has no file: the same rules, the same words.
    void liveRewritesMeetTheSameRules()
    {
        Runbook rb = twoStepRunbook();
        Step &step = rb.phases[0].steps[1];
        step.locations.clear();
        step.title = QString(501, u't');
        step.instructions = u"ok\x1b[2J"_s;
        step.dependsOn = QStringList(101, u"a"_s);
        QCOMPARE(render(RunbookValidator::validate(rb, u"rb.yaml"_s)),
                 QStringList({u"rb.yaml: error: `title` is 501 characters long; it may be at most "
                              u"500 (see Limits in the runbook format)"_s,
                              u"rb.yaml: error: `instructions` holds the control character "
                              u"U+001B (ESC) at character 3; remove it (text holds no control "
                              u"character but tab and line break)"_s,
                              u"rb.yaml: error: `depends_on` lists 101 steps; a step depends on at "
                              u"most 100 (a step that waits for many can wait for one that "
                              u"gathers them)"_s}));
    }

    // The JSON Schema editors check with carries the same limits.
    void schemaCarriesTheLimits()
    {
        QFile f(QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/drilldeck-runbook.schema.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject top = schema[u"properties"_s].toObject();
        const QJsonObject defs = schema[u"definitions"_s].toObject();
        const auto at = [](QJsonObject o, const QStringList &path) {
            for (const QString &key : path)
                o = o[key].toObject();
            return o;
        };
        QCOMPARE(defs[u"lineText"_s][u"maxLength"_s].toInt(), RunbookLimits::lineChars);
        QCOMPARE(defs[u"requiredText"_s][u"maxLength"_s].toInt(), RunbookLimits::lineChars);
        QCOMPARE(defs[u"name"_s][u"maxLength"_s].toInt(), RunbookLimits::nameChars);
        QCOMPARE(defs[u"blockText"_s][u"maxLength"_s].toInt(), RunbookLimits::blockChars);
        QCOMPARE(defs[u"duration"_s][u"maxLength"_s].toInt(), RunbookLimits::durationChars);
        QVERIFY(defs[u"id"_s][u"pattern"_s].toString().contains(
            u"{0,%1}"_s.arg(RunbookLimits::idChars - 1)));
        QCOMPARE(top[u"environments"_s][u"maxItems"_s].toInt(), RunbookLimits::environments);
        QCOMPARE(top[u"roles"_s][u"maxItems"_s].toInt(), RunbookLimits::roles);
        QCOMPARE(top[u"evaluation"_s][u"maxItems"_s].toInt(), RunbookLimits::evaluation);
        QCOMPARE(top[u"injects"_s][u"maxItems"_s].toInt(), RunbookLimits::injects);
        QCOMPARE(top[u"phases"_s][u"maxItems"_s].toInt(), RunbookLimits::phases);
        QCOMPARE(at(defs, {u"phase"_s, u"properties"_s, u"steps"_s})[u"maxItems"_s].toInt(),
                 RunbookLimits::steps);
        QCOMPARE(at(defs, {u"step"_s, u"properties"_s, u"depends_on"_s})[u"maxItems"_s].toInt(),
                 RunbookLimits::dependsOn);
        QCOMPARE(defs[u"env"_s][u"maxProperties"_s].toInt(), RunbookLimits::envVariables);
        QCOMPARE(defs[u"shell"_s][u"maxLength"_s].toInt(), RunbookLimits::lineChars);
        for (const QString &key : {u"shell"_s, u"workdir"_s, u"env"_s, u"timeout"_s})
            QVERIFY2(top[key][u"$ref"_s].toString().startsWith(u"#/definitions/"_s),
                     qPrintable(key));
        // Every text of a step refers to one of the kinds above.
        const QJsonObject stepKeys = at(defs, {u"step"_s, u"properties"_s});
        for (const QString &key :
             {u"title"_s, u"instructions"_s, u"role"_s, u"command"_s, u"verify"_s, u"notes"_s,
              u"verify_command"_s, u"shell"_s, u"workdir"_s, u"env"_s, u"timeout"_s})
            QVERIFY2(stepKeys[key][u"$ref"_s].toString().startsWith(u"#/definitions/"_s),
                     qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestRunbookValidator)
#include "tst_runbookvalidator.moc"
