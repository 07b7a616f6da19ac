// `drilldeck sign-off DRILL_ID|last --name NAME --role ROLE [--statement TEXT]
// [--reservations TEXT] [--db PATH]`: a participant who was not at the console signs an ended
// drill off later; the sign-off is logged through the drill's engine like the dialog's.
#pragma once

#include <QStringList>

class QTextStream;

class SignOffCommand
{
public:
    // 0: stored; 1: refused (not ended, a bad name, the database); 2: a usage error.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
