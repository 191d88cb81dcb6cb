#pragma once
#include "models/core/Row.h"

#include <QList>

#include <optional>

// Where a ticket stands, and how urgent it is, as typed codes; stored as text and converted in
// TicketRepository only.
enum class TicketStatus { Open, Answered, Waiting, Closed };
enum class TicketPriority { Unset, Low, Normal, High };

namespace TicketCode {
QString text(TicketStatus status);              // open|answered|waiting|closed
std::optional<TicketStatus> status(const QString &text);
QString text(TicketPriority priority);          // low|normal|high; empty when unset
TicketPriority priority(const QString &text);   // Unset for anything else
}

struct TicketMessage : Row
{
    QString ticketId;
    QString authorUserId;
    QString body;
    bool fromClub = false;
    QDateTime createdAt;
};

struct Ticket : Row
{
    QString itemTypeId;
    QString number;
    QString identityId;
    QString subject;
    TicketStatus status = TicketStatus::Open;
    TicketPriority severity = TicketPriority::Unset; // how badly the customer is affected, on the same scale
    TicketPriority priority = TicketPriority::Unset;
    QString expertUserId;
    QString createdBy;
    QDateTime createdAt;
    QString searchText; // kept by the repository
};
