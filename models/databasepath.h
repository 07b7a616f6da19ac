// Where the DrillDeck database lives: the default file, or the one a `--db PATH` option names.
#pragma once

#include <QCommandLineOption>
#include <QString>

class DatabasePath
{
public:
    static constexpr auto fileName = "drilldeck.sqlite";

    // QStandardPaths::AppDataLocation/drilldeck.sqlite, absolute; does not create anything.
    static QString defaultPath();
    // The `--db PATH` option every command and the GUI accept.
    static QCommandLineOption option();
    static constexpr auto settingsKey = "database/path";

    // The value of --db made absolute; without it the database the user chose last (the
    // settings key database/path), else the default path.
    static QString resolve(const QString &optionValue);
    // Remembers the user's choice for the next start; the default path clears the setting.
    static void remember(const QString &path);
};
