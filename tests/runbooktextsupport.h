// What the runbook loader and validator tests share: a runbook's first lines and the problems
// as they are printed.
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QStringList>

namespace RunbookTextSupport {

inline const QByteArray header = "drilldeck: 1\nid: rb\ntitle: Runbook\n";
inline const QByteArray phaseHead = "phases:\n  - id: p\n    title: P\n    steps:\n";

// Each problem as `validate` prints it.
inline QStringList render(const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.toString();
    return out;
}

} // namespace RunbookTextSupport
