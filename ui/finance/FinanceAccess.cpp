#include "ui/finance/FinanceAccess.h"

#include "models/repositories/ItemTypeRepository.h"
#include "models/repositories/UserRepository.h"
#include "models/store/Store.h"

namespace FinanceAccess {

StaffPermissions staff(const Session &session)
{
    if (!session.isStaff() || !session.store)
        return {};
    UserRepository users(*session.store);
    return StaffPermissions::load(users, session.userId);
}

Permissions permissions(const Session &session)
{
    const StaffPermissions granted = staff(session);
    return Permissions{[granted](const QString &key) { return granted.has(key); }};
}

std::unique_ptr<DocumentApproval> approval(const Session &session)
{
    return std::make_unique<DocumentApproval>(*session.store, session.userId, permissions(session));
}

QStringList documentEntities()
{
    return {QStringLiteral("proforma"), QStringLiteral("invoice"), QStringLiteral("return_invoice"),
            QStringLiteral("contract")};
}

QStringList receiptEntities()
{
    return {QStringLiteral("receipt"), QStringLiteral("payment")};
}

Rights rights(const Session &session, const QStringList &entities)
{
    Rights r;
    const StaffPermissions granted = staff(session);
    const QList<ItemType> types = ItemTypeRepository(*session.store).byEntity(QString());
    for (const ItemType &t : types) {
        if (!t.active || !entities.contains(t.entity))
            continue;
        if (t.needsApproval && granted.canApprove(t.id, t.entity))
            r.approvable << t.id;
        if (t.needsNumbering && !t.numberingPatternId.isEmpty() && granted.canNumber(t.id, t.entity))
            (t.numberOn == QLatin1String("approval") ? r.numberableApproved : r.numberable) << t.id;
    }
    return r;
}

bool mayApproveOrNumber(const Session &session)
{
    return rights(session, documentEntities() + receiptEntities()).any();
}

bool mayEditTemplates(const Session &session)
{
    const StaffPermissions granted = staff(session);
    return granted.has(ClubPermission::financeManager());
}

bool mayManageProducts(const Session &session)
{
    const StaffPermissions granted = staff(session);
    return granted.has(ClubPermission::financeManager()) || granted.has(ClubPermission::salesManager());
}

bool maySeeBalances(const Session &session)
{
    const StaffPermissions granted = staff(session);
    return granted.has(ClubPermission::financeManager()) || granted.has(ClubPermission::salesManager())
        || granted.has(ClubPermission::approveAllDocuments()) || granted.has(ClubPermission::approveAllReceipts());
}

} // namespace FinanceAccess
