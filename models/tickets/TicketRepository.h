#pragma once
#include "models/tickets/Ticket.h"
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <optional>

struct TicketFilter
{
    std::optional<TicketStatus> status; // nothing = all
    QString identityId;
    QString search;     // number, subject, customer name (normalized prefix words)
};

// Support tickets (درخواست پشتیبانی) and their messages.
class TicketRepository : public Repository
{
public:
    using Repository::Repository;

    enum ListColumn { Id, Number, Subject, IdentityName, Status, Priority, CreatedAt, IdentityId };

    bool insert(Ticket &ticket);
    bool update(Ticket &ticket);
    std::optional<Ticket> get(const QString &id);
    bool tombstone(const QString &id); // with its messages
    bool setStatus(const QString &id, TicketStatus status);
    bool addMessage(TicketMessage &message);
    QList<TicketMessage> messages(const QString &ticketId); // oldest first
    ListSpec list(const TicketFilter &filter) const;        // newest first
    qint64 count(const TicketFilter &filter);

private:
    static Ticket fromRecord(const QSqlRecord &r);
    Cols columns(const Ticket &t) const;
    QString searchTextFor(const Ticket &t);
    QString whereFor(const TicketFilter &f, QVariantList *binds) const;
};
