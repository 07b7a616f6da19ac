// A step that asks the facilitator to decide ("Is the replica less than 5 minutes behind?"):
// the question and its options (keys 1-9 during a drill), each leading to its own branch.
#pragma once

#include "decisionoption.h"
#include "sourcelocation.h"

#include <QHash>
#include <QList>
#include <QString>

struct Decision
{
    static constexpr int maxOptions = 9; // one key each, 1-9

    QString question;
    QList<DecisionOption> options;
    QHash<QString, SourceLocation> locations; // "question", "options", "options/2"; not compared

    bool isEmpty() const { return question.isEmpty() && options.isEmpty(); }
    bool operator==(const Decision &o) const
    {
        return question == o.question && options == o.options;
    }
};
