#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/core/Company.h"
#include "models/finance/FinancialAccount.h"

#include <QCoreApplication>
#include <QStringList>

class Store;

// Starts a real company in an empty store («شرکت جدید»): its profile, the first administrator,
// and the standard starter content (StarterPreset: numbering patterns, item types and identity
// subtypes; plus the category tree the club needs, a cash box, a bank account and the staff groups). One
// transaction: a store that already holds a company or a user is refused and nothing is written.
class CompanySetup
{
    Q_DECLARE_TR_FUNCTIONS(CompanySetup)
public:
    struct NewCompany
    {
        Company profile;
        QString adminUsername;
        QString adminPassword;
        QString adminFirstName;
        QString adminLastName;
        // the first bank account; all optional (an account without an IBAN starts inactive)
        QString bankName;
        QString bankAccountNumber;
        QString bankIban;
    };
    struct Result
    {
        bool ok = false;
        QString error;        // Persian, for the person or the command line
        QStringList created;  // what was made, a line each (Persian)
        bool cannotOpen = false; // createFile only: the file could not be made or opened
    };

    explicit CompanySetup(Store &store, PasswordHasher hasher = PasswordHasher()) : m_store(store), m_hasher(hasher) {}
    Result create(const NewCompany &company);
    // Empty when the bank details may be stored, else a Persian sentence (a wrong IBAN): the
    // financial account rules, except that the account may start without a number.
    static QString checkBank(const NewCompany &company);
    // The first bank account as it will be stored (normalized; active once it has an IBAN).
    static FinancialAccount bankAccountOf(const NewCompany &company);
    // The company in a file of its own at `path` (made when missing). A refused start leaves no
    // half-made file behind; a file that was already there stays as it was found.
    static Result createFile(const QString &path, const NewCompany &company);

private:
    Store &m_store;
    PasswordHasher m_hasher;
};
