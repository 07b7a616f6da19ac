// One answer to a step's decision ("yes, the replica is current"): where the drill goes next.
#pragma once

#include "sourcelocation.h"

#include <QHash>
#include <QString>

struct DecisionOption
{
    QString label;      // "yes" or "the replica is less than 5 minutes behind"
    QString gotoStep;   // `goto`: the first step of this option's branch; empty with abort
    bool abort = false; // `goto: abort`: the drill ends here, aborted
    QHash<QString, SourceLocation> locations; // not compared

    bool operator==(const DecisionOption &o) const
    {
        return label == o.label && gotoStep == o.gotoStep && abort == o.abort;
    }
};
