// How much a runbook can be trusted in one environment at a date, from its drills: none, low,
// medium or high, and the inputs that gave it (docs/programme.md has the rule). A success
// counts less once it is older than the runbook's cadence, and a runbook whose revision changed
// since its last drill there is marked so.
#pragma once

#include "drill.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct DrillSummary;

class RunbookConfidence
{
public:
    enum class Level { None, Low, Medium, High };

    // The default cadence when the runbook says none: a year (DORA's minimum).
    static constexpr qint64 defaultCadenceDays = 365;

    // One ended drill as the rule sees it.
    struct Drilled
    {
        qint64 drillId = 0;
        int iteration = 0;
        Drill::RunKind runKind = Drill::RunKind::Hand;
        QDate ended; // UTC
        bool succeeded = false;
        QString outcome; // stable words: "finished, RTO met", "aborted", ...

        bool operator==(const Drilled &) const = default;
    };

    struct Inputs
    {
        QDate today;
        QString environment;
        qint64 cadenceDays = defaultCadenceDays;
        bool cadenceSet = false; // false: the runbook says none, a year is assumed
        int drillsCounted = 0;   // ended drills in this environment up to today
        std::optional<Drilled> lastDrill;
        std::optional<Drilled> lastSuccess;
        bool changedSinceLastDrill = false;

        bool operator==(const Inputs &) const = default;
    };

    Level level = Level::None;
    Inputs inputs;
    bool decayed = false; // a level lost because the last success is older than the cadence

    // The rule.
    static RunbookConfidence assess(const Inputs &inputs);
    // The inputs from the drills of one runbook in one environment (any order; drills not yet
    // ended, ended after today, or whose revision cannot be read are not counted).
    static Inputs inputsFrom(const QList<DrillSummary> &drills, const QString &environment,
                             qint64 cadenceSeconds, bool changedSinceLastDrill, const QDate &today);

    // Finished with the service restored, the RTO target met (or none) and the RPO target met
    // when one is set and the RPO was measured.
    static bool succeeded(const DrillSummary &drill);
    static QString outcome(const DrillSummary &drill);
    // production, prod, prd or live (any case); every other environment is a test one.
    static bool isProduction(const QString &environment);
    static qint64 cadenceDaysOf(qint64 cadenceSeconds); // rounded up; 0 seconds: the default
    // The runbook's level: the highest of its environments'.
    static Level overall(const QList<Level> &levels);

    static QString levelName(Level level); // none, low, medium, high (stable, for exports)
    static QString levelText(Level level); // translated
    // Why, in one translated sentence or two: the inputs that decided the level.
    QString why() const;
    // Days since the last success, or -1.
    qint64 successAgeDays() const;

    bool operator==(const RunbookConfidence &) const = default;
};
