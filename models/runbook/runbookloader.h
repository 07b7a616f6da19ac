// Reads a runbook file (YAML, format version 1) into a Runbook, collecting every problem.
#pragma once

#include "diagnostic.h"
#include "runbook.h"
#include "runbooklimits.h"

#include <QByteArray>

#include <optional>

struct RunbookLoadResult
{
    std::optional<Runbook> runbook; // set only when there is no error
    QList<Diagnostic> diagnostics;  // sorted by line and column
    QByteArray source;              // the bytes read, for storing the exact revision

    bool ok() const { return runbook.has_value(); }
};

class RunbookLoader
{
public:
    static constexpr qint64 maxFileBytes = RunbookLimits::fileBytes;
    static constexpr int maxSteps = RunbookLimits::steps;

    // Never throws and never waits on the file: a missing file, a directory, a FIFO, device or
    // socket, a binary or oversized file, invalid UTF-8, YAML syntax errors, every limit and
    // every semantic rule come back as diagnostics (at most RunbookLimits::diagnostics errors).
    static RunbookLoadResult loadFile(const QString &path);
    static RunbookLoadResult loadText(const QByteArray &utf8, const QString &fileName);
    // The file's bytes in `source`, read with every check loadFile makes before it parses; a
    // refusal (no such file, a directory, too large, unreadable) is a result with its error
    // in `diagnostics` and no source.
    static RunbookLoadResult readFile(const QString &path);

    // What makes a text unreadable before it is parsed: over the size limit, a NUL byte, invalid
    // UTF-8 (shared with the Markdown import). `expected` ends the NUL message: what the file
    // should be, e.g. "a runbook is a UTF-8 YAML text file".
    static std::optional<Diagnostic> textProblem(const QByteArray &utf8, const QString &fileName,
                                                 const QString &expected);

    // The keys each mapping accepts, in the order the format documents them.
    static QStringList topLevelKeys();
    static QStringList stepKeys();
};
