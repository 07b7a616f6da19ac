// Which drills a history shows by how they were run: hand-run, automated (`drilldeck run`) or
// both — `--runs hand|automated|both` of `drilldeck history` and `drilldeck chart`, and the
// History window's Runs box.
#pragma once

#include "drill.h"

#include <QString>

#include <optional>

class RunSelection
{
public:
    enum class Runs { Both, Hand, Automated };

    static QString name(Runs runs); // hand, automated, both
    static std::optional<Runs> fromName(QStringView name);
    // The run kind the history keeps; empty for both.
    static std::optional<Drill::RunKind> runKind(Runs runs);
    // "hand-run" or "automated": how tables, charts and reports name a drill's run kind.
    static QString label(Drill::RunKind kind);
};
