#include "csvexport.h"

#include <QAbstractItemModel>
#include <QStringList>

using namespace Qt::StringLiterals;

QString CsvExport::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString CsvExport::toCsv(const QAbstractItemModel &model)
{
    QString text;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << field(model.headerData(c, Qt::Horizontal).toString());
    text += cells.join(u',') + u'\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << field(model.data(model.index(r, c)).toString());
        text += cells.join(u',') + u'\n';
    }
    return text;
}
