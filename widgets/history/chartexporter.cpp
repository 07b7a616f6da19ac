#include "chartexporter.h"

#include "csvexport.h"
#include "outputfile.h"

#include <QtCharts/QChartView>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

// A view of its own takes the size asked for; a view in a window keeps the size it shows.
QSize prepare(QChartView *view, QSize size)
{
    if (!view->parentWidget() && size.isValid())
        view->resize(size);
    view->grab(); // lays the chart out at this size
    return view->size();
}
} // namespace

QStringList ChartExporter::suffixes()
{
    return {u"png"_s, u"svg"_s, u"csv"_s};
}

bool ChartExporter::formatOf(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        *format = Format::Png;
    else if (suffix == u"svg")
        *format = Format::Svg;
    else if (suffix == u"csv")
        *format = Format::Csv;
    else
        return false;
    return true;
}

bool ChartExporter::writePng(QChartView *view, const QString &path, QSize size, QString *error)
{
    prepare(view, size);
    const QPixmap pixmap = view->grab();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!pixmap.save(&buffer, "PNG")) {
        if (error)
            *error = tr("cannot encode the chart as PNG");
        return false;
    }
    return OutputFile::write(path, buffer.data(), error);
}

bool ChartExporter::writeSvg(QChartView *view, const QString &path, QSize size, QString *error)
{
    size = prepare(view, size);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(view->chart() ? view->chart()->title() : QString());
    generator.setDescription(tr("Exported by DrillDeck"));
    {
        QPainter painter(&generator);
        view->render(&painter);
    }
    return OutputFile::write(path, buffer.data(), error);
}

bool ChartExporter::writeCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    return OutputFile::write(path, CsvExport::toCsv(model).toUtf8(), error);
}

bool ChartExporter::write(QChartView *view, const QAbstractItemModel &model, const QString &path,
                          QSize size, QString *error)
{
    Format format;
    if (!formatOf(path, &format)) {
        if (error)
            *error = tr("unknown format of %1; use .png, .svg or .csv").arg(path);
        return false;
    }
    switch (format) {
    case Format::Png:
        return writePng(view, path, size, error);
    case Format::Svg:
        return writeSvg(view, path, size, error);
    case Format::Csv:
        return writeCsv(model, path, error);
    }
    return false;
}
