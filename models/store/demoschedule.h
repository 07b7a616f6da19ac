// When each step of a demo drill starts and ends, given how long each takes: the dependency
// order the analysis reads (depends_on, else the previous step). Shared by the example
// database's hand-run drills and its nightly automated runs.
#pragma once

#include "drillevent.h"
#include "step.h"

#include <QHash>
#include <QList>
#include <QString>

class DemoSchedule
{
public:
    // The end of each step (ms from the start) when every step takes its duration and waits
    // gap after its predecessors; start receives each step's start.
    static QHash<QString, qint64> schedule(const QList<Step> &steps,
                                           const QHash<QString, qint64> &duration,
                                           const QHash<QString, qint64> &gap,
                                           QHash<QString, qint64> *start);
    // The step that marks the service restored; else the last step; null without steps.
    static const Step *milestoneOf(const QList<Step> &steps);
    // How events at the same moment are ordered: the drill's start first, ends before starts,
    // its finish last.
    static int orderAtEqualTimes(DrillEvent::Kind kind);
};
