// A file's path as the console shows it: under the user's home folder as ~/…
#include "shownpath.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

QString ShownPath::of(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    for (const QString &home :
         {QDir::cleanPath(QDir::homePath()), QFileInfo(QDir::homePath()).canonicalFilePath()}) {
        if (home.isEmpty() || home == u"/"_s)
            continue;
        if (clean == home)
            return u"~"_s;
        if (clean.startsWith(home + u'/'))
            return QDir::toNativeSeparators(u"~"_s + clean.mid(home.size()));
    }
    return QDir::toNativeSeparators(path);
}
