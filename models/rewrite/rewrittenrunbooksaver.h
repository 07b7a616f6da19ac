// Saves a drill's rewritten procedure: as YAML (RunbookWriter), checked by loading it back,
// stored as the runbook's next revision, written over the runbook file atomically (QSaveFile)
// unless the file changed on disk since the drill loaded it, and logged as runbook-saved.
#pragma once

#include "runbookrevision.h"

#include <QByteArray>
#include <QString>

class DrillEngine;
class RunbookRevisionStore;

class RewrittenRunbookSaver
{
public:
    struct Outcome
    {
        enum class Status {
            Saved,       // stored, written (when a path was given) and logged
            FileChanged, // nothing done: the file on disk is not the revision the drill ran
            Failed,      // nothing stored or written; message says why
        };
        Status status = Status::Failed;
        QString message;
        RunbookRevision revision; // when saved
        QString path;             // the file written, or empty

        bool saved() const { return status == Status::Saved; }
    };

    RewrittenRunbookSaver(DrillEngine &engine, RunbookRevisionStore &revisions);

    // The rewritten runbook as the file would hold it (the revision's header comments kept).
    QByteArray yaml() const;
    // The revision the drill started from.
    RunbookRevision startRevision() const;
    // The whole file's diff from the start revision to yaml(), unified.
    QString fileDiff() const;

    // path: the runbook file to write back, or empty to store the revision only. A file whose
    // text differs from the start revision (and from what would be written) is only
    // overwritten when overwriteChangedFile is set.
    Outcome save(const QString &path, bool overwriteChangedFile = false);

    // Whether the file at path exists and its SHA-256 is not sha256.
    static bool fileChangedSince(const QString &path, const QString &sha256);
    // Writes bytes to path through a temporary file renamed over it; the error, or empty.
    static QString writeAtomically(const QString &path, const QByteArray &bytes);

private:
    DrillEngine &m_engine;
    RunbookRevisionStore &m_revisions;
};
