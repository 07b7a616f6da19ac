// Someone taking part in a drill, and the role they play in it (driver, scribe, observer...).
#pragma once

#include <QString>

struct Participant
{
    QString name;
    QString role;

    bool operator==(const Participant &) const = default;
};
