// Writes a chart as PNG or SVG, or the model behind it as CSV; the file is complete or untouched,
// and only ever a regular file (OutputFile).
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QChartView;

class ChartExporter
{
public:
    enum class Format { Png, Svg, Csv };

    static QStringList suffixes(); // png, svg, csv
    // From the file name's suffix; nullopt-like false when it has none of them.
    static bool formatOf(const QString &path, Format *format);

    // A view without a parent is resized to size first (a view never shown renders tiny
    // otherwise); a view in a window is written at the size it has.
    static bool writePng(QChartView *view, const QString &path, QSize size, QString *error);
    static bool writeSvg(QChartView *view, const QString &path, QSize size, QString *error);
    static bool writeCsv(const QAbstractItemModel &model, const QString &path, QString *error);
    // By suffix.
    static bool write(QChartView *view, const QAbstractItemModel &model, const QString &path,
                      QSize size, QString *error);
};
