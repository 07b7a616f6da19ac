// The evidence pack's MANIFEST: one line per file, "SHA256  path" (64 lowercase hex digits, two
// spaces, the path inside the pack), sorted by path: the format `sha256sum -c MANIFEST` reads, so
// a pack is checkable without DrillDeck. Paths are checked before they are written or believed:
// relative, '/'-separated, no '..', '.', empty part, backslash or control character.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class EvidenceManifest
{
public:
    static constexpr auto fileName = "MANIFEST";
    struct Entry
    {
        QString path;
        QByteArray sha256; // lowercase hex, 64 characters
        bool operator==(const Entry &) const = default;
    };

    EvidenceManifest() = default;
    explicit EvidenceManifest(QList<Entry> entries);

    const QList<Entry> &entries() const { return m_entries; }
    // The hash the manifest gives for path, or empty.
    QByteArray sha256Of(const QString &path) const;
    // The text of MANIFEST (UTF-8, one line per entry, sorted by path, "\n" after each).
    QByteArray text() const;

    // Reads MANIFEST's text; on a bad line, a duplicate or an unsafe path, nullopt and error
    // says which line and what would be right.
    static std::optional<EvidenceManifest> parse(const QByteArray &text, QString *error);
    // Why path cannot name a file of a pack, or empty.
    static QString pathProblem(const QString &path);
    static QByteArray sha256Hex(const QByteArray &bytes);

private:
    QList<Entry> m_entries; // sorted by path
};
