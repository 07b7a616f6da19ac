// The evidence pack's MANIFEST, zip and verification: real zips (libzip, the system's zip and
// unzip), sha256sum reading MANIFEST, every hostile pack refused with a clear reason, and real
// gpg and ssh-keygen signatures made and checked with temporary keys.
#include "evidencemanifest.h"
#include "evidencepackverifier.h"
#include "evidencesignature.h"
#include "evidencezipwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zip.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
using Files = QList<EvidenceZipWriter::File>;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {},
        const QByteArray &input = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForStarted(10'000))
        return {-1, {}, program + u" did not start"_s};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        return {-1, {}, program + u" did not finish"_s};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Files sample()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(3000, '\x7f');
    return {{u"report.html"_s, "<html><body>report</body></html>\n"},
            {u"events.json"_s, "[\n  {\"kind\": \"started\"}\n]\n"},
            {u"commands/restore-db-1.txt"_s, "Command: pg_restore\n"},
            {u"images/001-event-7.png"_s, png, false}};
}

QByteArray manifestOf(const Files &files)
{
    QList<EvidenceManifest::Entry> entries;
    for (const auto &f : files)
        entries.append({f.path, EvidenceManifest::sha256Hex(f.bytes)});
    return EvidenceManifest(entries).text();
}

Files withManifest(Files files)
{
    files.append({u"MANIFEST"_s, manifestOf(files)});
    return files;
}

// A zip written entry by entry with libzip, names and modes as given: what a hostile tool makes.
struct RawEntry
{
    QByteArray name;
    QByteArray data;
    quint32 mode = S_IFREG | 0644;
};
bool rawZip(const QString &path, const QList<RawEntry> &entries)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const RawEntry &e : entries) {
        zip_source_t *source =
            zip_source_buffer(zip, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t i = zip_file_add(zip, e.name.constData(), source, ZIP_FL_ENC_RAW);
        if (i < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
        zip_file_set_external_attributes(zip, zip_uint64_t(i), 0, ZIP_OPSYS_UNIX, e.mode << 16);
    }
    return zip_close(zip) == 0;
}

QList<RawEntry> raw(const Files &files)
{
    QList<RawEntry> out;
    for (const auto &f : files)
        out.append({f.path.toUtf8(), f.bytes});
    return out;
}

QString problems(const EvidencePackVerifier::Result &r)
{
    return r.problems.join(u'\n');
}
} // namespace

class TestEvidencePack : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writePack(const QString &name, const Files &files)
    {
        QString error;
        const QString p = path(name);
        if (!EvidenceZipWriter::write(p, files, 1'700'000'000'000, &error))
            qWarning() << error;
        return p;
    }

    // The sample pack written, then unzipped by the system's unzip into a new folder name.
    QString unpackedSample(const QString &name)
    {
        const QString dir = path(name);
        if (!QDir().mkpath(dir) ||
            run(u"unzip"_s,
                {u"-q"_s, writePack(name + u".zip"_s, withManifest(sample())), u"-d"_s, dir})
                    .code != 0)
            return {};
        return dir;
    }

