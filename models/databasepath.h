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
    // The value of --db made absolute, or the default path when it is empty.
    static QString resolve(const QString &optionValue);
};
