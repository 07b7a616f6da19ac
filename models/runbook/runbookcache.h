// Parsed runbooks kept by the SHA-256 of their bytes, so that opening a runbook opened before
// skips the YAML parse (most of a start's time with a long runbook).
#pragma once

#include "runbookloader.h"

class RunbookCache
{
public:
    enum class Outcome {
        Hit,       // read from the cache, not parsed
        Miss,      // no entry for these bytes: parsed, and stored if it loaded
        Refreshed, // an entry was there but unusable (corrupt, another build's): parsed again
    };

    static constexpr int maxEntries = 64;

    // Returns what RunbookLoader::loadFile(path) returns, from the cache when the same bytes
    // loaded before under this build's parser. The file is read once; only results that load
    // are stored. A cache that cannot be read or written costs a parse, never an error.
    static RunbookLoadResult loadFile(const QString &path);
    static RunbookLoadResult loadFile(const QString &path, Outcome &outcome);

    // The folder of entries, in the user's cache directory (empty where the system has none);
    // safe to delete at any time.
    static QString directory();
    // The entry a runbook file holding these bytes is kept in.
    static QString entryPath(const QByteArray &runbookBytes);
};
