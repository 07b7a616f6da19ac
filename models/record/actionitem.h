// A follow-up from a drill: who does what by when, open until a later drill closes it.
#pragma once

#include <QString>

#include <optional>

struct ActionItem
{
    enum class Status { Open, Done, Dropped };

    qint64 id = 0; // 0 until stored
    qint64 drillId = 0;
    qint64 observationEventId = 0; // the action-item observation it came from; 0: none
    QString title;
    QString owner;   // empty: nobody yet
    QString dueDate; // yyyy-MM-dd, or empty
    Status status = Status::Open;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 closedInDrillId = 0; // the drill whose start closed it; 0: none
    // How it was closed (schema 5): a note on what was done, a link to the proof (a ticket, a
    // merge request: http or https), and when; empty and 0 while open or when closed without.
    QString closingNote;
    QString closingLink;
    qint64 closedMs = 0;

    bool isOpen() const { return status == Status::Open; }
    bool operator==(const ActionItem &) const = default;

    static QString statusName(Status status); // open, done, dropped
    static std::optional<Status> statusFromName(QStringView name);
};
