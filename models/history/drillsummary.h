// One drill as the history shows it: the drill, the revision it ran, and its metrics.
#pragma once

#include "actionitem.h"
#include "drill.h"
#include "drillevent.h"
#include "drillmetrics.h"
#include "eventattachment.h"
#include "inject.h"

#include <QHash>
#include <QString>

struct DrillSummary
{
    Drill drill;
    QString revisionHash; // SHA-256 of the runbook revision's YAML
    QString runbookTitle;
    DrillMetrics metrics;
    QString problem; // why the revision could not be read, if it could not; metrics are empty
    QList<DrillEvent> events; // the drill's log as stored
    // From the revision the drill ran (empty when it could not be read): its injects and the
    // role each step asks for, by step id.
    QList<Inject> injects;
    QHash<QString, QString> stepRoles;
    // Filled by DrillHistory::addRecords only (the JSON export needs them, charts do not).
    QList<ActionItem> actionItems;
    QList<EventAttachment> attachments; // without their bytes

    bool operator==(const DrillSummary &) const = default;
};
