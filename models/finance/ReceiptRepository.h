#pragma once
#include "models/finance/Receipt.h"
#include "models/core/ListSpec.h"
#include "models/finance/ApprovedItemRepository.h"

#include <optional>

struct ReceiptFilter
{
    QString identityId;
    std::optional<ApprovalStatus> approvalStatus; // nothing = all
    QString direction;      // in|out; empty = both
    QString accountId;      // paid into this financial account; empty = any
};

// Receipts and payments (دریافت / پرداخت).
class ReceiptRepository : public ApprovedItemRepository
{
public:
    explicit ReceiptRepository(Store &store) : ApprovedItemRepository(store, "receipts") {}

    enum ListColumn { Id, Number, ReceivedOn, IdentityName, Amount, Method, CashMethod, ApprovalStatus, IdentityId };

    bool insert(Receipt &receipt);
    bool update(Receipt &receipt);
    std::optional<Receipt> get(const QString &id);
    bool tombstone(const QString &id);
    ListSpec list(const ReceiptFilter &filter) const; // newest first
    qint64 count(const ReceiptFilter &filter);
    // Sum of approved incoming minus approved outgoing amounts for one identity.
    qint64 approvedTotal(const QString &identityId);

private:
    static Receipt fromRecord(const QSqlRecord &r);
    Cols columns(const Receipt &r) const;
    QString whereFor(const ReceiptFilter &f, QVariantList *binds) const;
};
