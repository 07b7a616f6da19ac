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
        return QFileInfo(optionValue).absoluteFilePath();
    const QString remembered = QSettings().value(QLatin1StringView(settingsKey)).toString();
    return remembered.isEmpty() ? defaultPath() : QFileInfo(remembered).absoluteFilePath();
}

void DatabasePath::remember(const QString &path)
{
    if (path.isEmpty() || QFileInfo(path).absoluteFilePath() == defaultPath())
        QSettings().remove(QLatin1StringView(settingsKey));
    else
        QSettings().setValue(QLatin1StringView(settingsKey), QFileInfo(path).absoluteFilePath());
}
