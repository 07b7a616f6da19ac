// `drilldeck backup --out FILE [--db PATH]`: a consistent copy of the database, never a half file.
#pragma once

#include <QStringList>

class QTextStream;

class BackupCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
