#include "ui/finance/FinanceAccess.h"

#include "models/club/ItemTypeRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"

namespace FinanceAccess {

// What the pages show and offer follows the permissions read at sign-in; the services are
// given them afresh (permissions()) when they act.
const StaffPermissions &staff(const Session &session)
{
    return session.permissions();
}

Permissions permissions(const Session &session)
{
    if (!session.isStaff() || !session.store)
        return Permissions::none();
    UserRepository users(*session.store);
    const StaffPermissions granted = StaffPermissions::load(users, session.userId);
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
    const StaffPermissions &granted = staff(session);
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
    const StaffPermissions &granted = staff(session);
    return granted.has(ClubPermission::financeManager());
}

bool mayManageProducts(const Session &session)
{
    const StaffPermissions &granted = staff(session);
    return granted.has(ClubPermission::financeManager()) || granted.has(ClubPermission::salesManager());
}

bool maySeeBalances(const Session &session)
{
    const StaffPermissions &granted = staff(session);
    return granted.has(ClubPermission::financeManager()) || granted.has(ClubPermission::salesManager())
        || granted.has(ClubPermission::approveAllDocuments()) || granted.has(ClubPermission::approveAllReceipts());
}

} // namespace FinanceAccess
