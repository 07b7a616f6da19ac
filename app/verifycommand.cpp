#include "verifycommand.h"

#include "commandlineinterface.h"
#include "evidencepackverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
};
} // namespace

int VerifyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Check an evidence pack (from 'drilldeck evidence') without extracting it: every file\n"
        "against the SHA-256 MANIFEST gives, nothing missing and nothing extra; entries with\n"
        "'..', absolute paths, symbolic links, a zip bomb or a cut archive are refused. A\n"
        "signature of MANIFEST is checked too: MANIFEST.asc with your gpg keyring,\n"
        "MANIFEST.sig with an allowed signers file (ssh-keygen(1)). A signature by a key you do\n"
        "not have or trust is reported as such, never as valid.\n"
        "Exit status: 0 when the pack is intact and every signature is valid, 1 otherwise,\n"
        "2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption allowed(
        u"allowed-signers"_s,
        Text::tr("The SSH keys you trust, in ssh-keygen's allowed signers format."), u"FILE"_s);
    parser.addOptions({help, allowed});
    parser.addPositionalArgument(u"verify"_s, Text::tr("The command."));
    parser.addPositionalArgument(u"FILE.zip"_s, Text::tr("The evidence pack."));
    auto usage = [&err](const QString &message) {
        err << "drilldeck verify: " << message << '\n' << "Try 'drilldeck verify --help'.\n";
        return int(CommandLineInterface::UsageError);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] verify FILE.zip"_s,
                                         u"verify FILE.zip [options]"_s);
        return CommandLineInterface::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(Text::tr("say which pack: verify FILE.zip"));
    if (positional.size() > 2)
        return usage(Text::tr("unexpected argument `%1`").arg(positional.at(2)));
    EvidencePackVerifier::Options options;
    if (parser.isSet(allowed)) {
        options.allowedSigners = parser.value(allowed);
        if (!QFileInfo(options.allowedSigners).isFile())
            return usage(Text::tr("--allowed-signers `%1` is not a readable file")
                             .arg(options.allowedSigners));
    }
    const QString path = positional.at(1);
    const EvidencePackVerifier::Result result = EvidencePackVerifier::verify(path, options);
    for (const QString &problem : result.problems)
        err << "drilldeck verify: " << path << ": " << problem << '\n';
    for (const EvidenceSignature::Verification &s : result.signatures) {
        const QString line = Text::tr("signature %1: %2: %3")
                                 .arg(EvidenceSignature::fileName(s.kind),
                                      EvidenceSignature::statusName(s.status), s.detail);
        if (s.status == EvidenceSignature::Status::Valid)
            out << line << '\n';
        else
            err << "drilldeck verify: " << path << ": " << line << '\n';
    }
    if (result.intact)
        out << Text::tr("%1: %2 files, %3 bytes, match MANIFEST")
                   .arg(path)
                   .arg(result.files)
                   .arg(result.bytes)
            << '\n';
    if (!result.valid()) {
        err << "drilldeck verify: " << path << ": "
            << (result.intact ? Text::tr("NOT VERIFIED: the files are intact, the signature is "
                                         "not valid")
                              : Text::tr("INVALID"))
            << '\n';
        return CommandLineInterface::Invalid;
    }
    out << Text::tr("%1: VALID%2")
               .arg(path, result.signed_() ? Text::tr(", signed") : Text::tr(", not signed"))
        << '\n';
    return CommandLineInterface::Success;
}
