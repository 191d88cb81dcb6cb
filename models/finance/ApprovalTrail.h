#pragma once
#include <QDateTime>
#include <QString>

#include <optional>

class QSqlRecord;

// Where an item stands in approval («وضعیت تایید»), as a typed code; stored as pending|approved|rejected.
enum class ApprovalStatus { Pending, Approved, Rejected };

namespace ApprovalStatusCode {
QString text(ApprovalStatus status);
// The stored text back; nothing for text that is no status (a list filter's "all" is empty).
std::optional<ApprovalStatus> parse(const QString &text);
} // namespace ApprovalStatusCode

// Who approved, rejected and numbered an item, and when. Documents and receipts keep the same
// trail in the same columns; their repositories read and write it through the two functions below.
struct ApprovalTrail
{
    ApprovalStatus status = ApprovalStatus::Pending;
    QString approvedBy;
    QDateTime approvedAt;
    QString rejectedBy;
    QDateTime rejectedAt;
    QString rejectReason;
    QString numberedBy;
    QDateTime numberedAt;

    bool isPending() const { return status == ApprovalStatus::Pending; }
    bool isApproved() const { return status == ApprovalStatus::Approved; }
    bool isRejected() const { return status == ApprovalStatus::Rejected; }
};
