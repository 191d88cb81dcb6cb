#pragma once
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <QSet>

// The SQL the club member services need beyond UserRepository: licence counts, the records
// that keep a user from being deleted (rule 15) and bulk lookups for the import.
class ClubMemberRepository : public Repository
{
public:
    using Repository::Repository;

    // Live users that occupy a licence seat of the club `kind`: approved and active (suspension
    // does not free a seat). "customer" also counts suppliers, who use the customer club. Read
    // it inside the write transaction that takes the seat.
    qint64 activeCount(const QString &kind);
    // How many live records the user created or that belong to the user's identity: documents,
    // receipts, tickets and their messages, items, activities, comments, point transactions,
    // identities an agent created, cartable entries. -1 on error.
    qint64 recordCount(const QString &userId, const QString &identityId);
    // Every username in use, folded (including tombstoned users: a username is never reused).
    QSet<QString> allUsernames();
    bool usernameTaken(const QString &foldedUsername);
    // Identity ids that already have a live club account.
    QSet<QString> identitiesWithAccounts();
    // The identities list (IdentityRepository::list, same columns) narrowed to identities with
    // no live account: the bulk user wizard's "selection" source (reference §1.7 C).
    ListSpec identitiesWithoutAccount(const QString &search, const QString &profileType);
};
