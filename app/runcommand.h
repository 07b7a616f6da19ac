// `drilldeck run RUNBOOK --env ENV [--db PATH] [--junit OUT.xml] [--trust[=SHA256]] [--jobs N]
// [--keep-going]`: a recorded drill of the runbook's automated steps, without a person (a CI job).
#pragma once

#include <QStringList>

class QTextStream;

class RunCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
