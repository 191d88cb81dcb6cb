#pragma once
#include "models/core/Repository.h"
#include "models/finance/ApprovalTrail.h"

// The base of the two repositories whose rows carry an approval trail, documents and receipts:
// the trail's columns are read, written and changed here, once for both tables.
class ApprovedItemRepository : public Repository
{
public:
    ApprovedItemRepository(Store &store, const char *table) : Repository(store), m_table(table) {}

    // Moves one item to `to`, only while it is still `from` (the state its caller decided on),
    // and sets or clears who decided and when; `reason` only for a rejection. False when the
    // item changed meanwhile (no row matched) or the write failed.
    bool setApproval(const QString &id, ApprovalStatus from, ApprovalStatus to, const QString &userId,
                     const QString &reason = {});
    // Holds the item's row for the rest of the transaction, so that what the caller reads next
    // is what it decides on: on a company server a second clerk approving the same item waits
    // here and then sees it approved (a SQLite write transaction holds the whole file already).
    bool lockForDecision(const QString &id);
    // The item's number (empty clears it) and the pattern value behind it, with who numbered it.
    bool setNumber(const QString &id, const QString &number, qint64 sequence, const QString &userId);

protected:
    static ApprovalTrail trailOf(const QSqlRecord &r);
    static void addTrail(Cols &cols, const ApprovalTrail &trail);

private:
    const char *m_table;
};
