#include "models/finance/ApprovalTrail.h"

namespace ApprovalStatusCode {

QString text(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Pending: return QStringLiteral("pending");
    case ApprovalStatus::Approved: return QStringLiteral("approved");
    case ApprovalStatus::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

std::optional<ApprovalStatus> parse(const QString &text)
{
    if (text == QLatin1String("pending"))
        return ApprovalStatus::Pending;
    if (text == QLatin1String("approved"))
        return ApprovalStatus::Approved;
    if (text == QLatin1String("rejected"))
        return ApprovalStatus::Rejected;
    return std::nullopt;
}

} // namespace ApprovalStatusCode
