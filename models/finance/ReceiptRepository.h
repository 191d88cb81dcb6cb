#pragma once
#include "models/finance/Receipt.h"
#include "models/core/ListSpec.h"
#include "models/core/Repository.h"

#include <optional>

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
