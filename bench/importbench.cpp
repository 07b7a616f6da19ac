#include "importbench.h"

#include "benchtable.h"
#include "markdownrunbookimporter.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

QByteArray ImportBench::generateMarkdown(int steps)
{
    QByteArray md = "# Restore the whole platform\n\nGenerated for the benchmark: every phase of a "
                    "datacenter loss, step by step.\n\n";
    md.reserve(steps * 1400);
    const int perPhase = 40;
    for (int i = 0; i < steps; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % perPhase == 0)
            md +=
                "## Phase " + QByteArray::number(i / perPhase) + ": bring part " + n + " back\n\n";
        md += "### Restore part " + n + " of the service\n\n";
        md += "Role: driver\nExpected: 1h30m\nVerify: `curl -fsS https://example.test/health/" + n +
              "` answers 200.\n\n";
        md += "Run the restore for part " + n +
              " from the **latest** backup, and watch the log while it runs. If the backup is "
              "older than a day, stop and tell the facilitator: the RPO is at stake, and the "
              "team decides whether to go on with it or to look for a newer one first.\n\n";
        md += "- check the disk has room for the data and its indexes\n"
              "- keep the old volume until the smoke tests pass\n"
              "- write down anything the runbook did not say\n\n";
        md += "```shell\n./restore.sh --part " + n +
              " --from s3://backups/latest \\\n  --verify --parallel 4\n"
              "tail -f /var/log/restore/part-" +
              n + ".log\n```\n\n";
    }
    return md;
}

void ImportBench::run(BenchTable &table, int steps, int repetitions)
{
    const QByteArray md = generateMarkdown(steps);
    const QString text = QString::fromUtf8(md);
    const auto [ours, floor] = BenchTable::alternatingMedians(
        repetitions,
        [&md, steps] {
            const MarkdownImport result = MarkdownRunbookImporter::importText(md, u"bench.md"_s);
            if (!result.ok() || result.runbook->stepCount() != steps)
                qFatal("the generated Markdown did not import: %s",
                       qPrintable(result.diagnostics.value(0).toString()));
        },
        [&text] {
            // The floor: Qt's own Markdown reader (md4c) into a document, nothing else.
            QTextDocument document;
            document.setMarkdown(text);
            if (document.isEmpty())
                qFatal("QTextDocument read nothing");
        });
    table.add({u"import a %1 MB Markdown runbook (%2 steps) into a validated runbook (median of "
               u"%3)"_s.arg(double(md.size()) / (1024 * 1024), 0, 'f', 1)
                   .arg(steps)
                   .arg(repetitions),
               u"ms"_s, ours, floor,
               u"ratio ≤ 2 (floor: QTextDocument::setMarkdown of the same text)"_s});
}
