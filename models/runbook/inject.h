// A surprise the facilitator reveals on cue ("EFS throughput is throttled").
#pragma once

#include "sourcelocation.h"

#include <QHash>
#include <QString>

struct Inject
{
    QString id;
    QString title;
    QString note;                             // facilitator only
    QString after;                            // optional cue: reveal once this step is done
    QHash<QString, SourceLocation> locations; // not compared

    bool operator==(const Inject &o) const
    {
        return id == o.id && title == o.title && note == o.note && after == o.after;
    }
};
