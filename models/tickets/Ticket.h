#pragma once
#include "models/core/Row.h"

#include <QList>

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
    QString status = QStringLiteral("open"); // open|answered|waiting|closed
    QString severity;
    QString priority;
    QString expertUserId;
    QString createdBy;
    QDateTime createdAt;
    QString searchText; // kept by the repository
};
