// Checks an evidence pack it may not have written: every entry a regular file with a safe
// relative path (no '..', absolute path, symbolic link, device, encryption or duplicate), sizes
// and compression ratios bounded (a zip bomb is refused before it is inflated), every file
// streamed through SHA-256 in small chunks and compared with MANIFEST, nothing missing and
// nothing extra, and the signature of MANIFEST when there is one. Nothing is ever extracted:
// the pack is read in place, and memory stays bounded by the chunk and MANIFEST's limit.
#pragma once

#include "evidencemanifest.h"
#include "evidencesignature.h"

#include <QList>
#include <QString>
#include <QStringList>

class EvidencePackVerifier
{
public:
    struct Limits
    {
        qint64 maxEntries = 100'000;
        qint64 maxFileBytes = qint64(1) << 30;  // one file, inflated
        qint64 maxTotalBytes = qint64(4) << 30; // every file, inflated
        qint64 maxRatio = 100;                  // inflated : compressed, above ratioFloor
        qint64 ratioFloor = qint64(1) << 20;    // smaller files may compress as they like
        qint64 maxManifestBytes = qint64(16) << 20;
        qint64 maxSignatureBytes = qint64(64) << 10;
    };
    struct Options
    {
        QString allowedSigners; // for an SSH signature
        Limits limits;
    };
    struct Result
    {
        // Every entry safe, every file listed in MANIFEST with its hash, none missing.
        bool intact = false;
        QStringList problems;                              // each a sentence naming the file
        int files = 0;                                     // files checked against MANIFEST
        qint64 bytes = 0;                                  // their bytes
        QList<EvidenceSignature::Verification> signatures; // MANIFEST.asc, MANIFEST.sig
        bool signed_() const { return !signatures.isEmpty(); }
        // intact and every signature valid
        bool valid() const;
    };

    static Result verify(const QString &zipPath, const Options &options);
    static Result verify(const QString &zipPath); // default options
    // The names a pack may hold besides the files MANIFEST lists.
    static bool isManifestOrSignature(const QString &path);
};
