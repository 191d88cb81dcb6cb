#pragma once
#include "models/finance/FinancialAccount.h"
#include "models/core/ListSpec.h"
#include "models/core/Repository.h"

#include <optional>

struct FinancialAccountFilter
{
    QString search; // name, bank, holder, account number, card or IBAN; substring
    std::optional<AccountKind> kind; // nothing = both
};

// Bank accounts and cash boxes the company receives money into (حساب‌های مالی); the only code
// that writes SQL for financial_accounts. Kind and gateway are typed here, once.
class FinancialAccountRepository : public Repository
{
public:
    using Repository::Repository;

    enum ListColumn { Id, Name, Kind, BankName, AccountNumber, CardToCard, CashDeposit, Online, Active };

    bool insert(FinancialAccount &account);
    bool update(FinancialAccount &account);
    std::optional<FinancialAccount> get(const QString &id);
    // Reads an account after locking its row for the rest of the caller's transaction (PostgreSQL
    // row lock by a no-op update; SQLite's BEGIN IMMEDIATE already holds the write lock).
    std::optional<FinancialAccount> lock(const QString &id);
    bool tombstone(const QString &id);
    QList<FinancialAccount> all(bool activeOnly = false);
    // Active accounts that accept a club payment by `cashMethod` (card_to_card|deposit|online).
    QList<FinancialAccount> forClubMethod(const QString &cashMethod);
    // The accounts page: by name.
    ListSpec list(const FinancialAccountFilter &filter) const;

private:
    static FinancialAccount fromRecord(const QSqlRecord &r);
    Cols columns(const FinancialAccount &a) const;
    QList<FinancialAccount> where(const QString &cond);
};
