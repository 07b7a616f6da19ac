// The rows of any table model as CSV (RFC 4180): the horizontal headers, then one line per row,
// the display text of each cell. Every CSV DrillDeck writes goes through field(), which also
// neutralises spreadsheet formulas (docs/csv.md).
#pragma once

#include <QString>

class QAbstractItemModel;

class CsvExport
{
public:
    static QString toCsv(const QAbstractItemModel &model);
    // One cell: quoted when it needs to be. A cell a spreadsheet would run as a formula (it
    // starts with =, +, -, @, a tab or a carriage return) is written as text: a single quote
    // before it, the whole cell quoted. A plain number ("-12", "-4.5") stays a number. Control
    // characters but line breaks and tabs are shown, never written (ESC as ␛; docs/csv.md).
    static QString field(const QString &value);
};
