#include "step.h"

using namespace Qt::StringLiterals;

const QString Step::serviceRestoredMilestone = u"service-restored"_s;

bool Step::isServiceRestored() const
{
    return milestone == serviceRestoredMilestone;
}

SourceLocation Step::locationOf(const QString &key) const
{
    return locations.value(key, locations.value(QString()));
}

bool Step::operator==(const Step &o) const
{
    return id == o.id && title == o.title && instructions == o.instructions && role == o.role &&
           expectedSeconds == o.expectedSeconds && automation == o.automation &&
           command == o.command && verify == o.verify && verifyCommand == o.verifyCommand &&
           commandSettings == o.commandSettings && notes == o.notes && dependsOn == o.dependsOn &&
           milestone == o.milestone && waitsOnMachine == o.waitsOnMachine && decision == o.decision;
}

QString Step::automationName(Automation automation)
{
    switch (automation) {
    case Automation::Manual:
        return u"manual"_s;
    case Automation::Scripted:
        return u"scripted"_s;
    case Automation::Automated:
        return u"automated"_s;
    }
    return u"manual"_s;
}

std::optional<Step::Automation> Step::automationFromName(const QString &name)
{
    if (name == u"manual")
        return Automation::Manual;
    if (name == u"scripted")
        return Automation::Scripted;
    if (name == u"automated")
        return Automation::Automated;
    return std::nullopt;
}
