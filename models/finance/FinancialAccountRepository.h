#pragma once
#include "models/finance/Receipt.h"
#include "models/core/Repository.h"

#include <optional>

// Bank accounts and cash boxes the company receives money into (حساب‌های مالی).
class FinancialAccountRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(FinancialAccount &account);
    bool update(FinancialAccount &account);
    std::optional<FinancialAccount> get(const QString &id);
    bool tombstone(const QString &id);
    QList<FinancialAccount> all(bool activeOnly = false);
    // Active accounts that accept a club payment by `cashMethod` (card_to_card|deposit|online).
    QList<FinancialAccount> forClubMethod(const QString &cashMethod);

private:
    static FinancialAccount fromRecord(const QSqlRecord &r);
    Cols columns(const FinancialAccount &a) const;
    QList<FinancialAccount> where(const QString &cond);
};
