// The semantic rules of a runbook, shared by the loader and by live edits during a drill.
#pragma once

#include "diagnostic.h"

struct Runbook;

class RunbookValidator
{
public:
    // Every rule a parsed runbook must meet beyond its shape: unique ids, known
    // dependencies without cycles, declared roles, at most one service-restored milestone.
    static QList<Diagnostic> validate(const Runbook &runbook, const QString &fileName);

    // Lowercase letters, digits, '-', '_' and '.', starting with a letter or digit.
    static bool isValidId(const QString &id);
    // A name `env` may set: letters, digits and '_', not starting with a digit (POSIX).
    static bool isValidEnvironmentName(const QString &name);
};
