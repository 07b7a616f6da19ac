// Walks a parsed YAML document along the runbook schema into a Runbook: every key, value and
// shape checked and said where it is, every node charged to a budget against alias expansion.
#pragma once

#include "diagnostic.h"
#include "runbook.h"

#include <optional>

namespace YAML {
class Node;
struct Mark;
} // namespace YAML

class RunbookParser
{
public:
    // The runbook, or nullopt when the document is none or expands past its budget; every
    // problem found is appended to diagnostics, also when a YAML::Exception escapes.
    static std::optional<Runbook> parse(const YAML::Node &root, const QString &fileName,
                                        qsizetype sourceBytes, QList<Diagnostic> &diagnostics);
    // A yaml-cpp mark (0-based) as a 1-based line and column; invalid for a null mark.
    static SourceLocation locationOf(const YAML::Mark &mark);

    // The keys each mapping accepts, in the order the format documents them.
    static QStringList topLevelKeys();
    static QStringList stepKeys();
};
