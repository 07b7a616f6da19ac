// `drilldeck validate FILE...`: prints every diagnostic; exit 0 if all valid, 1 if not.
#pragma once

#include <QStringList>

class QTextStream;

class ValidateCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
