// `drilldeck verify FILE.zip [--allowed-signers FILE]`: checks an evidence pack without
// extracting it (EvidencePackVerifier): every file against MANIFEST, hostile entries refused,
// MANIFEST's signature when there is one. Exit 0 valid, 1 invalid (or a signature that cannot be
// vouched for), 2 usage.
#pragma once

#include <QStringList>

class QTextStream;

class VerifyCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
