#include "models/finance/Permissions.h"

#include "models/core/Actor.h"

namespace FinanceGate {

bool isReceiptEntity(const QString &entity)
{
    return entity == QLatin1String("receipt") || entity == QLatin1String("payment");
}

bool may(const Actor &actor, const QString &permission, bool receipt)
{
    if (actor.may(permission) || actor.may(FinancePermission::Manager))
        return true;
    const bool afterApprovalGate = permission == FinancePermission::EditAfterApproval
        || permission == FinancePermission::DeleteAfterApproval || permission == FinancePermission::Renumber
        || permission == FinancePermission::BackToPending;
    return !receipt && afterApprovalGate && actor.may(FinancePermission::SalesManager);
}

bool mayManageSettings(const Actor &actor)
{
    return actor.may(FinancePermission::Manager);
}

static bool familyOrType(const Actor &actor, bool receipt, const QString &typeKey)
{
    return may(actor, receipt ? FinancePermission::ApproveReceipts : FinancePermission::ApproveDocuments, receipt)
        || actor.may(typeKey);
}

bool mayApprove(const Actor &actor, bool receipt, const QString &itemTypeId)
{
    return familyOrType(actor, receipt, FinancePermission::approveType(itemTypeId));
}

bool mayReject(const Actor &actor, bool receipt, const QString &itemTypeId)
{
    return familyOrType(actor, receipt, FinancePermission::rejectType(itemTypeId));
}

bool mayNumber(const Actor &actor, const QString &itemTypeId)
{
    return may(actor, FinancePermission::Number, false) || actor.may(FinancePermission::numberType(itemTypeId));
}

} // namespace FinanceGate
