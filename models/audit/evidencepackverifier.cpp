#include "evidencepackverifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <zip.h>

#include <sys/stat.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePackVerifier)
};

constexpr qint64 chunkBytes = 64 * 1024;
constexpr int maxProblems = 50;

struct ZipCloser
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

struct Entry
{
    zip_uint64_t index = 0;
    QString path;
    qint64 size = 0;
};

// Streams one entry: its SHA-256 (hex) and, when keep, its bytes; at most limit bytes, and never
// more than the entry says it holds. Empty hash and error on failure.
QByteArray readEntry(zip_t *zip, const Entry &entry, qint64 limit, QByteArray *keep, QString *error)
{
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip, entry.index, 0));
    if (!file) {
        *error = Text::tr("`%1` cannot be read: %2")
                     .arg(entry.path, QString::fromUtf8(zip_strerror(zip)));
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            *error = Text::tr("`%1` is damaged: %2")
                         .arg(entry.path, QString::fromUtf8(zip_file_strerror(file.get())));
            return {};
        }
        if (n == 0)
            break;
        total += n;
        if (total > entry.size || total > limit) {
            *error = Text::tr("`%1` inflates to more than the %2 bytes it declares; refused as "
                              "a zip bomb")
                         .arg(entry.path)
                         .arg(entry.size);
            return {};
        }
        hash.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
        if (keep)
            keep->append(chunk.constData(), qsizetype(n));
    }
    if (total != entry.size) {
        *error = Text::tr("`%1` holds %2 bytes, not the %3 it declares; the pack is damaged")
                     .arg(entry.path)
                     .arg(total)
                     .arg(entry.size);
        return {};
    }
    return hash.result().toHex();
}
} // namespace

bool EvidencePackVerifier::Result::valid() const
{
    if (!intact)
        return false;
    for (const auto &s : signatures)
        if (s.status != EvidenceSignature::Status::Valid)
            return false;
    return true;
}

EvidencePackVerifier::Result EvidencePackVerifier::verify(const QString &zipPath)
{
    return verify(zipPath, Options());
}

bool EvidencePackVerifier::isManifestOrSignature(const QString &path)
{
    return path == QLatin1StringView(EvidenceManifest::fileName) ||
           EvidenceSignature::kindOfFile(path).has_value();
}

