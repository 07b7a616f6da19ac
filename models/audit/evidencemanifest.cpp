#include "evidencemanifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceManifest)
};

bool isHex(const QByteArray &hex)
{
    return hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}
} // namespace

EvidenceManifest::EvidenceManifest(QList<Entry> entries) : m_entries(std::move(entries))
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
}

QByteArray EvidenceManifest::sha256Of(const QString &path) const
{
    for (const Entry &e : m_entries)
        if (e.path == path)
            return e.sha256;
    return {};
}

QByteArray EvidenceManifest::text() const
{
    QByteArray out;
    for (const Entry &e : m_entries)
        out += e.sha256 + "  " + e.path.toUtf8() + '\n';
    return out;
}

QString EvidenceManifest::pathProblem(const QString &path)
{
    if (path.isEmpty())
        return Text::tr("an empty path");
    if (path.size() > 255)
        return Text::tr("a path longer than 255 characters");
    if (path.startsWith(u'/') || (path.size() > 1 && path.at(1) == u':'))
        return Text::tr("an absolute path; a pack holds relative paths only");
    if (path.contains(u'\\'))
        return Text::tr("a backslash; a pack separates folders with '/'");
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Text::tr("a control character");
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part == u"..")
            return Text::tr("'..', which would leave the pack's folder");
        if (part.isEmpty() || part == u".")
            return Text::tr("an empty or '.' part; give each folder once, as in a/b.txt");
    }
    return {};
}

QByteArray EvidenceManifest::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

std::optional<EvidenceManifest> EvidenceManifest::parse(const QByteArray &text, QString *error)
{
    auto fail = [error](int line, const QString &what) {
        if (error)
            *error = Text::tr("MANIFEST line %1: %2").arg(line).arg(what);
        return std::nullopt;
    };
    if (!text.isEmpty() && !text.endsWith('\n'))
        return fail(int(text.count('\n')) + 1, Text::tr("the last line has no line end; the "
                                                        "manifest is cut or was edited"));
    QList<Entry> entries;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const int number = int(i) + 1;
        // sha256sum writes "HASH  path" (text mode) or "HASH *path" (binary mode).
        if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*'))
            return fail(number, Text::tr("expected 64 hex digits, two spaces and a path"));
        const QByteArray hash = line.left(64);
        if (!isHex(hash))
            return fail(number, Text::tr("expected a SHA-256 as 64 lowercase hex digits"));
        const QByteArray rawPath = line.mid(66);
        const QString path = QString::fromUtf8(rawPath);
        if (path.toUtf8() != rawPath)
            return fail(number, Text::tr("the path is not UTF-8"));
        if (const QString problem = pathProblem(path); !problem.isEmpty())
            return fail(number, Text::tr("`%1` has %2").arg(path, problem));
        if (seen.contains(path))
            return fail(number, Text::tr("`%1` is listed twice").arg(path));
        seen.insert(path);
        entries.append({path, hash});
    }
    if (entries.isEmpty())
        return fail(1, Text::tr("the manifest lists no file"));
    return EvidenceManifest(std::move(entries));
}
