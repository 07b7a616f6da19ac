// One problem found in a runbook, printed in the GCC form editors and CI parse.
#pragma once

#include "sourcelocation.h"

#include <QList>
#include <QString>

struct Diagnostic
{
    enum class Severity { Error, Warning, Note }; // a note: where an import had to guess

    QString file;
    SourceLocation location;
    Severity severity = Severity::Error;
    QString message;

    // "FILE:LINE:COLUMN: error: MESSAGE" (or warning, note); line and column are left out
    // when unknown, the column alone when it is 0.
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Diagnostic &) const = default;

    static Diagnostic error(const QString &file, SourceLocation location, const QString &message);
    static Diagnostic warning(const QString &file, SourceLocation location, const QString &message);
    static Diagnostic note(const QString &file, SourceLocation location, const QString &message);
    static bool hasErrors(const QList<Diagnostic> &diagnostics);
    static void sortByLocation(QList<Diagnostic> &diagnostics);
};
