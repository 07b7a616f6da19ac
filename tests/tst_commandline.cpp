// The drilldeck executable as a shell user meets it: output and exit codes, no display needed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run drilldeck(const QStringList &arguments, const QProcessEnvironment &extra = {},
              const QString &workingDirectory = {})
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // subcommands must not need a display
    env.remove(u"QT_QPA_PLATFORM"_s);
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRILLDECK_BINARY), arguments);
    if (!p.waitForFinished(30000))
        qFatal("drilldeck did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString fixtures = QStringLiteral(DRILLDECK_FIXTURES);
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
