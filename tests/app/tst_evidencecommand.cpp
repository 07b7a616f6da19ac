// `drilldeck evidence` and `drilldeck verify` run as a user or an auditor would: the real binary
// on a real database (the report fixture with an image, a command run, a saved runbook and a
// sign-off added), the pack listed with unzip, unpacked and checked with sha256sum, tampered
// with and zipped again with the system's zip, signed with a real SSH key.
#include "commandevidence.h"
#include "reportfixture.h"
#include "signoff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Output
{
    int code = -1;
    QString out;
    QString err;
};

Output runTool(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        return {-1, {}, program + u" did not finish: "_s + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestEvidenceCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
    QString m_db;
    ReportFixture::Ids m_ids;
    qint64 m_imageEventId = 0;

    Output drilldeck(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the command picks offscreen itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DRILLDECK_BINARY), args);
        if (!p.waitForFinished(180'000))
            return {-1, {}, u"drilldeck did not finish"_s};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString unpack(const QString &zip, const QString &name)
    {
        const QString dir = path(name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const Output r = runTool(u"unzip"_s, {u"-q"_s, zip, u"-d"_s, dir});
        return r.code == 0 ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"drills.db"_s);
        QVERIFY(ReportFixture::build(m_db, &m_ids));
        // What the fixture lacks: an image, a command run, a saved revision, a sign-off.
        auto opened = Database::open(m_db);
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        DrillStore store(*db);
        RunbookRevisionStore revisions(*db);
        const qint64 drill = m_ids.second;
        auto event = [drill](DrillEvent::Kind kind, qint64 minute, const QString &step,
                             const QString &payload, const QString &author = u"Ada"_s) {
            DrillEvent e;
            e.drillId = drill;
            e.kind = kind;
            e.timeMs = ReportFixture::at(minute);
            e.stepId = step;
            e.payload = payload;
            e.author = author;
            return e;
        };
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(5000, 'p'));
        const auto image =
            store.appendEvent(event(DrillEvent::Kind::Observation, 1020, u"launch"_s,
                                    DrillEvent::payloadWith(u"text"_s, u"the dashboard"_s)),
                              EventAttachment::fromImageData(png));
        QVERIFY2(image.ok(), qPrintable(image.error().message));
        m_imageEventId = image.value();
        CommandEvidence run;
        run.command = u"./bake-ami.sh --region eu-west-1"_s;
        run.outcome = CommandEvidence::Outcome::Passed;
        run.exitCode = 0;
        run.startMs = ReportFixture::at(1001);
        run.endMs = ReportFixture::at(1014);
        run.standardOutput.text = u"ami-0abc baked\n"_s;
        run.standardOutput.totalBytes = 15;
        QVERIFY(store
                    .appendEvent(
                        event(DrillEvent::Kind::CommandRun, 1014, u"bake-ami"_s, run.toPayload()))
                    .ok());
        QByteArray saved = ReportFixture::yaml();
        saved.replace("Launch the instance", "Launch from the AMI");
        const auto rev = revisions.addRevision(saved, u"jenkins-rebuild"_s, u"Rebuild"_s,
                                               ReportFixture::at(1070));
        QVERIFY(rev.ok());
        QJsonObject savedPayload{{u"sha256"_s, rev->sha256}, {u"from"_s, u"x"_s}};
        QVERIFY(
            store
                .appendEvent(event(
                    DrillEvent::Kind::RunbookSaved, 1070, {},
                    QString::fromUtf8(QJsonDocument(savedPayload).toJson(QJsonDocument::Compact))))
                .ok());
        SignOff sign;
        sign.name = u"Maria"_s;
        sign.role = u"facilitator"_s;
        sign.statement = u"I observed this drill; the figures are correct."_s;
        QVERIFY(store
                    .appendEvent(
                        event(DrillEvent::Kind::SignedOff, 1080, {}, sign.toPayload(), u"Maria"_s))
                    .ok());
    }

    void packHoldsEverythingAndVerifies()
    {
        const QString zip = path(u"drill.zip"_s);
        const Output r = drilldeck(
            {u"evidence"_s, QString::number(m_ids.second), u"--db"_s, m_db, u"--out"_s, zip});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Wrote the evidence pack of drill %1"_s.arg(m_ids.second)));

        const Output list = runTool(u"unzip"_s, {u"-Z1"_s, zip});
        QCOMPARE(list.code, 0);
        QStringList names = list.out.split(u'\n', Qt::SkipEmptyParts);
        names.sort();
        const QStringList expected{u"MANIFEST"_s,
                                   u"action-items.json"_s,
                                   u"commands/bake-ami-1.txt"_s,
                                   u"events.json"_s,
                                   u"images/001-event-%1.png"_s.arg(m_imageEventId),
                                   u"index.html"_s,
                                   u"report.html"_s,
                                   u"report.pdf"_s,
                                   u"runbook-drilled.yaml"_s,
                                   u"runbook-saved.yaml"_s,
                                   u"runbook.diff"_s,
                                   u"scorecard.json"_s,
                                   u"signoffs.json"_s};
        QCOMPARE(names, expected);

        const QString dir = unpack(zip, u"unpacked"_s);
        QVERIFY(!dir.isEmpty());
        const Output check = runTool(u"sha256sum"_s, {u"-c"_s, u"MANIFEST"_s}, dir);
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QCOMPARE(check.out.count(u": OK\n"_s), expected.size() - 1);

        // The content, file by file.
        QVERIFY(fileBytes(dir + u"/report.pdf"_s).startsWith("%PDF-"));
        const QJsonArray events =
            QJsonDocument::fromJson(fileBytes(dir + u"/events.json"_s)).array();
        QVERIFY(events.size() > 20);
        QCOMPARE(events.last().toObject().value(u"kind"_s).toString(), u"signed-off"_s);
        const QByteArray diff = fileBytes(dir + u"/runbook.diff"_s);
        QVERIFY2(diff.contains("-        title: Launch the instance") &&
                     diff.contains("+        title: Launch from the AMI"),
                 diff.constData());
        QVERIFY(fileBytes(dir + u"/commands/bake-ami-1.txt"_s).contains("ami-0abc baked"));
        const QJsonArray items =
            QJsonDocument::fromJson(fileBytes(dir + u"/action-items.json"_s)).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"owner"_s).toString(), u"Jonas"_s);
        QCOMPARE(items.at(0).toObject().value(u"due"_s).toString(), u"2023-12-01"_s);
        QVERIFY(items.at(0).toObject().contains(u"closingLink"_s));
        const QJsonArray signOffs =
            QJsonDocument::fromJson(fileBytes(dir + u"/signoffs.json"_s)).array();
        QCOMPARE(signOffs.size(), 1);
        QCOMPARE(signOffs.at(0).toObject().value(u"role"_s).toString(), u"facilitator"_s);
        const QJsonArray scores =
            QJsonDocument::fromJson(fileBytes(dir + u"/scorecard.json"_s)).array();
        QCOMPARE(scores.size(), 2); // every criterion of the runbook, rated or not
        QCOMPARE(scores.at(0).toObject().value(u"criterion"_s).toString(),
                 u"Time to normal status"_s);
        QVERIFY(scores.at(0).toObject().value(u"score"_s).isNull());
        QCOMPARE(scores.at(1).toObject().value(u"score"_s).toInt(), 4);
        const QString index = QString::fromUtf8(fileBytes(dir + u"/index.html"_s));
        for (const QString &name : expected) // but the page itself
            QVERIFY2(name == u"index.html" || index.contains(u"href=\""_s + name + u'"'),
                     qPrintable(name));
        QVERIFY(!index.contains(u"http://"_s) && !index.contains(u"https://"_s) &&
                !index.contains(u"src="_s));
        QVERIFY(!index.contains(ReportFixture::scriptTag)); // nothing of the log unescaped

        const Output verify = drilldeck({u"verify"_s, zip});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(u"VALID, not signed"_s), qPrintable(verify.out));
        QVERIFY(verify.out.contains(u"12 files"_s));
    }

    void tamperedPackFails()
    {
        const QString zip = path(u"drill.zip"_s);
        if (!QFile::exists(zip))
            QVERIFY(drilldeck({u"evidence"_s, QString::number(m_ids.second), u"--db"_s, m_db,
                               u"--out"_s, zip})
                        .code == 0);
        const QString dir = unpack(zip, u"tamper"_s);
        QVERIFY(!dir.isEmpty());
        QFile events(dir + u"/events.json"_s);
        QVERIFY(events.open(QIODevice::ReadWrite));
        QByteArray bytes = events.readAll();
        QVERIFY(bytes.contains("Maria"));
        bytes.replace("Maria", "Marie"); // who signed off
        QVERIFY(events.resize(0) && events.write(bytes) == bytes.size());
        events.close();
        const QString again = path(u"tampered.zip"_s);
        QCOMPARE(runTool(u"zip"_s, {u"-q"_s, u"-r"_s, again, u"."_s}, dir).code, 0);
        const Output r = drilldeck({u"verify"_s, again});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"`events.json` does not match MANIFEST"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"INVALID"_s));

        // Cut short: not a zip any more.
        QFile cut(path(u"cut.zip"_s));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(fileBytes(zip).left(4000));
        cut.close();
        const Output c = drilldeck({u"verify"_s, cut.fileName()});
        QCOMPARE(c.code, 1);
        QVERIFY2(c.err.contains(u"not a readable zip archive"_s), qPrintable(c.err));
    }

    void sshSignedPack()
    {
        const QString key = path(u"id_ed25519"_s);
        QCOMPARE(
            runTool(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, key})
                .code,
            0);
        const QString zip = path(u"signed.zip"_s);
        const Output r = drilldeck({u"evidence"_s, u"last"_s, u"--db"_s, m_db, u"--out"_s, zip,
                                    u"--sign"_s, u"ssh:"_s + key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(runTool(u"unzip"_s, {u"-Z1"_s, zip}).out.contains(u"MANIFEST.sig"_s));
        Output v = drilldeck({u"verify"_s, zip});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(u"unknown-key"_s) && v.err.contains(u"NOT VERIFIED"_s),
                 qPrintable(v.err));
        QVERIFY(v.out.contains(u"match MANIFEST"_s));
        QFile allowed(path(u"allowed_signers"_s));
        QVERIFY(allowed.open(QIODevice::WriteOnly));
        allowed.write("auditor@example.org " + fileBytes(key + u".pub"_s));
        allowed.close();
        v = drilldeck({u"verify"_s, zip, u"--allowed-signers"_s, allowed.fileName()});
        QVERIFY2(v.code == 0, qPrintable(v.err));
        QVERIFY2(v.out.contains(u"signature MANIFEST.sig: valid"_s) &&
                     v.out.contains(u"VALID, signed"_s),
                 qPrintable(v.out));
    }

    void demoDatabase()
    {
        const QString zip = path(u"demo.zip"_s);
        const Output r = drilldeck({u"evidence"_s, u"last"_s, u"--demo"_s, u"--out"_s, zip});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(drilldeck({u"verify"_s, zip}).code, 0);
    }

    void badInput()
    {
        Output r = drilldeck({u"evidence"_s, u"last"_s, u"--db"_s, m_db});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--out FILE.zip is required"_s));
        r = drilldeck({u"evidence"_s, u"--db"_s, m_db, u"--out"_s, path(u"x.zip"_s)});
        QCOMPARE(r.code, 2);
        r = drilldeck({u"evidence"_s, u"last"_s, u"--db"_s, m_db, u"--out"_s, path(u"x.pdf"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"must end in .zip"_s), qPrintable(r.err));
        r = drilldeck({u"evidence"_s, u"last"_s, u"--db"_s, m_db, u"--out"_s, path(u"x.zip"_s),
                       u"--sign"_s, u"pgp"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"gpg, gpg:KEYID or ssh:KEYFILE"_s));
        r = drilldeck({u"evidence"_s, u"9999"_s, u"--db"_s, m_db, u"--out"_s, path(u"x.zip"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path(u"x.zip"_s)));
        // A folder named .zip is refused and left alone.
        QVERIFY(QDir().mkpath(path(u"folder.zip"_s)));
        r = drilldeck(
            {u"evidence"_s, u"last"_s, u"--db"_s, m_db, u"--out"_s, path(u"folder.zip"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY(QFileInfo(path(u"folder.zip"_s)).isDir());
        QCOMPARE(drilldeck({u"verify"_s}).code, 2);
        QCOMPARE(drilldeck({u"verify"_s, u"a.zip"_s, u"b.zip"_s}).code, 2);
        r = drilldeck({u"verify"_s, path(u"missing.zip"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"does not exist"_s));
        r = drilldeck({u"verify"_s, path(u"drills.db"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not a readable zip archive"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCommand)
#include "tst_evidencecommand.moc"
