#include "evidencesignature.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSignature)
};

struct Run
{
    bool started = false;
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString error;
};

// Runs program with input on its standard input; never through a shell.
Run run(const QString &program, const QStringList &arguments, const QByteArray &input,
        int timeoutMs)
{
    Run result;
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty()) {
        result.error = Text::tr("%1 is not installed (not found on PATH)").arg(program);
        return result;
    }
    QProcess process;
    process.start(found, arguments);
    if (!process.waitForStarted(10'000)) {
        result.error = Text::tr("%1 did not start: %2").arg(program, process.errorString());
        return result;
    }
    result.started = true;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        result.error = Text::tr("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        result.error = Text::tr("%1 crashed").arg(program);
    return result;
}

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
}

EvidenceSignature::Verification verifyGpg(const QByteArray &manifest, const QByteArray &signature)
{
    using V = EvidenceSignature::Verification;
    using S = EvidenceSignature::Status;
    const auto kind = EvidenceSignature::Kind::Gpg;
    QTemporaryDir dir;
    QFile file(dir.filePath(u"MANIFEST.asc"_s));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(signature) != signature.size() || !file.flush())
        return V{
            kind, S::Unchecked, {}, Text::tr("cannot write the signature to a temporary folder")};
    file.close();
    const Run r = run(u"gpg"_s,
                      {u"--batch"_s, u"--no-tty"_s, u"--status-fd"_s, u"1"_s, u"--verify"_s,
                       file.fileName(), u"-"_s},
                      manifest, 60'000);
    if (!r.started || !r.error.isEmpty())
        return V{kind, S::Unchecked, {}, r.error};
    QHash<QByteArray, QByteArray> status; // keyword -> the rest of its line
    for (const QByteArray &line : r.out.split('\n'))
        if (line.startsWith("[GNUPG:] ")) {
            const QByteArray rest = line.mid(9);
            const qsizetype space = rest.indexOf(' ');
            status.insert(space < 0 ? rest : rest.left(space),
                          space < 0 ? QByteArray() : rest.mid(space + 1));
        }
    if (status.contains("NO_PUBKEY") || (status.contains("ERRSIG") && !status.contains("BADSIG"))) {
        const QString key = QString::fromUtf8(status.value("NO_PUBKEY", status.value("ERRSIG")))
                                .section(u' ', 0, 0);
        return V{kind, S::UnknownKey, key,
                 Text::tr("signed by OpenPGP key %1, which is not in your keyring: the "
                          "signature cannot be checked; import the signer's key and verify "
                          "again")
                     .arg(key)};
    }
    if (status.contains("BADSIG"))
        return V{kind, S::Invalid, QString::fromUtf8(status.value("BADSIG")),
                 Text::tr("BAD signature: MANIFEST was changed after it was signed, or the "
                          "signature belongs to another file")};
    if (!status.contains("GOODSIG") || !status.contains("VALIDSIG") || r.code != 0) {
        if (status.contains("EXPKEYSIG") || status.contains("REVKEYSIG") ||
            status.contains("EXPSIG"))
            return V{
                kind, S::Untrusted, {}, Text::tr("the signature is by an expired or revoked key")};
        return V{kind,
                 S::Invalid,
                 {},
                 Text::tr("not a valid OpenPGP signature: %1").arg(lastLine(r.err))};
    }
    const QByteArray good = status.value("GOODSIG");
    const QString signer = QString::fromUtf8(good.mid(good.indexOf(' ') + 1));
    const QString fingerprint = QString::fromUtf8(status.value("VALIDSIG")).section(u' ', 0, 0);
    if (!status.contains("TRUST_FULLY") && !status.contains("TRUST_ULTIMATE"))
        return V{kind, S::Untrusted, signer,
                 Text::tr("a good signature by %1 (key %2), but your keyring does not trust "
                          "that key; certify it (gpg --lsign-key) once you know it is theirs")
                     .arg(signer, fingerprint)};
    return V{kind, S::Valid, signer,
             Text::tr("a good signature by %1 (key %2)").arg(signer, fingerprint)};
}

