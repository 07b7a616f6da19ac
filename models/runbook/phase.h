// A named group of runbook steps, such as "Rebuild the instance".
#pragma once

#include "step.h"

#include <QList>

struct Phase
{
    QString id;
    QString title;
    QList<Step> steps;
    QHash<QString, SourceLocation> locations; // not compared

    bool operator==(const Phase &o) const
    {
        return id == o.id && title == o.title && steps == o.steps;
    }
};
