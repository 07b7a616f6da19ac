// Assembles one drill's evidence pack and writes it as a zip (EvidenceZipWriter): the PDF and
// HTML reports (ReportExporter), the complete event log, the runbook revision drilled and the one
// saved after it with their diff, each command run's output, the images, the scorecard, action
// items, sign-offs, an index.html that links everything, MANIFEST (SHA-256 of every file) and,
// when asked, MANIFEST's detached signature. In widgets/ because the PDF is printed with them.
// Shared by `drilldeck evidence` and File › Export Evidence…; complete, or no file written.
#pragma once

#include "evidencesignature.h"
#include "evidencezipwriter.h"
#include "reportexporter.h"

#include <QList>
#include <QString>

#include <optional>

class StoreConnection;

class EvidencePackExporter
{
public:
    struct Options
    {
        bool exampleData = false; // the report's charts say "example data"
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        std::optional<EvidenceSignature::Signer> signer;
        qint64 nowMs = 0; // the pack's time; 0: now
    };
    using Progress = ReportExporter::Progress;
    enum class Result { Written, Failed, Cancelled };

    // Every file of the pack but MANIFEST's signature, in the order index.html lists them,
    // then index.html and MANIFEST; nullopt and error says why (cancelled: error is empty).
    static std::optional<QList<EvidenceZipWriter::File>>
    files(StoreConnection &database, qint64 drillId, const Options &options,
          const Progress &progress, QString *error);
    static Result write(StoreConnection &database, qint64 drillId, const QString &path,
                        const Options &options, const Progress &progress, QString *error);
    // A file name to offer: drill-17-evidence.zip
    static QString suggestedFileName(qint64 drillId);
};
