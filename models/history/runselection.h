// Which drills a history shows by how they were run: hand-run, automated (`drilldeck run`) or
// both — `--runs hand|automated|both` of `drilldeck history` and `drilldeck chart`, and the
// History window's Runs box.
#pragma once

#include "drill.h"

#include <QString>
#include <QStringList>

#include <optional>

class RunSelection
{
public:
    enum class Runs { Both, Hand, Automated };

    static QStringList names(); // hand, automated, both
    static QString name(Runs runs);
    static std::optional<Runs> fromName(QStringView name);
    // The run kind a store filter asks for; empty for both.
    static std::optional<Drill::RunKind> runKind(Runs runs);
    // "hand-run" or "automated": how tables, charts and reports name a drill's run kind.
    static QString label(Drill::RunKind kind);
};
