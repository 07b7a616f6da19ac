// Writes the evidence pack's zip with libzip: every file a regular file (mode 0644) with the
// pack's time, text deflated, images (already compressed) stored. The archive is built in
// memory and written through OutputFile: complete, or no file at all.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class EvidenceZipWriter
{
public:
    struct File
    {
        QString path; // inside the pack (EvidenceManifest::pathProblem is empty)
        QByteArray bytes;
        bool compress = true; // false: stored as is (PNG, JPEG)
    };

    // The archive's bytes, or empty and error says why.
    static QByteArray archive(const QList<File> &files, qint64 timeMs, QString *error);
    // archive() written to path (OutputFile); false and error says why.
    static bool write(const QString &path, const QList<File> &files, qint64 timeMs, QString *error);
};