private Q_SLOTS:
    void manifestIsWhatSha256sumReads()
    {
        const Files files = sample();
        const QByteArray text = manifestOf(files);
        // Sorted by path, "HASH  path".
        QCOMPARE(text.split('\n').first(),
                 EvidenceManifest::sha256Hex(files.at(2).bytes) + "  commands/restore-db-1.txt");
        QString error;
        const auto parsed = EvidenceManifest::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->text(), text);
        QCOMPARE(parsed->sha256Of(u"events.json"_s),
                 EvidenceManifest::sha256Hex(files.at(1).bytes));

        // The real tools: the zip unpacked by unzip, MANIFEST checked by sha256sum.
        const QString zipPath = writePack(u"plain.zip"_s, withManifest(files));
        QVERIFY(QFile::exists(zipPath));
        const QString out = path(u"unpacked"_s);
        QVERIFY(QDir().mkpath(out));
        const Run unzip = run(u"unzip"_s, {u"-q"_s, zipPath, u"-d"_s, out});
        QVERIFY2(unzip.code == 0, qPrintable(unzip.err));
        const Run check = run(u"sha256sum"_s, {u"-c"_s, u"MANIFEST"_s}, out);
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QCOMPARE(check.out.count(u": OK"_s), 4);
        QCOMPARE(QFileInfo(out + u"/images/001-event-7.png"_s).permissions() & QFile::ExeOwner,
                 QFile::Permissions());
    }

    void manifestRefusesBadLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray h(64, 'a');
        QTest::newRow("one space") << QByteArray(h + " a.txt\n") << u"line 1"_s;
        QTest::newRow("short hash") << QByteArray("abc  a.txt\n") << u"line 1"_s;
        QTest::newRow("upper hex")
            << QByteArray(QByteArray(64, 'A') + "  a.txt\n") << u"lowercase"_s;
        QTest::newRow("dot dot") << QByteArray(h + "  ../a.txt\n") << u"'..'"_s;
        QTest::newRow("absolute") << QByteArray(h + "  /etc/passwd\n") << u"absolute"_s;
        QTest::newRow("twice") << QByteArray(h + "  a.txt\n" + h + "  a.txt\n")
                               << u"line 2: `a.txt` is listed twice"_s;
        QTest::newRow("cut") << QByteArray(h + "  a.txt") << u"no line end"_s;
        QTest::newRow("empty") << QByteArray() << u"no file"_s;
    }
    void manifestRefusesBadLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!EvidenceManifest::parse(text, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void intactPackVerifies()
    {
        const QString zipPath = writePack(u"intact.zip"_s, withManifest(sample()));
        const auto r = EvidencePackVerifier::verify(zipPath);
        QVERIFY2(r.valid(), qPrintable(problems(r)));
        QCOMPARE(r.files, 4);
        QVERIFY(!r.signed_());
        // unzip itself finds the archive sound.
        const Run test = run(u"unzip"_s, {u"-tq"_s, zipPath});
        QVERIFY2(test.code == 0, qPrintable(test.out + test.err));
    }

    void systemZipOfAnUnpackedPackVerifies()
    {
        // A pack unzipped and zipped again with zip -r (directory entries included) still
        // verifies: what counts is the files, not who zipped them.
        const QString dir = unpackedSample(u"rezip"_s);
        QVERIFY(!dir.isEmpty());
        const QString again = path(u"again.zip"_s);
        QVERIFY(run(u"zip"_s, {u"-q"_s, u"-r"_s, again, u"."_s}, dir).code == 0);
        const auto r = EvidencePackVerifier::verify(again);
        QVERIFY2(r.valid(), qPrintable(problems(r)));
    }

    void tamperedFileIsCaught()
    {
        Files files = withManifest(sample());
        files[1].bytes.replace("started", "finished"); // events.json, after MANIFEST was made
        const auto r = EvidencePackVerifier::verify(writePack(u"tampered.zip"_s, files));
        QVERIFY(!r.valid());
        QVERIFY(!r.intact);
        QVERIFY2(problems(r).contains(u"`events.json` does not match MANIFEST"_s),
                 qPrintable(problems(r)));
        QCOMPARE(r.problems.size(), 1);
    }

    void missingAndExtraFilesAreCaught()
    {
        Files files = withManifest(sample());
        files.removeAt(2); // commands/restore-db-1.txt
        files.append({u"notes/added-later.txt"_s, "slipped in\n"});
        const auto r = EvidencePackVerifier::verify(writePack(u"missing.zip"_s, files));
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(
                     u"`commands/restore-db-1.txt` is listed in MANIFEST but missing"_s),
                 qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(u"`notes/added-later.txt` is in the pack but not in "
                                      "MANIFEST"_s),
                 qPrintable(problems(r)));
    }

    void noOrBrokenManifestIsCaught()
    {
        auto r = EvidencePackVerifier::verify(writePack(u"nomanifest.zip"_s, sample()));
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(u"has no MANIFEST"_s), qPrintable(problems(r)));
        Files files = sample();
        files.append({u"MANIFEST"_s, "not a manifest\n"});
        r = EvidencePackVerifier::verify(writePack(u"badmanifest.zip"_s, files));
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(u"MANIFEST line 1"_s), qPrintable(problems(r)));
    }

    void hostileEntriesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<quint32>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dot dot") << QByteArray("../../etc/cron.d/evil") << quint32(S_IFREG | 0644)
                                 << u"'..'"_s;
        QTest::newRow("inner dot dot")
            << QByteArray("images/../../evil") << quint32(S_IFREG | 0644) << u"'..'"_s;
        QTest::newRow("absolute") << QByteArray("/tmp/evil") << quint32(S_IFREG | 0644)
                                  << u"absolute path"_s;
        QTest::newRow("backslash")
            << QByteArray("..\\evil") << quint32(S_IFREG | 0644) << u"backslash"_s;
        QTest::newRow("symlink mode")
            << QByteArray("images/link") << quint32(S_IFLNK | 0777) << u"symbolic link"_s;
        QTest::newRow("fifo") << QByteArray("images/fifo") << quint32(S_IFIFO | 0644)
                              << u"not a regular file"_s;
    }
    void hostileEntriesAreRefused()
    {
        QFETCH(QByteArray, name);
        QFETCH(quint32, mode);
        QFETCH(QString, expected);
        QList<RawEntry> entries = raw(withManifest(sample()));
        entries.append({name, "/etc/passwd", mode});
        const QString zipPath = path(QString::fromLatin1(QTest::currentDataTag()) + u".zip"_s);
        QVERIFY(rawZip(zipPath, entries));
        const auto r = EvidencePackVerifier::verify(zipPath);
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(expected) && problems(r).contains(u"refused"_s),
                 qPrintable(problems(r)));
    }

    void realSymlinkZippedBySystemZipIsRefused()
    {
        const QString dir = unpackedSample(u"withlink"_s);
        QVERIFY(!dir.isEmpty());
        QVERIFY(QFile::link(u"/etc/passwd"_s, dir + u"/images/passwd"_s));
        const QString zipPath = path(u"symlink.zip"_s);
        QVERIFY(run(u"zip"_s, {u"-q"_s, u"-r"_s, u"--symlinks"_s, zipPath, u"."_s}, dir).code == 0);
        const auto r = EvidencePackVerifier::verify(zipPath);
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(u"entry `images/passwd` is a symbolic link"_s),
                 qPrintable(problems(r)));
    }

    void zipBombIsRefusedBeforeInflating()
    {
        // 256 MiB of zeros deflate to about 256 KiB: refused by its ratio from the directory.
        QList<RawEntry> entries = raw(withManifest(sample()));
        entries.append({"events-huge.json", QByteArray(256 << 20, '\0')});
        const QString zipPath = path(u"bomb.zip"_s);
        QVERIFY(rawZip(zipPath, entries));
        entries.clear();
        QVERIFY(QFileInfo(zipPath).size() < 2 << 20);
        const auto r = EvidencePackVerifier::verify(zipPath);
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(u"refused as a zip bomb"_s), qPrintable(problems(r)));

        // Limits lowered: a file larger than a file may be, and a pack larger than a pack may be.
        EvidencePackVerifier::Options options;
        options.limits.maxFileBytes = 1000;
        auto small =
            EvidencePackVerifier::verify(writePack(u"big.zip"_s, withManifest(sample())), options);
        QVERIFY2(problems(small).contains(u"`images/001-event-7.png` declares 3008 bytes"_s),
                 qPrintable(problems(small)));
        options = {};
        options.limits.maxTotalBytes = 2000;
        small = EvidencePackVerifier::verify(path(u"big.zip"_s), options);
        QVERIFY2(problems(small).contains(u"in all, more than the 2000"_s),
                 qPrintable(problems(small)));
    }

    void lyingSizeIsCaught()
    {
        // The directory says 5 bytes, the data inflates to more: found while streaming.
        const QString zipPath = writePack(u"lying.zip"_s, withManifest(sample()));
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Patch the uncompressed size of report.html in the local and the central header.
        const QByteArray name = "report.html";
        int patched = 0;
        for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
            const qsizetype local = at - 30, central = at - 46;
            if (local >= 0 && bytes.mid(local, 4) == QByteArray("PK\x03\x04", 4)) {
                qToLittleEndian<quint32>(5, bytes.data() + local + 22);
                ++patched;
            } else if (central >= 0 && bytes.mid(central, 4) == QByteArray("PK\x01\x02", 4)) {
                qToLittleEndian<quint32>(5, bytes.data() + central + 24);
                ++patched;
            }
        }
        QCOMPARE(patched, 2);
        QVERIFY(f.seek(0) && f.write(bytes) == bytes.size());
        f.close();
        const auto r = EvidencePackVerifier::verify(zipPath);
        QVERIFY(!r.valid());
        QVERIFY2(problems(r).contains(u"`report.html`"_s), qPrintable(problems(r)));
    }

    void truncatedArchiveIsCaught()
    {
        QFile f(writePack(u"whole.zip"_s, withManifest(sample())));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const qsizetype keep :
             {qsizetype(0), qsizetype(100), bytes.size() / 2, bytes.size() - 10}) {
            QFile cut(path(u"cut.zip"_s));
            QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
            cut.write(bytes.left(keep));
            cut.close();
            const auto r = EvidencePackVerifier::verify(cut.fileName());
            QVERIFY(!r.valid());
            QVERIFY2(problems(r).contains(u"is not a readable zip archive"_s),
                     qPrintable(problems(r)));
        }
        QVERIFY(EvidencePackVerifier::verify(path(u"nothing-here.zip"_s))
                    .problems.join(u""_s)
                    .contains(u"does not exist"_s));
        QVERIFY(EvidencePackVerifier::verify(m_dir.path())
                    .problems.join(u""_s)
                    .contains(u"not a regular file"_s));
    }

    void writerRefusesUnsafePaths()
    {
        QString error;
        QVERIFY(EvidenceZipWriter::archive({{u"../x"_s, "x"}}, 0, &error).isEmpty());
        QVERIFY2(error.contains(u"'..'"_s), qPrintable(error));
        QVERIFY(EvidenceZipWriter::archive({{u"a"_s, "x"}, {u"a"_s, "y"}}, 0, &error).isEmpty());
        QVERIFY2(error.contains(u"twice"_s), qPrintable(error));
        // Nothing is left behind by a failed write.
        QVERIFY(!EvidenceZipWriter::write(path(u"never.zip"_s), {{u"/abs"_s, "x"}}, 0, &error));
        QVERIFY(!QFile::exists(path(u"never.zip"_s)));
    }

    void gpgSignatureVerifiesAndUnknownKeyIsNeverValid()
    {
        QTemporaryDir home(u"/tmp/ddgpgXXXXXX"_s); // short: gpg-agent's socket path
        QTemporaryDir stranger(u"/tmp/ddgpgXXXXXX"_s);
        QVERIFY(home.isValid() && stranger.isValid());
        QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(stranger.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray saved = qgetenv("GNUPGHOME");
        auto restore = qScopeGuard([&] {
            for (const QString &h : {home.path(), stranger.path()}) {
                qputenv("GNUPGHOME", QFile::encodeName(h));
                run(u"gpgconf"_s, {u"--kill"_s, u"all"_s});
            }
            if (saved.isEmpty())
                qunsetenv("GNUPGHOME");
            else
                qputenv("GNUPGHOME", saved);
        });
        qputenv("GNUPGHOME", QFile::encodeName(home.path()));
        const Run gen = run(u"gpg"_s, {u"--batch"_s, u"--passphrase"_s, u""_s, u"--quick-gen-key"_s,
                                       u"Auditor <auditor@example.org>"_s, u"ed25519"_s, u"sign"_s,
                                       u"never"_s});
        QVERIFY2(gen.code == 0, qPrintable(gen.err));

        const QByteArray manifest = manifestOf(sample());
        QString error;
        const auto signature = EvidenceSignature::sign(
            manifest, *EvidenceSignature::parseSigner(u"gpg"_s, &error), &error);
        QVERIFY2(signature, qPrintable(error));
        QVERIFY(signature->startsWith("-----BEGIN PGP SIGNATURE-----"));
        using S = EvidenceSignature::Status;
        auto v = EvidenceSignature::verify(EvidenceSignature::Kind::Gpg, manifest, *signature, {});
        QVERIFY2(v.status == S::Valid, qPrintable(v.detail));
        QVERIFY(v.signer.contains(u"auditor@example.org"_s));
        // MANIFEST changed after signing.
        QByteArray changed = manifest;
        changed[0] = changed[0] == 'a' ? 'b' : 'a';
        v = EvidenceSignature::verify(EvidenceSignature::Kind::Gpg, changed, *signature, {});
        QVERIFY2(v.status == S::Invalid, qPrintable(v.detail));
        // A pack signed and verified whole.
        Files files = withManifest(sample());
        files.append({u"MANIFEST.asc"_s, *signature});
        const QString zipPath = writePack(u"gpg.zip"_s, files);
        auto r = EvidencePackVerifier::verify(zipPath);
        QVERIFY2(r.valid(), qPrintable(problems(r)));
        QCOMPARE(r.signatures.size(), 1);

        // Someone without the key: unknown, never valid.
        qputenv("GNUPGHOME", QFile::encodeName(stranger.path()));
        r = EvidencePackVerifier::verify(zipPath);
        QVERIFY(r.intact);
        QVERIFY(!r.valid());
        QCOMPARE(r.signatures.at(0).status, S::UnknownKey);
        QVERIFY2(r.signatures.at(0).detail.contains(u"not in your keyring"_s),
                 qPrintable(r.signatures.at(0).detail));
        // The key imported but not certified: untrusted, still not valid.
        qputenv("GNUPGHOME", QFile::encodeName(home.path()));
        const Run exported = run(u"gpg"_s, {u"--batch"_s, u"--armor"_s, u"--export"_s});
        QVERIFY(exported.out.contains(u"PUBLIC KEY"_s));
        qputenv("GNUPGHOME", QFile::encodeName(stranger.path()));
        QCOMPARE(run(u"gpg"_s, {u"--batch"_s, u"--import"_s}, {}, exported.out.toUtf8()).code, 0);
        r = EvidencePackVerifier::verify(zipPath);
        QVERIFY(!r.valid());
        QCOMPARE(r.signatures.at(0).status, S::Untrusted);
        // A signature that is not one.
        v = EvidenceSignature::verify(EvidenceSignature::Kind::Gpg, manifest, "garbage", {});
        QVERIFY(v.status != S::Valid);
    }

    void sshSignatureVerifiesOnlyForAllowedSigners()
    {
        const QString key = path(u"id_ed25519"_s);
        QCOMPARE(run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-C"_s,
                                       u"auditor"_s, u"-f"_s, key})
                     .code,
                 0);
        const QString other = path(u"id_other"_s);
        QCOMPARE(
            run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, other})
                .code,
            0);
        auto allowedFor = [this](const QString &name, const QString &publicKey) {
            QFile pub(publicKey);
            pub.open(QIODevice::ReadOnly);
            const QByteArray line = "auditor@example.org namespaces=\"drilldeck-evidence\" " +
                                    pub.readAll().trimmed() + '\n';
            QFile f(path(name));
            f.open(QIODevice::WriteOnly);
            f.write(line);
            return f.fileName();
        };
        const QString allowed = allowedFor(u"allowed_signers"_s, key + u".pub"_s);
        const QString allowedOther = allowedFor(u"allowed_other"_s, other + u".pub"_s);

        QString error;
        const auto signer = EvidenceSignature::parseSigner(u"ssh:"_s + key, &error);
        QVERIFY2(signer, qPrintable(error));
        const QByteArray manifest = manifestOf(sample());
        const auto signature = EvidenceSignature::sign(manifest, *signer, &error);
        QVERIFY2(signature, qPrintable(error));
        QVERIFY(signature->startsWith("-----BEGIN SSH SIGNATURE-----"));
        using S = EvidenceSignature::Status;
        const auto kind = EvidenceSignature::Kind::Ssh;
        auto v = EvidenceSignature::verify(kind, manifest, *signature, allowed);
        QVERIFY2(v.status == S::Valid, qPrintable(v.detail));
        QCOMPARE(v.signer, u"auditor@example.org"_s);
        v = EvidenceSignature::verify(kind, manifest, *signature, {});
        QVERIFY2(v.status == S::UnknownKey && v.detail.contains(u"SHA256:"_s),
                 qPrintable(v.detail));
        v = EvidenceSignature::verify(kind, manifest, *signature, allowedOther);
        QVERIFY2(v.status == S::UnknownKey, qPrintable(v.detail));
        QByteArray changed = manifest;
        changed.append("0000000000000000000000000000000000000000000000000000000000000000  x\n");
        v = EvidenceSignature::verify(kind, changed, *signature, allowed);
        QVERIFY2(v.status == S::Invalid, qPrintable(v.detail));

        Files files = withManifest(sample());
        files.append({u"MANIFEST.sig"_s, *signature});
        const QString zipPath = writePack(u"ssh.zip"_s, files);
        EvidencePackVerifier::Options options;
        options.allowedSigners = allowed;
        QVERIFY(EvidencePackVerifier::verify(zipPath, options).valid());
        const auto unknown = EvidencePackVerifier::verify(zipPath);
        QVERIFY(unknown.intact && !unknown.valid());

        QVERIFY(!EvidenceSignature::parseSigner(u"ssh:"_s + path(u"none"_s), &error));
        QVERIFY2(error.contains(u"not a readable file"_s), qPrintable(error));
        QVERIFY(!EvidenceSignature::parseSigner(u"pgp"_s, &error));
        QVERIFY2(error.contains(u"gpg, gpg:KEYID or ssh:KEYFILE"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEvidencePack)
#include "tst_evidencepack.moc"
