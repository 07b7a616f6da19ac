// One step of a runbook: what to do, who does it, how long it should take.
#pragma once

#include "commandsettings.h"
#include "decision.h"
#include "sourcelocation.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

struct Step
{
    enum class Automation { Manual, Scripted, Automated };

    QString id;
    QString title;
    QString instructions; // Markdown
    QString role;
    qint64 expectedSeconds = 0; // 0: no estimate
    Automation automation = Automation::Manual;
    QString command;
    QString verify;        // how a person tells the step worked (prose)
    QString verifyCommand; // `verify_command`: run after `command`; exit 0 means it worked
    CommandSettings commandSettings; // `shell`, `workdir`, `env`, `timeout`
    QString notes;                   // facilitator only, never on the projector
    QStringList dependsOn;
    QString milestone; // "service-restored" or empty
    // `wait: true`: the step is mostly a machine's time (an image bakes, 180 GB download); its
    // time counts as waiting, not hands-on.
    bool waitsOnMachine = false;
    // `decision:` the step asks a question; its options lead to branches (empty: no decision).
    Decision decision;

    // Where each key was found ("" is the step itself, "depends_on/2" an item); not compared.
    QHash<QString, SourceLocation> locations;

    bool isServiceRestored() const;
    bool isDecision() const { return !decision.isEmpty(); }
    SourceLocation locationOf(const QString &key) const;
    bool operator==(const Step &other) const;

    static QString automationName(Automation automation);
    static std::optional<Automation> automationFromName(const QString &name);
    static const QString serviceRestoredMilestone;
};
