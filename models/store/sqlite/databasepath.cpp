#include "databasepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString DatabasePath::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).absoluteFilePath(QString::fromLatin1(fileName));
}

QCommandLineOption DatabasePath::option()
{
    return QCommandLineOption(
        u"db"_s,
        QCoreApplication::translate("DatabasePath", "The DrillDeck database file (default: %1).")
            .arg(defaultPath()),
        u"PATH"_s);
}

QString DatabasePath::resolve(const QString &optionValue)
{
    if (!optionValue.isEmpty())
        return canonical(optionValue);
    const QString remembered = QSettings().value(QLatin1StringView(settingsKey)).toString();
    return canonical(remembered.isEmpty() ? defaultPath() : remembered);
}

QString DatabasePath::canonical(const QString &path)
{
    QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // A link to a file not created yet: the file will be created where the link points.
    for (int depth = 0; depth < 40; ++depth) {
        const QFileInfo info(absolute);
        if (!info.isSymLink() || info.exists())
            break;
        absolute = QDir::cleanPath(info.absoluteDir().absoluteFilePath(info.symLinkTarget()));
    }
    if (const QString existing = QFileInfo(absolute).canonicalFilePath(); !existing.isEmpty())
        return existing;
    // Missing: the deepest folder that exists, resolved, and the rest of the path as written.
    QString rest;
    QString folder = absolute;
    while (!folder.isEmpty() && folder != u"/"_s) {
        const QFileInfo info(folder);
        if (info.exists())
            return QDir::cleanPath(info.canonicalFilePath() + rest);
        rest.prepend(u'/' + info.fileName());
        folder = info.absolutePath();
    }
    return absolute;
}

void DatabasePath::remember(const QString &path)
{
    if (path.isEmpty() || QFileInfo(path).absoluteFilePath() == defaultPath())
        QSettings().remove(QLatin1StringView(settingsKey));
    else
        QSettings().setValue(QLatin1StringView(settingsKey), QFileInfo(path).absoluteFilePath());
}
