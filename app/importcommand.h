// `drilldeck import RUNBOOK.md [--out RUNBOOK.yaml]`: a Markdown runbook made a DrillDeck runbook;
// every guess printed as FILE:LINE: note: …; exit 0 when written, 1 on an error, 2 on usage.
#pragma once

#include <QStringList>

class QTextStream;

class ImportCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
