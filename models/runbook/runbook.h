// A recovery procedure as the team keeps it in git: phases of steps, objectives, injects.
#pragma once

#include "commandsettings.h"
#include "inject.h"
#include "phase.h"

#include <QList>
#include <QStringList>

struct Runbook
{
    static constexpr int formatVersion = 1;

    int version = formatVersion; // the file's `drilldeck:` value
    QString id;
    QString title;
    QString service;
    QString owner;
    QString description;   // Markdown
    qint64 rtoSeconds = 0; // 0: no objective
    qint64 rpoSeconds = 0;
    QStringList environments;
    QStringList roles;
    // `cadence: 90d`: how often the runbook should be drilled (the audit's planned interval);
    // 0: not said. A success older than this counts less, and the next drill is due after it.
    qint64 cadenceSeconds = 0;
    QString scenario; // facilitator only
    QList<Inject> injects;
    QStringList evaluation;
    CommandSettings commandSettings; // defaults for every step's command
    QList<Phase> phases;
    QHash<QString, SourceLocation> locations; // top-level keys; not compared

    int stepCount() const;
    QList<Step> allSteps() const;
    const Step *findStep(const QString &stepId) const;
    const Phase *phaseOfStep(const QString &stepId) const;
    // The index of a step in reading order, or -1.
    int stepIndex(const QString &stepId) const;
    qint64 plannedSecondsSum() const;

    bool operator==(const Runbook &o) const;
};
