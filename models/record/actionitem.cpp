#include "actionitem.h"

using namespace Qt::StringLiterals;

QString ActionItem::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return u"open"_s;
    case Status::Done:
        return u"done"_s;
    case Status::Dropped:
        return u"dropped"_s;
    }
    return {};
}

std::optional<ActionItem::Status> ActionItem::statusFromName(QStringView name)
{
    for (Status s : {Status::Open, Status::Done, Status::Dropped})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}
