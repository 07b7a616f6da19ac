// What became of an event proposed to a DrillEngine: committed, kept pending, or rejected.
#pragma once

#include "drillevent.h"

#include <QString>

struct AppendResult
{
    enum class Status {
        Committed, // stored durably and applied
        Pending,   // valid, but the store failed: kept in memory, retried, exportable
        Rejected,  // breaks a rule of the log; nothing was written
    };

    Status status = Status::Rejected;
    QString message;  // why it was rejected or why the store failed; empty when committed
    DrillEvent event; // with its id once committed

    bool committed() const { return status == Status::Committed; }
    bool rejected() const { return status == Status::Rejected; }
    bool operator==(const AppendResult &) const = default;
};
