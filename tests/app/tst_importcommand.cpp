// `drilldeck import` through the real binary: the runbook it writes validates, notes go to
// stderr as FILE:LINE: note:, an existing --out is never overwritten, errors exit 1, usage 2.
#include "drilldeckprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestImportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void writesARunbookThatValidates()
    {
        const QString md = QStringLiteral(DRILLDECK_FIXTURES "/markdown/gitlab-style-restore.md");
        const QString out = m_dir.filePath(u"restore.yaml"_s);
        const auto r = DrillDeckProcess::run({u"import"_s, md, u"--out"_s, out}, env());
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY(
            r.err.contains(md + u":59: note: `45-60 minutes`: a range: took its upper bound"_s));
        QVERIFY2(r.err.endsWith(out + u": written (5 phases, 11 steps); check the notes above, "
                                      u"then `drilldeck validate` it\n"_s),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const auto valid = DrillDeckProcess::run({u"validate"_s, out}, env());
        QVERIFY2(valid.exitedWith(0), qPrintable(valid.describe()));
        QCOMPARE(valid.out, out + u": ok (5 phases, 11 steps)\n"_s);

        // A second import never overwrites what the first wrote (the team may have edited it).
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray before = written.readAll();
        const auto again = DrillDeckProcess::run({u"import"_s, md, u"--out"_s, out}, env());
        QVERIFY2(again.exitedWith(1), qPrintable(again.describe()));
        QCOMPARE(again.err, u"drilldeck import: %1 exists; give another --out or move it away "
                            u"(import never overwrites)\n"_s.arg(out));
        written.seek(0);
        QCOMPARE(written.readAll(), before);
    }

    void printsTheRunbookWithoutOut()
    {
        QFile md(m_dir.filePath(u"short.md"_s));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# Failover\n\n## Switch\n\n1. Promote the replica\n   Expected: 10m\n");
        md.close();
        const auto r = DrillDeckProcess::run({u"import"_s, md.fileName()}, env());
        QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"title: Failover\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"      - id: promote-the-replica\n"
                               "        title: Promote the replica\n"
                               "        expected: 10m\n"_s));
        QVERIFY(r.err.isEmpty());
    }

    void refusesWhatItCannotImport()
    {
        QFile md(m_dir.filePath(u"prose.md"_s));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("Only a paragraph, no heading, no list.\n");
        md.close();
        const QString out = m_dir.filePath(u"never.yaml"_s);
        const auto r = DrillDeckProcess::run({u"import"_s, md.fileName(), u"--out"_s, out}, env());
        QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
        QVERIFY(r.err.startsWith(md.fileName() + u":1: error: no headings and no numbered list"_s));
        QVERIFY(!QFile::exists(out));
        const auto dir = DrillDeckProcess::run({u"import"_s, m_dir.path()}, env());
        QVERIFY2(dir.exitedWith(1), qPrintable(dir.describe()));
        QVERIFY(dir.err.contains(u"is a directory"_s));
    }

    // A write that fails (here a file size limit, as `ulimit -f` sets it: EFBIG, the same path a
    // full disk takes) is said and exits 1, and leaves no file: never "written" over an empty one.
    void aFailedWriteIsSaidAndLeavesNothing()
    {
        const QString md = QStringLiteral(DRILLDECK_FIXTURES "/markdown/gitlab-style-restore.md");
        QDir().mkpath(m_dir.filePath(u"limited"_s));
        const QString out = m_dir.filePath(u"limited/restore.yaml"_s);
        QProcess p;
        p.setProcessEnvironment(env());
        p.setChildProcessModifier([] {
            rlimit r;
            ::getrlimit(RLIMIT_FSIZE, &r);
            r.rlim_cur = 1024; // the runbook is ~4 KB
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
        p.start(QStringLiteral(DRILLDECK_BINARY), {u"import"_s, md, u"--out"_s, out});
        const auto r = DrillDeckProcess::finish(p);
        QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
        QVERIFY2(r.err.endsWith(u"drilldeck import: cannot write %1: File too large\n"_s.arg(out)),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(u"written"_s));
        QCOMPARE(QDir(m_dir.filePath(u"limited"_s)).entryList(QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void usageErrors()
    {
        const auto none = DrillDeckProcess::run({u"import"_s}, env());
        QVERIFY2(none.exitedWith(2), qPrintable(none.describe()));
        QVERIFY(none.err.startsWith(u"drilldeck import: no Markdown file given\n"_s));
        const auto two = DrillDeckProcess::run({u"import"_s, u"a.md"_s, u"b.md"_s}, env());
        QVERIFY2(two.exitedWith(2), qPrintable(two.describe()));
        const auto help = DrillDeckProcess::run({u"import"_s, u"--help"_s}, env());
        QVERIFY2(help.exitedWith(0), qPrintable(help.describe()));
        QVERIFY(help.out.contains(u"import [options] RUNBOOK.md"_s));
        const auto general = DrillDeckProcess::run({u"--help"_s}, env());
        QVERIFY(general.out.contains(u"import RUNBOOK.md [--out FILE.yaml]"_s));
    }

private:
    QProcessEnvironment env() { return DrillDeckProcess::environment(m_dir.filePath(u"home"_s)); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
