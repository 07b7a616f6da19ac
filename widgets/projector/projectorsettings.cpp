#include "projectorsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ProjectorSettings::ProjectorSettings(QObject *parent) : QObject(parent) {}

ProjectorSettings::~ProjectorSettings() = default;

QString ProjectorSettings::screenName() const
{
    return QSettings().value(QLatin1StringView(screenKey)).toString();
}

void ProjectorSettings::setScreenName(const QString &name)
{
    if (name == screenName())
        return;
    QSettings settings;
    if (name.isEmpty())
        settings.remove(QLatin1StringView(screenKey));
    else
        settings.setValue(QLatin1StringView(screenKey), name);
    Q_EMIT screenNameChanged(name);
}

ProjectorTheme::Variant ProjectorSettings::themeVariant() const
{
    return ProjectorTheme::variantFromName(
        QSettings().value(QLatin1StringView(themeKey)).toString());
}

void ProjectorSettings::setThemeVariant(ProjectorTheme::Variant variant)
{
    if (variant == themeVariant() && QSettings().contains(QLatin1StringView(themeKey)))
        return;
    QSettings().setValue(QLatin1StringView(themeKey), ProjectorTheme::variantName(variant));
    Q_EMIT themeVariantChanged(variant);
}