EvidencePackVerifier::Result EvidencePackVerifier::verify(const QString &zipPath,
                                                          const Options &options)
{
    Result result;
    const Limits &limits = options.limits;
    auto problem = [&result](const QString &text) {
        if (result.problems.size() < maxProblems)
            result.problems << text;
        else if (result.problems.size() == maxProblems)
            result.problems << Text::tr("… and more problems, not listed");
    };
    const QFileInfo info(zipPath);
    if (!info.exists()) {
        problem(Text::tr("%1 does not exist").arg(zipPath));
        return result;
    }
    if (!info.isFile()) {
        problem(Text::tr("%1 is not a regular file").arg(zipPath));
        return result;
    }
    int zerr = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(
        zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &zerr));
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, zerr);
        problem(Text::tr("%1 is not a readable zip archive (%2): it is cut short, damaged or not "
                         "an evidence pack")
                    .arg(zipPath, QString::fromUtf8(zip_error_strerror(&error))));
        zip_error_fini(&error);
        return result;
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0 || count > limits.maxEntries) {
        problem(Text::tr("%1 holds %2 entries, more than the %3 a pack may hold")
                    .arg(zipPath)
                    .arg(count)
                    .arg(limits.maxEntries));
        return result;
    }

    // 1. The entries alone, before a byte is inflated.
    QList<Entry> files;
    QSet<QString> seen;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = zip_uint64_t(i);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip.get(), index, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
            problem(Text::tr("entry %1 cannot be read: %2")
                        .arg(i)
                        .arg(QString::fromUtf8(zip_strerror(zip.get()))));
            continue;
        }
        const QByteArray rawName(st.name);
        QString path = QString::fromUtf8(rawName);
        const bool isDirectory = path.endsWith(u'/');
        const QString checked = isDirectory ? path.chopped(1) : path;
        if (const QString why = EvidenceManifest::pathProblem(checked); !why.isEmpty()) {
            problem(Text::tr("entry `%1` has %2; refused").arg(path, why));
            continue;
        }
        if (seen.contains(path)) {
            problem(Text::tr("entry `%1` is in the archive twice; refused").arg(path));
            continue;
        }
        seen.insert(path);
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(zip.get(), index, 0, &opsys, &attributes) == 0 &&
            opsys == ZIP_OPSYS_UNIX) {
            const mode_t type = mode_t(attributes >> 16) & S_IFMT;
            if (type == S_IFLNK) {
                problem(Text::tr("entry `%1` is a symbolic link; a pack holds regular files "
                                 "only; refused")
                            .arg(path));
                continue;
            }
            if (type != 0 && type != S_IFREG && type != S_IFDIR) {
                problem(Text::tr("entry `%1` is not a regular file (a device, FIFO or socket); "
                                 "refused")
                            .arg(path));
                continue;
            }
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            problem(Text::tr("entry `%1` is encrypted; a pack is not").arg(path));
            continue;
        }
        const qint64 size = qint64(st.size);
        const qint64 compressed = qint64(st.comp_size);
        if (isDirectory) {
            if (size != 0)
                problem(Text::tr("entry `%1` is a folder with content; refused").arg(path));
            continue;
        }
        if (size > limits.maxFileBytes || size < 0) {
            problem(Text::tr("entry `%1` declares %2 bytes, more than the %3 a file of a pack may "
                             "have; refused as a possible zip bomb")
                        .arg(path)
                        .arg(qulonglong(st.size))
                        .arg(limits.maxFileBytes));
            continue;
        }
        if (size > limits.ratioFloor && (compressed <= 0 || size / compressed > limits.maxRatio)) {
            problem(Text::tr("entry `%1` inflates %2 bytes to %3 (more than %4 times); refused as "
                             "a zip bomb")
                        .arg(path)
                        .arg(compressed)
                        .arg(size)
                        .arg(limits.maxRatio));
            continue;
        }
        total += size;
        files.append({index, path, size});
    }
    if (total > limits.maxTotalBytes)
        problem(Text::tr("the files inflate to %1 bytes in all, more than the %2 a pack may "
                         "hold; refused as a zip bomb")
                    .arg(total)
                    .arg(limits.maxTotalBytes));
    if (!result.problems.isEmpty())
        return result; // a hostile archive: not a byte of it is inflated

    // 2. MANIFEST and the signatures.
    const auto manifestEntry = std::find_if(files.cbegin(), files.cend(), [](const Entry &e) {
        return e.path == QLatin1StringView(EvidenceManifest::fileName);
    });
    if (manifestEntry == files.cend()) {
        problem(Text::tr("%1 has no MANIFEST: it is not an evidence pack, or MANIFEST was "
                         "removed")
                    .arg(zipPath));
        return result;
    }
    QByteArray manifestText;
    QString error;
    if (manifestEntry->size > limits.maxManifestBytes) {
        problem(Text::tr("MANIFEST has %1 bytes, more than the %2 it may have")
                    .arg(manifestEntry->size)
                    .arg(limits.maxManifestBytes));
        return result;
    }
    if (readEntry(zip.get(), *manifestEntry, limits.maxManifestBytes, &manifestText, &error)
            .isEmpty()) {
        problem(error);
        return result;
    }
    const std::optional<EvidenceManifest> manifest = EvidenceManifest::parse(manifestText, &error);
    if (!manifest) {
        problem(error);
        return result;
    }

    // 3. Every file against MANIFEST, streamed.
    QHash<QString, QByteArray> listed;
    for (const EvidenceManifest::Entry &e : manifest->entries())
        listed.insert(e.path, e.sha256);
    for (const Entry &entry : std::as_const(files)) {
        if (entry.path == QLatin1StringView(EvidenceManifest::fileName))
            continue;
        if (const auto kind = EvidenceSignature::kindOfFile(entry.path)) {
            QByteArray signature;
            if (entry.size > limits.maxSignatureBytes ||
                readEntry(zip.get(), entry, limits.maxSignatureBytes, &signature, &error)
                    .isEmpty()) {
                problem(entry.size > limits.maxSignatureBytes
                            ? Text::tr("`%1` is too large to be a signature").arg(entry.path)
                            : error);
                continue;
            }
            result.signatures << EvidenceSignature::verify(*kind, manifestText, signature,
                                                           options.allowedSigners);
            continue;
        }
        if (!listed.contains(entry.path)) {
            problem(
                Text::tr("`%1` is in the pack but not in MANIFEST: an extra file").arg(entry.path));
            continue;
        }
        const QByteArray hash = readEntry(zip.get(), entry, limits.maxFileBytes, nullptr, &error);
        if (hash.isEmpty()) {
            problem(error);
        } else if (hash != listed.value(entry.path)) {
            problem(Text::tr("`%1` does not match MANIFEST: it was changed after the pack was "
                             "made (SHA-256 %2, MANIFEST says %3)")
                        .arg(entry.path, QString::fromLatin1(hash),
                             QString::fromLatin1(listed.value(entry.path))));
        } else {
            ++result.files;
            result.bytes += entry.size;
        }
        listed.remove(entry.path);
    }
    QStringList missing = listed.keys();
    missing.sort();
    for (const QString &path : std::as_const(missing))
        problem(Text::tr("`%1` is listed in MANIFEST but missing from the pack").arg(path));
    result.intact = result.problems.isEmpty();
    return result;
}
