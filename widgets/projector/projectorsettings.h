// The projector's remembered choices (screen, light or dark theme) over QSettings.
#pragma once

#include "projectortheme.h"

#include <QObject>
#include <QString>

class ProjectorSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *screenKey = "projector/screen";
    static constexpr const char *themeKey = "projector/theme";

    explicit ProjectorSettings(QObject *parent = nullptr);
    ~ProjectorSettings() override;

    // The name of the screen the facilitator chose (QScreen::name()); empty: choose for me.
    QString screenName() const;
    void setScreenName(const QString &name);

    ProjectorTheme::Variant themeVariant() const;
    void setThemeVariant(ProjectorTheme::Variant variant);

Q_SIGNALS:
    void screenNameChanged(const QString &name);
    void themeVariantChanged(ProjectorTheme::Variant variant);
};
