#include "driverrole.h"

#include "drill.h"

bool DriverRole::matches(const QString &role)
{
    return role.trimmed().compare(name(), Qt::CaseInsensitive) == 0;
}

QStringList DriverRole::driversOf(const Drill &drill)
{
    QStringList names;
    for (const Participant &p : drill.participants) {
        const QString person = p.name.trimmed();
        if (matches(p.role) && !person.isEmpty() && !names.contains(person))
            names << person;
    }
    return names;
}
