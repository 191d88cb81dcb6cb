#include "models/finance/ApprovedItemRepository.h"

#include "models/core/SqlUtil.h"
#include "models/core/Store.h"

ApprovalTrail ApprovedItemRepository::trailOf(const QSqlRecord &r)
{
    ApprovalTrail t;
    t.status = ApprovalStatusCode::parse(str(r, "approval_status")).value_or(ApprovalStatus::Pending);
    t.approvedBy = idOf(r, "approved_by");
    t.approvedAt = ts(r, "approved_at");
    t.rejectedBy = idOf(r, "rejected_by");
    t.rejectedAt = ts(r, "rejected_at");
    t.rejectReason = str(r, "reject_reason");
    t.numberedBy = idOf(r, "numbered_by");
    t.numberedAt = ts(r, "numbered_at");
    return t;
}

void ApprovedItemRepository::addTrail(Cols &cols, const ApprovalTrail &t)
{
    cols.push_back({"approval_status", ApprovalStatusCode::text(t.status)});
    cols.push_back({"approved_by", Sql::id(t.approvedBy)});
    cols.push_back({"approved_at", Sql::ts(t.approvedAt)});
    cols.push_back({"rejected_by", Sql::id(t.rejectedBy)});
    cols.push_back({"rejected_at", Sql::ts(t.rejectedAt)});
    cols.push_back({"reject_reason", t.rejectReason});
    cols.push_back({"numbered_by", Sql::id(t.numberedBy)});
    cols.push_back({"numbered_at", Sql::ts(t.numberedAt)});
}

bool ApprovedItemRepository::setApproval(const QString &id, ApprovalStatus from, ApprovalStatus to,
                                         const QString &userId, const QString &reason)
{
    const Col guard{"approval_status", ApprovalStatusCode::text(from)};
    const bool approved = to == ApprovalStatus::Approved;
    const bool rejected = to == ApprovalStatus::Rejected;
    return updateColumns(m_table, id,
                         {{"approval_status", ApprovalStatusCode::text(to)},
                          {"approved_by", Sql::id(approved ? userId : QString())},
                          {"approved_at", approved ? QVariant(Store::nowUtc()) : Sql::ts(QDateTime())},
                          {"rejected_by", Sql::id(rejected ? userId : QString())},
                          {"rejected_at", rejected ? QVariant(Store::nowUtc()) : Sql::ts(QDateTime())},
                          {"reject_reason", rejected ? reason : QString()}},
                         guard);
}

bool ApprovedItemRepository::setNumber(const QString &id, const QString &number, qint64 sequence, const QString &userId)
{
    return updateColumns(m_table, id,
                         {{"number", Sql::textOrNull(number)},
                          {"sequence", sequence > 0 ? QVariant(sequence) : QVariant(QMetaType(QMetaType::LongLong))},
                          {"numbered_by", Sql::id(userId)},
                          {"numbered_at", Store::nowUtc()}});
}

bool ApprovedItemRepository::lockForDecision(const QString &id)
{
    if (!m_store.dialect().isPostgres())
        return true;
    return exec(QLatin1String("SELECT 1 FROM ") + QLatin1String(m_table) + QLatin1String(" WHERE id = ? FOR UPDATE"), {id});
}
