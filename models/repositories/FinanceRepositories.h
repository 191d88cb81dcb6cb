#pragma once
#include "models/domain/Finance.h"
#include "models/repositories/Repository.h"
#include "models/store/ListSpec.h"

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

struct ReceiptFilter
{
    QString identityId;
    QString approvalStatus; // pending|approved|rejected; empty = all
    QString direction;      // in|out; empty = both
};

// Receipts and payments (دریافت / پرداخت).
class ReceiptRepository : public Repository
{
public:
    using Repository::Repository;

    enum ListColumn { Id, Number, ReceivedOn, IdentityName, Amount, Method, CashMethod, ApprovalStatus, IdentityId };

    bool insert(Receipt &receipt);
    bool update(Receipt &receipt);
    std::optional<Receipt> get(const QString &id);
    bool tombstone(const QString &id);
    bool approve(const QString &id, const QString &userId);
    bool reject(const QString &id, const QString &userId, const QString &reason);
    ListSpec list(const ReceiptFilter &filter) const; // newest first
    qint64 count(const ReceiptFilter &filter);
    // Sum of approved incoming minus approved outgoing amounts for one identity.
    qint64 approvedTotal(const QString &identityId);

private:
    static Receipt fromRecord(const QSqlRecord &r);
    Cols columns(const Receipt &r) const;
    QString whereFor(const ReceiptFilter &f, QVariantList *binds) const;
};

// Point transactions (earned/consumed/expired) per identity.
class PointRepository : public Repository
{
public:
    using Repository::Repository;

    // Points are signed (spent and expired ones negative); Balance runs in date order.
    enum ListColumn { Id, CreatedOn, Kind, Points, Balance, ExpiresOn, Description };

    bool insert(PointTransaction &transaction);
    std::optional<PointTransaction> get(const QString &id);
    bool tombstone(const QString &id);
    PointTotals totals(const QString &identityId);
    bool insertRule(PointRule &rule);
    QList<PointRule> rules(bool activeOnly = true);
    ListSpec list(const QString &identityId) const; // newest first

private:
    static PointTransaction fromRecord(const QSqlRecord &r);
};
