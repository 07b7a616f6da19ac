// The largest runbook DrillDeck reads: a ceiling on the file, every list and every text, far
// above what a real runbook needs, so that a broken or hostile file costs a clear error, never
// gigabytes or minutes. docs/runbook-format.md (Limits) and the JSON Schema say the same.
#pragma once

#include <QtGlobal>

struct RunbookLimits
{
    // The file, checked before it is parsed.
    static constexpr qint64 fileBytes = 16 * 1024 * 1024;
    // The YAML document: values, keys and list items together, and the items of any one list.
    static constexpr int yamlNodes = 600000;
    static constexpr int listItems = 20000;

    // Lists.
    static constexpr int phases = 1000;
    static constexpr int steps = 20000; // in the whole runbook
    static constexpr int injects = 500;
    static constexpr int environments = 50;
    static constexpr int roles = 50;
    static constexpr int evaluation = 100;
    static constexpr int dependsOn = 100;    // ids in one step's `depends_on`
    static constexpr int envVariables = 100; // entries in one `env` mapping

    // Texts, in characters.
    static constexpr int idChars = 128;
    static constexpr int nameChars = 100;    // an environment, a role, `automation`
    static constexpr int durationChars = 32; // `expected`, `rto`, `rpo`
    static constexpr int lineChars = 500; // titles, service, owner, evaluation criteria, `shell`,
                                          // `workdir`
    static constexpr int blockChars = 20000; // instructions, description, scenario, notes,
                                             // an inject's note, command, verify,
                                             // verify_command, an `env` value

    // Problems reported for one file: beyond these, the rest waits for the next run.
    static constexpr int diagnostics = 100;
};