EvidenceSignature::Verification verifySsh(const QByteArray &manifest, const QByteArray &signature,
                                          const QString &allowedSigners)
{
    using V = EvidenceSignature::Verification;
    using S = EvidenceSignature::Status;
    const auto kind = EvidenceSignature::Kind::Ssh;
    const QString ns = QString::fromLatin1(EvidenceSignature::sshNamespace);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"MANIFEST.sig"_s));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(signature) != signature.size() || !file.flush())
        return V{
            kind, S::Unchecked, {}, Text::tr("cannot write the signature to a temporary folder")};
    file.close();
    // First whether the signature matches MANIFEST at all, whoever made it.
    const Run check = run(u"ssh-keygen"_s,
                          {u"-Y"_s, u"check-novalidate"_s, u"-n"_s, ns, u"-s"_s, file.fileName()},
                          manifest, 30'000);
    if (!check.started || !check.error.isEmpty())
        return V{kind, S::Unchecked, {}, check.error};
    const QString said = QString::fromUtf8(check.out + check.err);
    const QRegularExpressionMatch keyMatch =
        QRegularExpression(u"(SHA256:[A-Za-z0-9+/=]+)"_s).match(said);
    const QString fingerprint = keyMatch.hasMatch() ? keyMatch.captured(1) : QString();
    if (check.code != 0)
        return V{kind, S::Invalid, fingerprint,
                 Text::tr("BAD signature: MANIFEST was changed after it was signed, or this "
                          "is not an SSH signature in namespace %1 (%2)")
                     .arg(ns, lastLine(check.out + check.err))};
    if (allowedSigners.isEmpty())
        return V{kind, S::UnknownKey, fingerprint,
                 Text::tr("signed by SSH key %1, which nobody vouched for: give "
                          "--allowed-signers FILE listing the keys you trust")
                     .arg(fingerprint)};
    if (!QFileInfo(allowedSigners).isFile())
        return V{
            kind, S::Unchecked, fingerprint,
            Text::tr("the allowed signers file %1 is not a readable file").arg(allowedSigners)};
    const Run find =
        run(u"ssh-keygen"_s,
            {u"-Y"_s, u"find-principals"_s, u"-s"_s, file.fileName(), u"-f"_s, allowedSigners}, {},
            30'000);
    const QString principal = QString::fromUtf8(find.out).section(u'\n', 0, 0).trimmed();
    if (find.code != 0 || principal.isEmpty())
        return V{kind, S::UnknownKey, fingerprint,
                 Text::tr("signed by SSH key %1, which %2 does not list")
                     .arg(fingerprint, allowedSigners)};
    const Run verify = run(u"ssh-keygen"_s,
                           {u"-Y"_s, u"verify"_s, u"-f"_s, allowedSigners, u"-I"_s, principal,
                            u"-n"_s, ns, u"-s"_s, file.fileName()},
                           manifest, 30'000);
    if (verify.code != 0)
        return V{kind, S::Invalid, principal,
                 Text::tr("the signature by %1 does not verify: %2")
                     .arg(principal, lastLine(verify.out + verify.err))};
    return V{kind, S::Valid, principal,
             Text::tr("a good signature by %1 (key %2)").arg(principal, fingerprint)};
}
} // namespace

QString EvidenceSignature::fileName(Kind kind)
{
    return kind == Kind::Gpg ? u"MANIFEST.asc"_s : u"MANIFEST.sig"_s;
}

std::optional<EvidenceSignature::Kind> EvidenceSignature::kindOfFile(const QString &name)
{
    if (name == fileName(Kind::Gpg))
        return Kind::Gpg;
    if (name == fileName(Kind::Ssh))
        return Kind::Ssh;
    return std::nullopt;
}

QString EvidenceSignature::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return u"valid"_s;
    case Status::Invalid:
        return u"invalid"_s;
    case Status::UnknownKey:
        return u"unknown-key"_s;
    case Status::Untrusted:
        return u"untrusted"_s;
    case Status::Unchecked:
        break;
    }
    return u"unchecked"_s;
}

std::optional<EvidenceSignature::Signer> EvidenceSignature::parseSigner(const QString &spec,
                                                                        QString *error)
{
    if (spec == u"gpg")
        return Signer{Kind::Gpg, {}};
    if (spec.startsWith(u"gpg:") && spec.size() > 4)
        return Signer{Kind::Gpg, spec.mid(4)};
    if (spec.startsWith(u"ssh:") && spec.size() > 4) {
        const QString key = spec.mid(4);
        if (!QFileInfo(key).isFile()) {
            if (error)
                *error = Text::tr("the SSH key `%1` is not a readable file").arg(key);
            return std::nullopt;
        }
        return Signer{Kind::Ssh, key};
    }
    if (error)
        *error = Text::tr("--sign must be gpg, gpg:KEYID or ssh:KEYFILE, not `%1`").arg(spec);
    return std::nullopt;
}

std::optional<QByteArray> EvidenceSignature::sign(const QByteArray &manifest, const Signer &signer,
                                                  QString *error)
{
    Run r;
    if (signer.kind == Kind::Gpg) {
        QStringList args{u"--batch"_s,       u"--yes"_s,    u"--armor"_s,
                         u"--detach-sign"_s, u"--output"_s, u"-"_s};
        if (!signer.key.isEmpty())
            args << u"--local-user"_s << signer.key;
        r = run(u"gpg"_s, args, manifest, 120'000);
    } else {
        r = run(u"ssh-keygen"_s,
                {u"-q"_s, u"-Y"_s, u"sign"_s, u"-f"_s, signer.key, u"-n"_s,
                 QString::fromLatin1(sshNamespace)},
                manifest, 120'000);
    }
    const QString tool = signer.kind == Kind::Gpg ? u"gpg"_s : u"ssh-keygen"_s;
    if (!r.error.isEmpty() || r.code != 0 || r.out.isEmpty()) {
        if (error)
            *error = !r.error.isEmpty()
                         ? r.error
                         : Text::tr("%1 could not sign MANIFEST: %2")
                               .arg(tool, lastLine(r.err).isEmpty() ? Text::tr("no signature")
                                                                    : lastLine(r.err));
        return std::nullopt;
    }
    return r.out;
}

EvidenceSignature::Verification EvidenceSignature::verify(Kind kind, const QByteArray &manifest,
                                                          const QByteArray &signature,
                                                          const QString &allowedSigners)
{
    return kind == Kind::Gpg ? verifyGpg(manifest, signature)
                             : verifySsh(manifest, signature, allowedSigners);
}
