#include "diagnostic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    QString out = file;
    if (location.isValid()) {
        out += u':' + QString::number(location.line);
        if (location.column > 0)
            out += u':' + QString::number(location.column);
    }
    out += severity == Severity::Error     ? u": error: "_s
           : severity == Severity::Warning ? u": warning: "_s
                                           : u": note: "_s;
    return out + message;
}

Diagnostic Diagnostic::error(const QString &file, SourceLocation location, const QString &message)
{
    return Diagnostic{file, location, Severity::Error, message};
}

Diagnostic Diagnostic::warning(const QString &file, SourceLocation location, const QString &message)
{
    return Diagnostic{file, location, Severity::Warning, message};
}

Diagnostic Diagnostic::note(const QString &file, SourceLocation location, const QString &message)
{
    return Diagnostic{file, location, Severity::Note, message};
}

bool Diagnostic::hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

void Diagnostic::sortByLocation(QList<Diagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.location.line != b.location.line)
                             return a.location.line < b.location.line;
                         return a.location.column < b.location.column;
                     });
}
