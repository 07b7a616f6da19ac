// One stored version of a runbook: its exact YAML text, identified by the text's SHA-256.
#pragma once

#include <QString>

struct RunbookRevision
{
    qint64 id = 0; // 0 until stored
    QString runbookId;
    QString title;
    QString sha256; // lower-case hex of the UTF-8 YAML bytes
    QString yaml;
    qint64 createdMs = 0; // UTC milliseconds since the epoch

    QString shortHash() const { return sha256.left(12); }
    bool operator==(const RunbookRevision &) const = default;
};
