// `drilldeck restore FILE [--db PATH]`: checks a backup, then replaces the database with it and
// keeps the replaced file beside it.
#pragma once

#include <QStringList>

#include <functional>

class QTextStream;

class RestoreCommand
{
public:
    // clock gives UTC ms for the name of the kept file; empty takes the system clock.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const std::function<qint64()> &clock = {});
};
