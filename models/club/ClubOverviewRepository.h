#pragma once
#include "models/core/Repository.h"

// The banner and footer the club admins publish on the club dashboard (the balance there
// comes from models/finance/Balances.h, the one place its rule lives).
class ClubOverviewRepository : public Repository
{
public:
    using Repository::Repository;

    // The published HTML of a dashboard slot ("banner" or "footer") in a language; empty when none.
    QString publishedBlock(const QString &slot, const QString &language);
    bool publishBlock(const QString &slot, const QString &language, const QString &html);
};
