#include "runbookconfidence.h"

#include "drillsummary.h"
#include "objectivetexts.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunbookConfidence)
};

QString levelWord(RunbookConfidence::Level level)
{
    return RunbookConfidence::levelText(level);
}
} // namespace

bool RunbookConfidence::isProduction(const QString &environment)
{
    const QString e = environment.trimmed().toLower();
    return e == u"production" || e == u"prod" || e == u"prd" || e == u"live";
}

qint64 RunbookConfidence::cadenceDaysOf(qint64 cadenceSeconds)
{
    if (cadenceSeconds <= 0)
        return defaultCadenceDays;
    return std::max<qint64>(1, (cadenceSeconds + 86'399) / 86'400);
}

bool RunbookConfidence::succeeded(const DrillSummary &drill)
{
    const DrillMetrics &m = drill.metrics;
    if (!drill.problem.isEmpty() || m.state != Drill::State::Finished)
        return false;
    const RtoStatus rto = m.rtoStatus();
    if (rto != RtoStatus::Met && rto != RtoStatus::NoTarget)
        return false;
    return !(m.rpoTargetMs > 0 && m.rpoMs && !ObjectiveTexts::rpoMet(*m.rpoMs, m.rpoTargetMs));
}

QString RunbookConfidence::outcome(const DrillSummary &drill)
{
    const DrillMetrics &m = drill.metrics;
    if (m.state == Drill::State::Aborted)
        return u"aborted"_s;
    if (m.state != Drill::State::Finished)
        return Drill::stateName(m.state);
    QString text = u"finished, RTO "_s + rtoStatusName(m.rtoStatus());
    if (m.rpoTargetMs > 0 && m.rpoMs)
        text +=
            ObjectiveTexts::rpoMet(*m.rpoMs, m.rpoTargetMs) ? u", RPO met"_s : u", RPO missed"_s;
    return text;
}

RunbookConfidence::Inputs
RunbookConfidence::inputsFrom(const QList<DrillSummary> &drills, const QString &environment,
                              qint64 cadenceSeconds, bool changedSinceLastDrill, const QDate &today)
{
    Inputs in;
    in.today = today;
    in.environment = environment;
    in.cadenceSet = cadenceSeconds > 0;
    in.cadenceDays = cadenceDaysOf(cadenceSeconds);
    in.changedSinceLastDrill = changedSinceLastDrill;
    // The ended drills up to today, by the time they ended (then by id for a tie).
    QList<const DrillSummary *> ended;
    for (const DrillSummary &s : drills) {
        if (s.drill.environment != environment || !s.problem.isEmpty() ||
            !Drill::isEnded(s.metrics.state) || s.metrics.endedMs < 0)
            continue;
        if (QDateTime::fromMSecsSinceEpoch(s.metrics.endedMs, Qt::UTC).date() > today)
            continue;
        ended.append(&s);
    }
    std::sort(ended.begin(), ended.end(), [](const DrillSummary *a, const DrillSummary *b) {
        return a->metrics.endedMs != b->metrics.endedMs ? a->metrics.endedMs < b->metrics.endedMs
                                                        : a->drill.id < b->drill.id;
    });
    in.drillsCounted = int(ended.size());
    for (const DrillSummary *s : std::as_const(ended)) {
        Drilled d;
        d.drillId = s->drill.id;
        d.iteration = s->drill.iteration;
        d.runKind = s->drill.runKind;
        d.ended = QDateTime::fromMSecsSinceEpoch(s->metrics.endedMs, Qt::UTC).date();
        d.succeeded = succeeded(*s);
        d.outcome = outcome(*s);
        in.lastDrill = d;
        if (d.succeeded)
            in.lastSuccess = d;
    }
    return in;
}

RunbookConfidence RunbookConfidence::assess(const Inputs &inputs)
{
    RunbookConfidence c;
    c.inputs = inputs;
    if (!inputs.lastDrill) {
        c.level = Level::None;
        return c;
    }
    if (!inputs.lastDrill->succeeded) {
        c.level = Level::Low;
        return c;
    }
    const qint64 age = c.successAgeDays();
    const qint64 cadence = inputs.cadenceDays;
    const bool production = isProduction(inputs.environment);
    if (age > 2 * cadence) {
        c.level = Level::Low;
        c.decayed = true;
    } else if (age > cadence) {
        c.level = production ? Level::Medium : Level::Low;
        c.decayed = true;
    } else {
        c.level = production ? Level::High : Level::Medium;
    }
    // The procedure that was proven is not the one on file.
    if (inputs.changedSinceLastDrill && c.level == Level::High)
        c.level = Level::Medium;
    return c;
}

qint64 RunbookConfidence::successAgeDays() const
{
    if (!inputs.lastSuccess)
        return -1;
    return std::max<qint64>(0, inputs.lastSuccess->ended.daysTo(inputs.today));
}

RunbookConfidence::Level RunbookConfidence::overall(const QList<Level> &levels)
{
    Level best = Level::None;
    for (Level l : levels)
        best = std::max(best, l);
    return best;
}

QString RunbookConfidence::levelName(Level level)
{
    switch (level) {
    case Level::None:
        return u"none"_s;
    case Level::Low:
        return u"low"_s;
    case Level::Medium:
        return u"medium"_s;
    case Level::High:
        return u"high"_s;
    }
    return {};
}

QString RunbookConfidence::levelText(Level level)
{
    switch (level) {
    case Level::None:
        return Text::tr("none");
    case Level::Low:
        return Text::tr("low");
    case Level::Medium:
        return Text::tr("medium");
    case Level::High:
        return Text::tr("high");
    }
    return {};
}

QString RunbookConfidence::why() const
{
    const Inputs &in = inputs;
    // The environment, and how the rule reads it when its name does not say.
    QString env;
    if (!isProduction(in.environment))
        env = Text::tr("a test environment (%1)").arg(in.environment);
    else if (in.environment.trimmed().compare(u"production"_s, Qt::CaseInsensitive) == 0)
        env = Text::tr("production");
    else
        env = Text::tr("production (%1)").arg(in.environment);
    QString cadence = in.cadenceSet
                          ? Text::tr("Cadence %1 days").arg(in.cadenceDays)
                          : Text::tr("No cadence set: %1 days assumed").arg(in.cadenceDays);
    QStringList parts;
    if (!in.lastDrill) {
        parts << Text::tr("%1: never drilled in %2.").arg(levelWord(level), env);
    } else {
        const Drilled &d = *in.lastDrill;
        const QString last =
            Text::tr("last drill #%1 (iteration %2, %3) ended %4: %5")
                .arg(d.drillId)
                .arg(d.iteration)
                .arg(Drill::runKindName(d.runKind), d.ended.toString(Qt::ISODate), d.outcome);
        if (!d.succeeded) {
            parts << Text::tr("%1: the last drill in %2 did not succeed; %3.")
                         .arg(levelWord(level), env, last);
        } else {
            const qint64 age = successAgeDays();
            QString ageText;
            if (age > 2 * in.cadenceDays)
                ageText = Text::tr("%1 days ago, more than twice the cadence").arg(age);
            else if (age > in.cadenceDays)
                ageText = Text::tr("%1 days ago, older than the cadence").arg(age);
            else
                ageText = Text::tr("%1 days ago, within the cadence").arg(age);
            parts << Text::tr("%1: succeeded in %2 %3; %4.")
                         .arg(levelWord(level), env, ageText, last);
        }
    }
    parts << cadence + u'.';
    if (in.drillsCounted > 0)
        parts << Text::tr("%n ended drill(s) counted.", nullptr, in.drillsCounted);
    if (in.changedSinceLastDrill)
        parts << Text::tr("The runbook changed since its last drill here%1.")
                     .arg(in.lastDrill && in.lastDrill->succeeded && isProduction(in.environment) &&
                                  !decayed
                              ? Text::tr(": high becomes medium")
                              : QString());
    return parts.join(u' ');
}
