#include "csvexport.h"

#include "terminaltext.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// What a spreadsheet reads as a number, not as a formula: an optional minus, digits, an
// optional fraction and exponent ("-12", "-4.5", "-1e-05").
bool isPlainNumber(const QString &value)
{
    static const QRegularExpression number(u"\\A-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?\\z"_s);
    return number.match(value).hasMatch();
}

// OWASP's list of the characters that start a formula (CSV injection).
bool startsAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r') &&
           !isPlainNumber(value);
}

// A control character would act on the terminal a CSV is printed to (retitle it, clear it, move
// the cursor back over the line): it is shown instead (docs/csv.md). Line breaks and tabs are
// data a spreadsheet keeps and a terminal only lays out.
QString withoutControlCharacters(const QString &value)
{
    QString shown;
    for (const QChar c : value) {
        if (c == u'\n' || c == u'\t' || !TerminalText::isUnsafe(c.unicode()))
            shown += c;
        else
            shown += TerminalText::sanitise(QString(c));
    }
    return shown;
}

QString quoted(const QString &value)
{
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}
} // namespace

QString CsvExport::field(const QString &raw)
{
    const QString value = withoutControlCharacters(raw);
    if (startsAFormula(value))
        return quoted(u'\'' + value);
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return quoted(value);
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
