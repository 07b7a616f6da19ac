#include "reportexporter.h"

#include "drillreport.h"
#include "drillreportcomposer.h"
#include "htmlreportwriter.h"
#include "markdownreportwriter.h"
#include "outputfile.h"
#include "pdfreportwriter.h"
#include "periodchartrenderer.h"
#include "periodreport.h"
#include "periodreportcomposer.h"
#include "reportchartrenderer.h"
#include "reportdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportExporter", text);
}

QByteArray png(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// Files written together: each appears complete, and all of them or none.
class FileSet
{
public:
    bool add(const QString &path, const QByteArray &bytes, QString *error)
    {
        auto file = std::make_unique<OutputFile>(path);
        if (!file->open() || !file->write(bytes)) {
            *error = file->errorString();
            return false;
        }
        m_files.push_back(std::move(file));
        return true;
    }
    // The last file is the one the user asked for: it is committed last, and when any commit
    // fails, the files committed before it are removed again.
    bool commit(QString *error)
    {
        QStringList committed;
        for (auto &file : m_files) {
            if (!file->commit()) {
                *error = file->errorString();
                for (const QString &path : std::as_const(committed))
                    QFile::remove(path);
                return false;
            }
            committed << file->path();
        }
        return true;
    }

private:
    std::vector<std::unique_ptr<OutputFile>> m_files; // destroyed uncommitted: nothing written
};
} // namespace

QStringList ReportExporter::formatNames()
{
    return {u"md"_s, u"html"_s, u"pdf"_s};
}

std::optional<ReportExporter::Format> ReportExporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"html" || n == u"htm")
        return Format::Html;
    if (n == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

std::optional<ReportExporter::Format> ReportExporter::formatOfPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString ReportExporter::suffix(Format format)
{
    return formatNames().at(int(format));
}

QString ReportExporter::chartPath(const QString &markdownPath, const QString &chartId)
{
    const QFileInfo info(markdownPath);
    return info.dir().filePath(info.completeBaseName() + u'-' + chartId + u".png"_s);
}

namespace {
// The drill report's charts with the given document (empty when only the charts are wanted).
ReportExporter::Composed composed(const DrillReport &report, ReportDocument document)
{
    return {std::move(document), ReportChartRenderer::chartIds(report),
            [&report](const QString &id, QSize size, bool exampleData) {
                return ReportChartRenderer::render(report, id, size, exampleData);
            }};
}
} // namespace

ReportExporter::Composed ReportExporter::composed(const DrillReport &report)
{
    return ::composed(report, DrillReportComposer::compose(report));
}

ReportExporter::Composed ReportExporter::composed(const PeriodReport &report)
{
    return {PeriodReportComposer::compose(report), PeriodChartRenderer::chartIds(report),
            [&report](const QString &id, QSize size, bool exampleData) {
                return PeriodChartRenderer::render(report, id, size, exampleData);
            }};
}

QHash<QString, QImage> ReportExporter::renderCharts(const DrillReport &report,
                                                    const Options &options,
                                                    const Progress &progress)
{
    const Composed charts = ::composed(report, ReportDocument());
    return renderCharts(charts, options, progress);
}

QHash<QString, QImage> ReportExporter::renderCharts(const Composed &report, const Options &options,
                                                    const Progress &progress)
{
    QHash<QString, QImage> charts;
    const QStringList &ids = report.chartIds;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress &&
            !progress(int(i), int(ids.size()) + 2, tr("Drawing the %1 chart").arg(ids[i])))
            return {};
        charts.insert(ids[i], report.drawChart(ids[i], options.chartSize, options.exampleData));
    }
    return charts;
}

QString ReportExporter::html(const DrillReport &report, const QHash<QString, QImage> &charts)
{
    QHash<QString, QString> sources;
    for (auto it = charts.cbegin(); it != charts.cend(); ++it)
        sources.insert(it.key(), HtmlReportWriter::dataUri(png(it.value())));
    return HtmlReportWriter::write(DrillReportComposer::compose(report), sources);
}

ReportExporter::Result ReportExporter::write(const DrillReport &report, const QString &path,
                                             const Options &options, const Progress &progress,
                                             QString *error)
{
    return write(composed(report), path, options, progress, error);
}

ReportExporter::Result ReportExporter::write(const Composed &report, const QString &path,
                                             const Options &options, const Progress &progress,
                                             QString *error)
{
    QString problem;
    const QStringList &ids = report.chartIds;
    const int total = int(ids.size()) + 2;
    bool cancelled = false;
    const Progress counting = [&](int done, int, const QString &stage) {
        cancelled = progress && !progress(done, total, stage);
        return !cancelled;
    };
    const QHash<QString, QImage> charts = renderCharts(report, options, counting);
    if (cancelled)
        return Result::Cancelled;
    if (!counting(total - 2, total, tr("Writing the report")))
        return Result::Cancelled;

    const ReportDocument &document = report.document;
    FileSet files;
    bool ok = true;
    switch (options.format) {
    case Format::Markdown: {
        QHash<QString, QString> names;
        for (auto it = charts.cbegin(); it != charts.cend() && ok; ++it) {
            const QString chart = chartPath(path, it.key());
            names.insert(it.key(), QFileInfo(chart).fileName());
            ok = files.add(chart, png(it.value()), &problem);
        }
        ok = ok && files.add(path, MarkdownReportWriter::write(document, names).toUtf8(), &problem);
        break;
    }
    case Format::Html: {
        QHash<QString, QString> sources;
        for (auto it = charts.cbegin(); it != charts.cend(); ++it)
            sources.insert(it.key(), HtmlReportWriter::dataUri(png(it.value())));
        ok = files.add(path, HtmlReportWriter::write(document, sources).toUtf8(), &problem);
        break;
    }
    case Format::Pdf: {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        ok = PdfReportWriter::write(document, charts, options.pageSize, &pdf, &problem) &&
             files.add(path, pdf.data(), &problem);
        break;
    }
    }
    if (ok && !counting(total - 1, total, tr("Saving %1").arg(QFileInfo(path).fileName())))
        return Result::Cancelled;
    if (!ok || !files.commit(&problem)) {
        if (error)
            *error = problem;
        return Result::Failed;
    }
    if (progress)
        progress(total, total, tr("Done"));
    return Result::Written;
}
