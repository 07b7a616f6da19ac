// Turns a runbook written as a Markdown page (a wiki page, a git repository's RUNBOOK.md) into
// a format-1 runbook: headings become phases, numbered items or sub-headings steps, fenced code
// `command`, "Expected:" / "Verify:" / "Role:" lines their keys; every guess is a note.
#pragma once

#include "diagnostic.h"
#include "runbook.h"

#include <QByteArray>

#include <optional>

struct MarkdownImport
{
    std::optional<Runbook> runbook; // set only when there is no error
    QByteArray yaml;                // the runbook as DrillDeck writes it; valid when runbook is set
    QList<Diagnostic> diagnostics;  // notes where it had to guess, errors; by line

    bool ok() const { return runbook.has_value(); }
};

class MarkdownRunbookImporter
{
public:
    // Never throws and never waits on the file; the same file checks and size limits as a YAML
    // runbook (RunbookLimits). The runbook it makes is checked by RunbookLoader before it is
    // returned, so a result with a runbook always validates.
    static MarkdownImport importFile(const QString &path);
    static MarkdownImport importText(const QByteArray &utf8, const QString &fileName);

    // A runbook id made of a title: "Restore the DB (EU)" -> "restore-the-db-eu".
    static QString idFromTitle(const QString &title);
};
