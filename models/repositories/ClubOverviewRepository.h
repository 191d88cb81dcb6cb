#pragma once
#include "models/repositories/Repository.h"

// What a club user's dashboard shows about them: the balance that follows from approved
// documents, and the banner and footer the club admins publish.
class ClubOverviewRepository : public Repository
{
public:
    using Repository::Repository;

    // Approved invoices less approved return invoices, less approved receipts, plus approved
    // payments to the identity: positive = the identity owes the company (بدهکار).
    // Pending and rejected documents never count.
    qint64 balanceOf(const QString &identityId);

    // The published HTML of a dashboard slot ("banner" or "footer") in a language; empty when none.
    QString publishedBlock(const QString &slot, const QString &language);
    bool publishBlock(const QString &slot, const QString &language, const QString &html);
};
