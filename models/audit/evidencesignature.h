// The optional detached signature of an evidence pack's MANIFEST, made and checked by the
// system's own tools: OpenPGP (`gpg --detach-sign`, MANIFEST.asc) or SSH (`ssh-keygen -Y sign -n
// drilldeck-evidence`, MANIFEST.sig). A signature by a key the verifier does not know or trust
// is reported as such, never as valid.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class EvidenceSignature
{
public:
    enum class Kind { Gpg, Ssh };
    enum class Status {
        Valid,      // a good signature by a key the verifier trusts
        Invalid,    // the signature does not match MANIFEST (or is not a signature)
        UnknownKey, // good or not, by a key the verifier does not have
        Untrusted,  // good, by a key the keyring has but does not trust
        Unchecked,  // the tool is missing or failed: nothing can be said
    };
    struct Signer
    {
        Kind kind = Kind::Gpg;
        QString key; // gpg: a key id, fingerprint or user id (empty: gpg's default key);
                     // ssh: the private key file
    };
    struct Verification
    {
        Kind kind = Kind::Gpg;
        Status status = Status::Unchecked;
        QString signer; // the key or user the tool names, when it names one
        QString detail; // one sentence for people
    };
    static constexpr auto sshNamespace = "drilldeck-evidence";

    static QString fileName(Kind kind); // MANIFEST.asc, MANIFEST.sig
    static std::optional<Kind> kindOfFile(const QString &name);
    static QString statusName(Status status); // valid, invalid, unknown-key, untrusted, unchecked
    // gpg, gpg:KEYID or ssh:KEYFILE; nullopt and error says what is right.
    static std::optional<Signer> parseSigner(const QString &spec, QString *error);
    // The detached signature of manifest, or nullopt and error says why.
    static std::optional<QByteArray> sign(const QByteArray &manifest, const Signer &signer,
                                          QString *error);
    // allowedSigners: for ssh, an allowed_signers file (ssh-keygen(1)); without one every SSH key
    // is unknown. gpg uses its keyring (GNUPGHOME).
    static Verification verify(Kind kind, const QByteArray &manifest, const QByteArray &signature,
                               const QString &allowedSigners);
};
