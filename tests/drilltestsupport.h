// Small builders the store, engine and analysis tests share: runbooks, events, times.
#pragma once

#include "drillevent.h"
#include "runbook.h"

#include <QJsonObject>

namespace DrillTestSupport {

using namespace Qt::StringLiterals;

constexpr qint64 T0 = 1'700'000'000'000; // 2023-11-14T22:13:20Z
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

inline qint64 at(double minutes)
{
    return T0 + qint64(minutes * double(minute));
}

struct StepSpec
{
    StepSpec(const QString &id, qint64 expectedMinutes = 0, const QStringList &dependsOn = {},
             bool serviceRestored = false)
        : id(id), expectedMinutes(expectedMinutes), dependsOn(dependsOn),
          serviceRestored(serviceRestored)
    {}
    QString id;
    qint64 expectedMinutes = 0;
    QStringList dependsOn;
    bool serviceRestored = false;
};

inline Runbook runbook(const QList<StepSpec> &specs, qint64 rtoSeconds = 4 * 3600,
                       qint64 rpoSeconds = 24 * 3600)
{
    Runbook r;
    r.id = u"jenkins-rebuild"_s;
    r.title = u"Rebuild Jenkins from backup"_s;
    r.rtoSeconds = rtoSeconds;
    r.rpoSeconds = rpoSeconds;
    r.environments = {u"test"_s, u"production"_s};
    r.injects = {Inject{u"efs-slow"_s, u"EFS throughput is throttled"_s, {}, {}, {}}};
    Phase p;
    p.id = u"rebuild"_s;
    p.title = u"Rebuild"_s;
    for (const StepSpec &spec : specs) {
        Step s;
        s.id = spec.id;
        s.title = u"Step "_s + spec.id;
        s.expectedSeconds = spec.expectedMinutes * 60;
        s.dependsOn = spec.dependsOn;
        if (spec.serviceRestored)
            s.milestone = Step::serviceRestoredMilestone;
        p.steps.append(s);
    }
    r.phases = {p};
    return r;
}

inline DrillEvent ev(DrillEvent::Kind kind, double minutes, const QString &stepId = {},
                     const QString &payload = {})
{
    DrillEvent e;
    e.kind = kind;
    e.timeMs = at(minutes);
    e.author = u"tester"_s;
    e.stepId = stepId;
    e.payload = payload;
    return e;
}

// The YAML of a small valid runbook, for the revision store and the command-line tests.
inline QByteArray runbookYaml(const QString &id = u"jenkins-rebuild"_s)
{
    return QStringLiteral("drilldeck: 1\n"
                          "id: %1\n"
                          "title: Rebuild Jenkins from backup\n"
                          "service: ContentPool CI/CD\n"
                          "objectives: { rto: 4h, rpo: 24h }\n"
                          "environments: [test, production]\n"
                          "roles: [driver, scribe]\n"
                          "phases:\n"
                          "  - id: rebuild\n"
                          "    title: Rebuild the instance\n"
                          "    steps:\n"
                          "      - id: bake-ami\n"
                          "        title: Bake the Jenkins AMI\n"
                          "        role: driver\n"
                          "        expected: 20m\n"
                          "      - id: launch\n"
                          "        title: Launch the instance\n"
                          "        role: driver\n"
                          "        expected: 10m\n"
                          "        depends_on: [bake-ami]\n"
                          "        milestone: service-restored\n"
                          "      - id: verify\n"
                          "        title: Verify the jobs run\n"
                          "        role: driver\n"
                          "        expected: 15m\n"
                          "        depends_on: [launch]\n")
        .arg(id)
        .toUtf8();
}

} // namespace DrillTestSupport
