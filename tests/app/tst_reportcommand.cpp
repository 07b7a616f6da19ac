// `drilldeck report`, run as a user or a CI job would: the binary, headless, on the fixture
// database and on the example database; exit codes and errors.
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestReportCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
    QString m_db;
    ReportFixture::Ids m_ids;
    QString m_unrestoredDb; // production #1 finished before its service-restored step
    ReportFixture::Ids m_unrestoredIds;
    QString m_periodDb; // the not-restored fixture with test #2 signed off

    struct Output
    {
        int code = -1;
        QString out;
        QString err;
    };

    Output drilldeck(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path()); // no warning before our errors
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the report command picks offscreen itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DRILLDECK_BINARY), QStringList{u"report"_s} + args);
        if (!p.waitForFinished(120'000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A poppler-utils tool; installed by scripts/install-deps.sh, so missing is a failure.
    static Output poppler(const QString &tool, const QStringList &args)
    {
        QProcess p;
        p.start(tool, args);
        if (!p.waitForFinished(60'000))
            return {-1, {}, tool + u" did not run: "_s + p.errorString()};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The PDF's pages by pdfinfo; 0 when it cannot tell.
    static int pageCount(const QString &path)
    {
        const Output info = poppler(u"pdfinfo"_s, {path});
        static const QRegularExpression pagesLine(uR"(Pages:\s+(\d+))"_s);
        return pagesLine.match(info.out).captured(1).toInt();
    }

    // The images at least 1000 pixels wide (the charts at full width, not thumbnails) that
    // pdfimages lists; -1 when it cannot list them.
    static int fullWidthImages(const QString &path)
    {
        const Output images = poppler(u"pdfimages"_s, {u"-list"_s, path});
        if (images.code != 0)
            return -1;
        int charts = 0;
        for (const QString &line : images.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.value(2) == u"image"_s && fields.value(3).toInt() >= 1000)
                ++charts;
        }
        return charts;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(u"fixture.sqlite"_s);
        QVERIFY(ReportFixture::build(m_db, &m_ids));
        m_unrestoredDb = m_dir.filePath(u"not-restored.sqlite"_s);
        QVERIFY(ReportFixture::buildWithUnrestoredDrill(m_unrestoredDb, &m_unrestoredIds));
        m_periodDb = m_dir.filePath(u"period.sqlite"_s);
        ReportFixture::Ids ids;
        QVERIFY(ReportFixture::buildWithUnrestoredDrill(m_periodDb, &ids));
        auto opened = Database::open(m_periodDb);
        QVERIFY(opened);
        std::unique_ptr<Database> db = std::move(opened).value();
        DrillStore store(*db);
        DrillEvent signedOff;
        signedOff.drillId = ids.second;
        signedOff.kind = DrillEvent::Kind::SignedOff;
        signedOff.timeMs = DrillTestSupport::at(1100);
        signedOff.author = u"Grace"_s;
        signedOff.payload = QStringLiteral(
            R"({"name":"Grace","role":"observer","statement":"I observed this drill.",)"
            R"("reservations":""})");
        QVERIFY(store.appendEvent(signedOff).ok());
    }

    void writesEachFormat_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::addRow("md by suffix")
            << QStringList{} << u"r.md"_s << QByteArray("# Drill report: Rebuild Jenkins");
        QTest::addRow("html by suffix")
            << QStringList{} << u"r.html"_s << QByteArray("<!DOCTYPE html>");
        QTest::addRow("pdf by --format")
            << QStringList{u"--format"_s, u"pdf"_s} << u"r.out"_s << QByteArray("%PDF-");
        QTest::addRow("letter") << QStringList{u"--page"_s, u"letter"_s} << u"r-letter.pdf"_s
                                << QByteArray("%PDF-");
    }
    void writesEachFormat()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        const QString path = m_dir.filePath(file);
        const Output o = drilldeck(
            QStringList{QString::number(m_ids.second), u"--db"_s, m_db, u"--out"_s, path} + args);
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QCOMPARE(o.out, u"Wrote the report of drill 2 to %1\n"_s.arg(path));
        QVERIFY(read(path).startsWith(start));
    }

    // Production #1 finished before launch, its service-restored step, was done: every format
    // says the service was not restored, never an RTO (pdftotext reads the PDF back).
    void notRestoredInEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("md") << u"not-restored.md"_s;
        QTest::addRow("html") << u"not-restored.html"_s;
        QTest::addRow("pdf") << u"not-restored.pdf"_s;
    }
    void notRestoredInEveryFormat()
    {
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        const Output o = drilldeck({QString::number(m_unrestoredIds.running), u"--db"_s,
                                    m_unrestoredDb, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QString text = QString::fromUtf8(read(path));
        if (file.endsWith(u".pdf"_s)) {
            const Output pdf = poppler(u"pdftotext"_s, {path, u"-"_s});
            QVERIFY2(pdf.code == 0, qPrintable(pdf.err));
            text = pdf.out;
        }
        text = text.simplified();
        QVERIFY2(text.contains(u"not restored — RTO missed: the drill ended before"_s),
                 qPrintable(text.left(3000)));
        QVERIFY(!text.contains(u"against a target of 4h: met"_s));
    }

    // The PDF's body read back by poppler (pdftotext, pdfimages; scripts/install-deps.sh): what
    // people typed is text, not markup; the steps table has its rows; every page its footer; the
    // timeline and trend charts are in it as images.
    void pdfBodyReadsBackAsText()
    {
        const QString path = m_dir.filePath(u"body.pdf"_s);
        const Output o = drilldeck({QString::number(m_ids.second), u"--db"_s, m_db, u"--format"_s,
                                    u"pdf"_s, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const Output text = poppler(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const QString body = text.out;
        QVERIFY2(body.contains(ReportFixture::scriptTag), qPrintable(body));
        QVERIFY(body.contains(u"Drill report: Rebuild Jenkins from backup"_s));
        // A row of the steps table: the step, who, planned against actual.
        static const QRegularExpression bakeRow(
            uR"(1\s+Bake the Jenkins AMI ●\s+20m\s+11m\s+-9m\s+driver \(Jonas\)\s+scripted\s+done)"_s);
        QVERIFY2(bakeRow.match(body).hasMatch(), qPrintable(body));
        const int pages = pageCount(path);
        QVERIFY2(pages >= 2, qPrintable(body));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(body.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(body));
        // The two charts (timeline, trend), each at full width, not a thumbnail.
        QCOMPARE(fullWidthImages(path), 2);
    }

    void lastIsTheNewestDrill()
    {
        const QString path = m_dir.filePath(u"last.md"_s);
        const Output o = drilldeck({u"last"_s, u"--db"_s, m_db, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QString md = QString::fromUtf8(read(path));
        QVERIFY(md.startsWith(u"# Drill report: Rebuild Jenkins from backup, production \\#1"_s));
        QVERIFY(md.contains(u"(hidden until the drill ends)"_s));
    }

    void errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("no drill") << QStringList{u"--out"_s, u"x.md"_s} << 2
                                  << u"say which drill: a drill id, or last"_s;
        QTest::addRow("bad id") << QStringList{u"two"_s, u"--out"_s, u"x.md"_s} << 2
                                << u"`two` is not a drill id; give a number, or last"_s;
        QTest::addRow("no out") << QStringList{u"2"_s} << 2 << u"--out FILE is required"_s;
        QTest::addRow("bad format")
            << QStringList{u"2"_s, u"--format"_s, u"docx"_s, u"--out"_s, u"x"_s} << 2
            << u"--format must be md, html or pdf, not `docx`"_s;
        QTest::addRow("unknown suffix") << QStringList{u"2"_s, u"--out"_s, u"x.docx"_s} << 2
                                        << u"cannot tell the format from `x.docx`"_s;
        QTest::addRow("bad page") << QStringList{u"2"_s, u"--page"_s, u"a3"_s, u"--out"_s,
                                                 u"x.pdf"_s}
                                  << 2 << u"--page must be a4 or letter, not `a3`"_s;
        QTest::addRow("format against suffix")
            << QStringList{u"2"_s, u"--format"_s, u"md"_s, u"--out"_s, u"x.pdf"_s} << 2
            << u"--format md does not match --out `x.pdf`; give --format pdf, or --out x.md"_s;
        QTest::addRow("format against htm")
            << QStringList{u"2"_s, u"--format"_s, u"pdf"_s, u"--out"_s, u"dir/x.htm"_s} << 2
            << u"--format pdf does not match --out `dir/x.htm`; give --format html, or --out "
               "dir/x.pdf"_s;
        QTest::addRow("unknown drill") << QStringList{u"42"_s, u"--out"_s, u"x.md"_s} << 1
                                       << u"no drill 42 in the database; the drills are 1–3"_s;
    }
    void errorsSayWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Output o = drilldeck(args + QStringList{u"--db"_s, m_db});
        QCOMPARE(o.code, code);
        QVERIFY2(o.err.startsWith(u"drilldeck report: "_s + message), qPrintable(o.err));
    }

    void unwritableFileFailsAndLeavesNothing()
    {
        const QString path = m_dir.filePath(u"fixture.sqlite/r.html"_s);
        const Output o = drilldeck({u"2"_s, u"--db"_s, m_db, u"--out"_s, path});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.startsWith(u"drilldeck report: cannot write "_s), qPrintable(o.err));
        QVERIFY(!QFile::exists(path));
    }

    void formatAgreeingWithTheSuffixIsFine()
    {
        const QString path = m_dir.filePath(u"agree.HTM"_s);
        const Output o =
            drilldeck({u"2"_s, u"--db"_s, m_db, u"--format"_s, u"html"_s, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(read(path).startsWith("<!DOCTYPE html>"));
    }

    // --out never replaces what is not a regular file (as root, a device would be destroyed).
    void outThatIsNotARegularFileIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addRow("fifo") << u"pipe.html"_s << u"a named pipe (FIFO)"_s;
        QTest::addRow("directory") << u"folder.pdf"_s << u"a directory"_s;
        QTest::addRow("fifo beside markdown") << u"side.md"_s << u"a named pipe (FIFO)"_s;
    }
    void outThatIsNotARegularFileIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(name);
        // Markdown writes its charts beside it: a FIFO in the place of one is refused too.
        const QString node = name == u"side.md" ? m_dir.filePath(u"side-timeline.png"_s) : path;
        QVERIFY(kind == u"a directory" ? QDir(m_dir.path()).mkdir(QFileInfo(node).fileName())
                                       : ::mkfifo(QFile::encodeName(node).constData(), 0600) == 0);
        const Output o = drilldeck({u"2"_s, u"--db"_s, m_db, u"--out"_s, path});
        QCOMPARE(o.code, 1);
        QCOMPARE(o.err, u"drilldeck report: refusing to write %1: it is %2, not a regular file; "
                        "name a new file or a regular one\n"_s.arg(node, kind));
        const QFileInfo after(node);
        QVERIFY(kind == u"a directory" ? after.isDir() : !after.isFile() && after.exists());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"side.md"_s)));
    }

    // The period report (--from, --to): every drill started in those days, read back from the
    // PDF by pdftotext: its sections, a row of the results table, the miss, who drove, the
    // sign-off, a footer on every page, and one trend chart per runbook.
    void periodReportAsPdf()
    {
        const QString path = m_dir.filePath(u"q.pdf"_s);
        const Output o = drilldeck({u"--from"_s, u"2023-11-14"_s, u"--to"_s, u"2023-11-16"_s,
                                    u"--db"_s, m_periodDb, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QCOMPARE(
            o.out,
            u"Wrote the period report 2023-11-14 to 2023-11-16 to %1 (drills: 3)\n"_s.arg(path));
        QVERIFY(read(path).startsWith("%PDF-"));
        const Output text = poppler(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        // The PDF's fonts set "ff" as a ligature ("Sign-oﬀs"); read it back as the letters.
        const QString body = QString(text.out).replace(QChar(0xFB00), u"ff"_s);
        for (const QString &expected :
             {u"Period report: 2023-11-14 to 2023-11-16"_s, u"Objectives and results"_s,
              u"Trends"_s, u"Misses and corrective actions"_s,
              u"No corrective action was recorded for this miss."_s, u"Who took part"_s,
              u"one person only: not spread"_s, u"Sign-offs"_s, u"I observed this drill."_s})
            QVERIFY2(body.contains(expected), qPrintable(expected + u"\n\n"_s + body));
        static const QRegularExpression resultRow(
            uR"(2023-11-15\s+Rebuild Jenkins from\s.*test #2\s+hand-run\s+40m(\s+\(4h\))?\s+met)"_s);
        QVERIFY2(resultRow.match(body).hasMatch(), qPrintable(body));
        static const QRegularExpression signOffRow(uR"(Grace\s+observer)"_s);
        QVERIFY2(signOffRow.match(body).hasMatch(), qPrintable(body));
        const int pages = pageCount(path);
        QVERIFY2(pages >= 1, qPrintable(body));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(body.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(body));
        QCOMPARE(fullWidthImages(path), 1);
    }

    // Markdown: the trend chart of each runbook beside the file; HTML: one file.
    void periodReportAsMarkdownAndHtml()
    {
        const QString md = m_dir.filePath(u"q.md"_s);
        Output o = drilldeck({u"--from"_s, u"2023-11-14"_s, u"--to"_s, u"2023-11-16"_s, u"--db"_s,
                              m_periodDb, u"--out"_s, md});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QString text = QString::fromUtf8(read(md));
        QVERIFY(text.startsWith(u"# Period report: 2023-11-14 to 2023-11-16"_s));
        QVERIFY2(text.contains(u"](q-trend-jenkins-rebuild.png)"_s), qPrintable(text));
        QVERIFY(read(m_dir.filePath(u"q-trend-jenkins-rebuild.png"_s)).startsWith("\x89PNG"));
        const QString html = m_dir.filePath(u"q.html"_s);
        o = drilldeck({u"--from"_s, u"2023-11-15"_s, u"--to"_s, u"2023-11-15"_s, u"--db"_s,
                       m_periodDb, u"--out"_s, html});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(o.out.endsWith(u"(drills: 1)\n"_s));
        const QString page = QString::fromUtf8(read(html));
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"data:image/png;base64,"_s));
    }

    void emptyPeriodSaysSo()
    {
        const QString path = m_dir.filePath(u"empty.pdf"_s);
        const Output o = drilldeck({u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-03-31"_s,
                                    u"--db"_s, m_periodDb, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(o.out.endsWith(u"(drills: 0)\n"_s));
        const Output text = poppler(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY2(
            text.out.simplified().contains(u"No drill started between 2025-01-01 and 2025-03-31"_s),
            qPrintable(text.out));
    }

    // Markdown with its chart beside it: a file that cannot be written leaves neither behind.
    void periodReportUnwritableLeavesNothing()
    {
        const QString path = m_dir.filePath(u"period.sqlite/q.md"_s);
        const Output o = drilldeck({u"--from"_s, u"2023-11-14"_s, u"--to"_s, u"2023-11-16"_s,
                                    u"--db"_s, m_periodDb, u"--out"_s, path});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.startsWith(u"drilldeck report: cannot write "_s), qPrintable(o.err));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(m_dir.filePath(u"period.sqlite/q-trend-jenkins-rebuild.png"_s)));
    }

    void periodUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("to before from")
            << QStringList{u"--from"_s, u"2025-03-31"_s, u"--to"_s, u"2025-01-01"_s}
            << u"--to 2025-01-01 is before --from 2025-03-31; the period runs from --from to "
               "--to"_s;
        QTest::addRow("drill and period")
            << QStringList{u"2"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-03-31"_s}
            << u"give a drill (`2`) or a period (--from, --to), not both"_s;
        QTest::addRow("last and period") << QStringList{u"last"_s, u"--to"_s, u"2025-03-31"_s}
                                         << u"give a drill (`last`) or a period (--from, --to), "
                                            "not both"_s;
        QTest::addRow("from alone") << QStringList{u"--from"_s, u"2025-01-01"_s}
                                    << u"a period needs both --from and --to (YYYY-MM-DD)"_s;
        QTest::addRow("not a date")
            << QStringList{u"--from"_s, u"2025-02-30"_s, u"--to"_s, u"2025-03-31"_s}
            << u"--from `2025-02-30` is not a date; give YYYY-MM-DD, e.g. 2025-01-01"_s;
        QTest::addRow("not iso")
            << QStringList{u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"31.03.2025"_s}
            << u"--to `31.03.2025` is not a date; give YYYY-MM-DD, e.g. 2025-03-31"_s;
    }
    void periodUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"refused.pdf"_s);
        const Output o = drilldeck(args + QStringList{u"--db"_s, m_periodDb, u"--out"_s, path});
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.startsWith(u"drilldeck report: "_s + message), qPrintable(o.err));
        QVERIFY(!QFile::exists(path));
    }

    void demoDatabaseHasAPeriodReport()
    {
        const QString path = m_dir.filePath(u"demo-period.html"_s);
        const Output o = drilldeck({u"--demo"_s, u"--from"_s, u"2000-01-01"_s, u"--to"_s,
                                    u"2100-12-31"_s, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(!o.out.endsWith(u"(drills: 0)\n"_s));
        QVERIFY(QString::fromUtf8(read(path)).contains(u"Objectives and results"_s));
    }

    void demoDatabaseReportsItsLastDrill()
    {
        const QString path = m_dir.filePath(u"demo.pdf"_s);
        const Output o =
            drilldeck({u"last"_s, u"--demo"_s, u"--format"_s, u"pdf"_s, u"--out"_s, path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(read(path).startsWith("%PDF-"));
        const Output both = drilldeck({u"last"_s, u"--demo"_s, u"--db"_s, m_db, u"--out"_s, path});
        QCOMPARE(both.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
