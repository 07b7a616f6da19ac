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

    // The value of --db made canonical; without it the database the user chose last (the
    // settings key database/path), else the default path.
    static QString resolve(const QString &optionValue);
    // path absolute, with every symbolic link resolved (of the file, of its folders), so that a
    // link and its target are one database with one lock. A file that does not exist yet gets
    // the canonical path of its deepest existing folder.
    static QString canonical(const QString &path);
    // Remembers the user's choice for the next start; the default path clears the setting.
    static void remember(const QString &path);
};
