#include "interfacedates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// The default locale's numeric date with a four-digit year, or ISO 8601 for English and C.
QString dateFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return u"yyyy-MM-dd"_s;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}
} // namespace

QString InterfaceDates::date(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

QString InterfaceDates::dateTime(const QDateTime &dateTime)
{
    return QLocale().toString(dateTime, dateFormat() + u" HH:mm"_s);
}
