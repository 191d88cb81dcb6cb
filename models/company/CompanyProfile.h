#pragma once
#include "models/core/Company.h"

#include <QCoreApplication>

struct Actor;
class Store;

// The company's profile as the official invoice prints it («مشخصات شرکت»): one check used by
// the new-company wizard, `company init` and the profile page, and the one way to change it.
class CompanyProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)
public:
    // Empty when the profile may be stored; else a Persian sentence naming the first problem.
    // Empty optional fields are allowed (they can be completed later).
    static QString check(const Company &company);
    // Writes the profile for a system administrator, audited, in one transaction; false with
    // `error` (Persian) when refused or when the store could not write.
    static bool save(Store &store, const Actor &actor, Company &company, QString *error);
};
