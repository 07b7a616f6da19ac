// The drilldeck executable as a shell user meets it: output and exit codes, no display needed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Where the child's standard output goes, and a file size limit (RLIMIT_FSIZE, as `ulimit -f`
// sets it) for the child: a write past it fails with EFBIG, a real write failure without root.
struct Plumbing
{
    QString standardOutput; // a file; empty: read by the test
    rlim_t fileSizeLimit = RLIM_INFINITY;
};

Run drilldeck(const QStringList &arguments, const QProcessEnvironment &extra = {},
              const QString &workingDirectory = {}, const Plumbing &plumbing = {})
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // subcommands must not need a display
    env.remove(u"QT_QPA_PLATFORM"_s);
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    p.setProcessEnvironment(env);
    if (!plumbing.standardOutput.isEmpty())
        p.setStandardOutputFile(plumbing.standardOutput);
    if (plumbing.fileSizeLimit != RLIM_INFINITY)
        p.setChildProcessModifier([limit = plumbing.fileSizeLimit] {
            rlimit r;
            ::getrlimit(RLIMIT_FSIZE, &r);
            r.rlim_cur = limit;
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
    p.start(QStringLiteral(DRILLDECK_BINARY), arguments);
    if (!p.waitForFinished(60000))
        qFatal("drilldeck did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString fixtures = QStringLiteral(DRILLDECK_FIXTURES);

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir; // the example database (XDG_DATA_HOME) and the files written
    QTemporaryDir m_runtime;

    QProcessEnvironment dataHome() const
    {
        QProcessEnvironment env;
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path()); // no warning before our errors
        return env;
    }
    QString demoDatabase() const
    {
        return m_dir.filePath(u"data/DrillDeck/drilldeck/demo.sqlite"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The example database, made once without limits.
        const Run r = drilldeck({u"history"_s, u"--demo"_s}, dataHome());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(demoDatabase()));
    }

    // `drilldeck … > /dev/full`: every command says its output was lost, and why, and exits 1.
    void lostOutputExitsOneAndSaysWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("who");
        QTest::addRow("help") << QStringList{u"--help"_s} << u"drilldeck"_s;
        QTest::addRow("version") << QStringList{u"--version"_s} << u"drilldeck"_s;
        QTest::addRow("validate") << QStringList{u"validate"_s, fixtures + u"/valid-minimal.yaml"_s}
                                  << u"drilldeck validate"_s;
        QTest::addRow("command help")
            << QStringList{u"history"_s, u"--help"_s} << u"drilldeck history"_s;
        QTest::addRow("history table")
            << QStringList{u"history"_s, u"--demo"_s} << u"drilldeck history"_s;
        QTest::addRow("history json")
            << QStringList{u"history"_s, u"--demo"_s, u"--format"_s, u"json"_s}
            << u"drilldeck history"_s;
        QTest::addRow("history csv")
            << QStringList{u"history"_s, u"--demo"_s, u"--format"_s, u"csv"_s}
            << u"drilldeck history"_s;
        QTest::addRow("chart") << QStringList{u"chart"_s,
                                              u"trend"_s,
                                              u"--demo"_s,
                                              u"--runbook"_s,
                                              u"jenkins-rebuild"_s,
                                              u"--out"_s,
                                              m_dir.filePath(u"trend.csv"_s)}
                               << u"drilldeck chart"_s;
        QTest::addRow("report") << QStringList{u"report"_s, u"last"_s, u"--demo"_s, u"--out"_s,
                                               m_dir.filePath(u"report.html"_s)}
                                << u"drilldeck report"_s;
        QTest::addRow("backup") << QStringList{u"backup"_s, u"--db"_s, demoDatabase(), u"--out"_s,
                                               m_dir.filePath(u"backup.sqlite"_s)}
                                << u"drilldeck backup"_s;
    }
    void lostOutputExitsOneAndSaysWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, who);
        const Run r = drilldeck(arguments, dataHome(), {}, {u"/dev/full"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.endsWith(who + u": cannot write the output: No space left on device\n"_s),
                 qPrintable(r.err));
    }

    // A disk that fills while history writes: the JSON is cut short, so the exit status is 1.
    void historyPastAFileSizeLimitExitsOne()
    {
        const QString json = m_dir.filePath(u"history.json"_s);
        const Run r = drilldeck({u"history"_s, u"--demo"_s, u"--format"_s, u"json"_s}, dataHome(),
                                {}, {json, 4096});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"drilldeck history: cannot write the output: File too large\n"_s);
        QCOMPARE(QFileInfo(json).size(), 4096);
    }

    // --out on a disk that fills: the file is not written at all, and the reason is in words.
    void outputFilePastAFileSizeLimitIsNotWritten_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        const QStringList chart = {u"chart"_s, u"trend"_s, u"--demo"_s, u"--runbook"_s,
                                   u"jenkins-rebuild"_s};
        QTest::addRow("chart png") << chart << u"trend.png"_s;
        QTest::addRow("chart svg") << chart << u"trend.svg"_s;
        const QStringList report = {u"report"_s, u"last"_s, u"--demo"_s};
        QTest::addRow("report html") << report << u"report.html"_s;
        QTest::addRow("report pdf") << report << u"report.pdf"_s;
        QTest::addRow("report md") << report << u"report.md"_s;
    }
    void outputFilePastAFileSizeLimitIsNotWritten()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        const QString dir = m_dir.filePath(u"limited-"_s + file);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u'/' + file;
        const Run r =
            drilldeck(arguments + QStringList{u"--out"_s, path}, dataHome(), {}, {{}, 16 * 1024});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u": File too large\n"_s), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"drilldeck %1: cannot write %2"_s.arg(arguments[0], dir)),
                 qPrintable(r.err));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void validFilesExitZero()
    {
        const Run r = drilldeck(
            {u"validate"_s, fixtures + u"/valid-full.yaml"_s, fixtures + u"/valid-minimal.yaml"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, fixtures + u"/valid-full.yaml: ok (1 phases, 2 steps)\n"_s + fixtures +
                            u"/valid-minimal.yaml: ok (1 phases, 1 steps)\n2 of 2 files valid\n"_s);
    }

    void invalidFileExitsOneWithGccDiagnostics()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.yaml"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("drilldeck: 1\nid: x\ntitle: X\nphases:\n  - id: p\n    title: P\n    steps:\n"
                "      - { id: a, title: A, expeted: 5m }\n");
        f.close();
        const Run r = drilldeck({u"validate"_s, bad, fixtures + u"/valid-minimal.yaml"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, bad + u":8:28: error: unknown key `expeted` in a step; did you mean "
                              u"`expected`?\n"_s);
        QVERIFY(r.out.endsWith(u"1 of 2 files valid\n"_s));
    }

    void quietPrintsOnlyProblems()
    {
        const Run r = drilldeck({u"validate"_s, u"--quiet"_s, fixtures + u"/valid-full.yaml"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
    }

    void missingFileIsInvalidNotUsage()
    {
        const Run r = drilldeck({u"validate"_s, u"/nonexistent/runbook.yaml"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"/nonexistent/runbook.yaml: error: no such file\n"_s);
    }

    // validate always parses in full; the console's start reads the parse cache and fills it.
    void onlyTheConsoleUsesTheParseCache()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(u"cache"_s);
        QProcessEnvironment env;
        env.insert(u"XDG_CACHE_HOME"_s, cache);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        const QString runbook = fixtures + u"/valid-minimal.yaml"_s;
        QCOMPARE(drilldeck({u"validate"_s, runbook}, env).exitCode, 0);
        QVERIFY(!QFileInfo::exists(cache));

        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"DRILLDECK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
        const Run console =
            drilldeck({u"--db"_s, dir.filePath(u"drilldeck.sqlite"_s), runbook}, env);
        QCOMPARE(console.exitCode, 0);
        QVERIFY2(console.out.startsWith(u"first-paint"_s), qPrintable(console.out + console.err));
        const QStringList entries =
            QDir(cache + u"/DrillDeck/drilldeck/runbooks"_s).entryList({u"*.bin"_s}, QDir::Files);
        QCOMPARE(entries.size(), 1);
    }

    // The README's first command, `drilldeck --demo RUNBOOK`: the example database is made
    // beside the user's own, which it never touches, and the History window opens on it at once.
    // The start-up probe quits the console once it is ready to drill.
    void demoStartUsesTheExampleDatabaseBesideTheUsersOwn()
    {
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"DRILLDECK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"drilldeck.startup.debug=true"_s);
        const QString folder = dir.filePath(u"data/DrillDeck/drilldeck"_s);
        const QString own = folder + u"/drilldeck.sqlite"_s;
        const QString demo = folder + u"/demo.sqlite"_s;
        const QString runbook =
            QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");

        const Run plain = drilldeck({runbook}, env); // the user's own database, made at first start
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(u"ready\n"_s), qPrintable(plain.out + plain.err));
        QVERIFY(QFileInfo::exists(own));
        QVERIFY(!QFileInfo::exists(demo));
        QVERIFY(!plain.err.contains(u"history shown"_s));
        const QByteArray ownBefore = fileBytes(own);
        QVERIFY(!ownBefore.isEmpty());

        const Run start = drilldeck({u"--demo"_s, runbook}, env);
        QCOMPARE(start.exitCode, 0);
        QVERIFY2(start.out.startsWith(u"first-paint"_s) && start.out.contains(u"ready\n"_s),
                 qPrintable(start.out + start.err));
        QVERIFY2(start.err.contains(u"history shown"_s), qPrintable(start.err));
        QVERIFY(QFileInfo::exists(demo));
        QCOMPARE(fileBytes(own), ownBefore); // never mixed

        // The example data holds the sample runbooks' drills; the user's own database none.
        const Run demoHistory = drilldeck({u"history"_s, u"--db"_s, demo, u"--runbook"_s,
                                           u"jenkins-rebuild"_s, u"--format"_s, u"csv"_s},
                                          env);
        QCOMPARE(demoHistory.exitCode, 0);
        QVERIFY2(demoHistory.out.count(u'\n') >= 4, qPrintable(demoHistory.out));
        const Run ownHistory =
            drilldeck({u"history"_s, u"--db"_s, own, u"--format"_s, u"csv"_s}, env);
        QCOMPARE(ownHistory.exitCode, 0);
        QCOMPARE(ownHistory.out.count(u'\n'), 1); // the header only
    }

    // A FIFO as runbook: `validate` and the console waited in open() for a writer that never
    // came. Both return promptly now (the helper gives up on a run after 30 s).
    void aFifoIsRefusedPromptly()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"runbook.yaml"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run validate = drilldeck({u"validate"_s, fifo});
        QCOMPARE(validate.exitCode, 1);
        QCOMPARE(validate.err, fifo + u": error: is a FIFO (named pipe); give the path of a "
                                      u"runbook file (.yaml)\n"_s);

        QProcessEnvironment env;
        env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"DRILLDECK_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
        const Run console = drilldeck({u"--db"_s, dir.filePath(u"drilldeck.sqlite"_s), fifo}, env);
        QCOMPARE(console.exitCode, 0);
        QVERIFY2(console.out.startsWith(u"first-paint"_s), qPrintable(console.out + console.err));
    }

    // What validate prints never sends a control character to the terminal, not even one in a
    // file's name; the hostile runbook's problems are all said, with where they are.
    void validateNeverPrintsAControlCharacter()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(u"ctl\x1b]0;PWNED\x07.yaml"_s);
        QVERIFY(QFile::copy(fixtures + u"/hostile-controls.yaml"_s, name));
        const Run r = drilldeck({u"validate"_s, name});
        QCOMPARE(r.exitCode, 1);
        const QString shownName = dir.filePath(u"ctl\u241B]0;PWNED\u2407.yaml"_s);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(shownName + u':'), qPrintable(line));
        QVERIFY(r.err.contains(u":8:16: error: `environments` holds the control character U+001B "
                               u"(ESC) at character 5"_s));
        QVERIFY(r.err.contains(u":7:10: warning: `service` holds U+202E"_s));
        for (QChar c : r.err)
            QVERIFY2(c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7F &&
                                    (c.unicode() < 0x202A || c.unicode() > 0x202E)),
                     qPrintable(u"U+%1"_s.arg(c.unicode(), 4, 16)));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errStart");
        QTest::addRow("no files") << QStringList{u"validate"_s}
                                  << u"drilldeck validate: no runbook file given"_s;
        QTest::addRow("unknown option") << QStringList{u"validate"_s, u"--frobnicate"_s, u"x"_s}
                                        << u"drilldeck validate: Unknown option 'frobnicate'."_s;
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errStart);
        const Run r = drilldeck(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(errStart), qPrintable(r.err));
    }

    void helpAndVersionNeedNoDisplay()
    {
        const Run help = drilldeck({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"[RUNBOOK.yaml]"_s));
        QVERIFY(help.out.contains(u"validate FILE..."_s));
        const Run version = drilldeck({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, u"drilldeck " DRILLDECK_VERSION "\n"_s);
        const Run validateHelp = drilldeck({u"validate"_s, u"--help"_s});
        QCOMPARE(validateHelp.exitCode, 0);
        QVERIFY(validateHelp.out.contains(u"FILE:LINE:COLUMN: error: MESSAGE"_s));
    }

    // The loader must not look for libraries in the working directory: a file planted there
    // under a library's name is never opened. (An empty run path entry means the working
    // directory; CMake once padded the run path with them, and this start then failed with
    // "invalid ELF header".)
    void librariesAreNotLoadedFromTheWorkingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"libQt6Core.so.6", "libyaml-cpp.so.0.7", "libQt6Sql.so.6"}) {
            QFile planted(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write("not a library\n");
        }
        const Run version = drilldeck({u"--version"_s}, {}, dir.path());
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QCOMPARE(version.out, u"drilldeck " DRILLDECK_VERSION "\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
