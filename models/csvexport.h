// The rows of any table model as CSV (RFC 4180): the horizontal headers, then one line per row,
// the display text of each cell.
#pragma once

#include <QString>

class QAbstractItemModel;

class CsvExport
{
public:
    static QString toCsv(const QAbstractItemModel &model);
    static QString field(const QString &value); // quoted when it needs to be
};
