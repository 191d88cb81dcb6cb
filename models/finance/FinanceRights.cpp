#include "models/finance/FinanceRights.h"

#include "models/club/ItemTypeRepository.h"
#include "models/core/Actor.h"
#include "models/finance/Permissions.h"

namespace FinanceRights {

QStringList documentEntities()
{
    return {QStringLiteral("proforma"), QStringLiteral("invoice"), QStringLiteral("return_invoice"),
            QStringLiteral("contract")};
}

QStringList receiptEntities()
{
    return {QStringLiteral("receipt"), QStringLiteral("payment")};
}

Rights of(Store &store, const Actor &actor, const QStringList &entities)
{
    Rights r;
    const QList<ItemType> types = ItemTypeRepository(store).byEntity(QString());
    for (const ItemType &t : types) {
        if (!t.active || !entities.contains(t.entity))
            continue;
        if (t.needsApproval && FinanceGate::mayApprove(actor, FinanceGate::isReceiptEntity(t.entity), t.id))
            r.approvable << t.id;
        if (t.needsNumbering && !t.numberingPatternId.isEmpty() && FinanceGate::mayNumber(actor, t.id))
            (t.numberOn == QLatin1String("approval") ? r.numberableApproved : r.numberable) << t.id;
    }
    return r;
}

bool mayApproveOrNumber(Store &store, const Actor &actor)
{
    return of(store, actor, documentEntities() + receiptEntities()).any();
}

bool mayEditTemplates(const Actor &actor)
{
    return actor.may(FinancePermission::Manager);
}

bool mayManageProducts(const Actor &actor)
{
    return actor.may(FinancePermission::Manager) || actor.may(FinancePermission::SalesManager);
}

bool maySeeBalances(const Actor &actor)
{
    return actor.may(FinancePermission::Manager) || actor.may(FinancePermission::SalesManager)
        || actor.may(FinancePermission::ApproveDocuments) || actor.may(FinancePermission::ApproveReceipts);
}

bool mayManageSettings(const Actor &actor)
{
    return FinanceGate::mayManageSettings(actor);
}

} // namespace FinanceRights
