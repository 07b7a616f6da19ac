#include "runselection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString RunSelection::name(Runs runs)
{
    const std::optional<Drill::RunKind> kind = runKind(runs);
    return kind ? Drill::runKindName(*kind) : u"both"_s;
}

std::optional<RunSelection::Runs> RunSelection::fromName(QStringView name)
{
    for (const Runs runs : {Runs::Hand, Runs::Automated, Runs::Both})
        if (name == RunSelection::name(runs))
            return runs;
    return std::nullopt;
}

std::optional<Drill::RunKind> RunSelection::runKind(Runs runs)
{
    switch (runs) {
    case Runs::Hand:
        return Drill::RunKind::Hand;
    case Runs::Automated:
        return Drill::RunKind::Automated;
    case Runs::Both:
        break;
    }
    return std::nullopt;
}

QString RunSelection::label(Drill::RunKind kind)
{
    return kind == Drill::RunKind::Automated
               ? QCoreApplication::translate("RunSelection", "automated")
               : QCoreApplication::translate("RunSelection", "hand-run");
}
