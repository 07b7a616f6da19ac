#include "evidencezipwriter.h"

#include "evidencemanifest.h"
#include "outputfile.h"

#include <QCoreApplication>
#include <QSet>

#include <zip.h>

#include <sys/stat.h>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceZipWriter)
};

QString zipError(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString archiveError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}
} // namespace

QByteArray EvidenceZipWriter::archive(const QList<File> &files, qint64 timeMs, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = Text::tr("cannot build the zip archive: %1").arg(why);
        return QByteArray();
    };
    QSet<QString> seen;
    for (const File &file : files) {
        if (const QString problem = EvidenceManifest::pathProblem(file.path); !problem.isEmpty())
            return fail(Text::tr("`%1` has %2").arg(file.path, problem));
        if (seen.contains(file.path))
            return fail(Text::tr("`%1` is given twice").arg(file.path));
        seen.insert(file.path);
    }
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zerror);
    if (!buffer) {
        const QString why = zipError(&zerror);
        zip_error_fini(&zerror);
        return fail(why);
    }
    zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerror);
    if (!zip) {
        const QString why = zipError(&zerror);
        zip_error_fini(&zerror);
        zip_source_free(buffer);
        return fail(why);
    }
    zip_error_fini(&zerror);
    zip_source_keep(buffer); // read back after zip_close
    const time_t mtime = time_t(timeMs / 1000);
    for (const File &file : files) {
        // The bytes stay alive in files until zip_close() has read them.
        zip_source_t *source =
            zip_source_buffer(zip, file.bytes.constData(), zip_uint64_t(file.bytes.size()), 0);
        const QByteArray name = file.path.toUtf8();
        const zip_int64_t index =
            source ? zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            const QString why = archiveError(zip);
            if (source)
                zip_source_free(source);
            zip_discard(zip);
            zip_source_free(buffer);
            return fail(why);
        }
        const auto i = zip_uint64_t(index);
        zip_set_file_compression(zip, i, file.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_mtime(zip, i, mtime, 0);
        zip_file_set_external_attributes(zip, i, 0, ZIP_OPSYS_UNIX,
                                         zip_uint32_t(S_IFREG | 0644) << 16);
    }
    if (zip_close(zip) != 0) {
        const QString why = archiveError(zip);
        zip_discard(zip);
        zip_source_free(buffer);
        return fail(why);
    }
    QByteArray bytes;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            bytes.resize(qsizetype(size));
            if (zip_source_read(buffer, bytes.data(), zip_uint64_t(size)) != size)
                bytes.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (bytes.isEmpty())
        return fail(Text::tr("the archive could not be read back from memory"));
    return bytes;
}

bool EvidenceZipWriter::write(const QString &path, const QList<File> &files, qint64 timeMs,
                              QString *error)
{
    const QByteArray bytes = archive(files, timeMs, error);
    if (bytes.isEmpty())
        return false;
    return OutputFile::write(path, bytes, error);
}
