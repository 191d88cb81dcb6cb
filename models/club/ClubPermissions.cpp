#include "models/club/ClubPermissions.h"

#include "models/finance/Permissions.h"
#include "models/auth/UserRepository.h"

namespace ClubPermission {
QString systemAdmin() { return QStringLiteral("system.admin"); }
QString clubSettings() { return QStringLiteral("club.settings"); }
QString manageMembers(ClubKind k)
{
    return k == ClubKind::Agent ? QStringLiteral("club.agents.manage") : QStringLiteral("club.customers.manage");
}
QString createUsers(ClubKind k)
{
    return k == ClubKind::Agent ? QStringLiteral("club.agents.create_user") : QStringLiteral("club.customers.create_user");
}
QString viewPoints() { return QStringLiteral("points.view"); }
QString managePoints() { return QStringLiteral("points.manage"); }
QString financeManager() { return QStringLiteral("finance.manager"); }
QString salesManager() { return QStringLiteral("sales.manager"); }
QString usersManager() { return QStringLiteral("system.users.manage"); }
QString approveAllDocuments() { return QStringLiteral("finance.documents.approve"); }
QString approveAllReceipts() { return QStringLiteral("finance.receipts.approve"); }
QString approve(const QString &id) { return FinancePermission::approveType(id); }
QString reject(const QString &id) { return FinancePermission::rejectType(id); }
QString number(const QString &id) { return FinancePermission::numberType(id); }
QStringList all()
{
    return {systemAdmin(), clubSettings(), manageMembers(ClubKind::Customer), manageMembers(ClubKind::Agent),
            createUsers(ClubKind::Customer), createUsers(ClubKind::Agent), viewPoints(), managePoints(),
            financeManager(), salesManager(), usersManager(), approveAllDocuments(), approveAllReceipts()};
}
QString adminGroupName() { return QStringLiteral("admin"); }
} // namespace ClubPermission

StaffPermissions::StaffPermissions(const QStringList &keys, bool admin)
    : m_keys(keys.cbegin(), keys.cend()), m_admin(admin || keys.contains(ClubPermission::systemAdmin()))
{
}

StaffPermissions StaffPermissions::load(UserRepository &users, const QString &userId)
{
    const auto u = users.get(userId);
    if (!u || u->kind != QLatin1String("staff"))
        return {}; // club users never hold staff permissions
    const QStringList groupIds = users.groupIdsOf(userId);
    bool admin = false;
    const QList<UserGroup> groups = users.groups();
    for (const UserGroup &g : groups)
        if (groupIds.contains(g.id) && g.name.compare(ClubPermission::adminGroupName(), Qt::CaseInsensitive) == 0)
            admin = true;
    return StaffPermissions(users.permissionsOf(userId), admin);
}

bool StaffPermissions::has(const QString &key) const { return m_admin || m_keys.contains(key); }

bool StaffPermissions::canManageMembers(ClubKind k) const { return has(ClubPermission::manageMembers(k)); }

bool StaffPermissions::canCreateUsers(ClubKind k) const
{
    return has(ClubPermission::createUsers(k)) || canManageMembers(k);
}

bool StaffPermissions::canViewPoints() const
{
    return has(ClubPermission::viewPoints()) || has(ClubPermission::managePoints());
}

bool StaffPermissions::canChangeClubSettings() const { return has(ClubPermission::clubSettings()); }

bool StaffPermissions::familyWide(const QString &entity) const
{
    if (has(ClubPermission::financeManager()))
        return true;
    const bool receipt = entity == QLatin1String("receipt") || entity == QLatin1String("payment");
    return has(receipt ? ClubPermission::approveAllReceipts() : ClubPermission::approveAllDocuments());
}

bool StaffPermissions::canApprove(const QString &id, const QString &entity) const
{
    return familyWide(entity) || has(ClubPermission::approve(id));
}

bool StaffPermissions::canReject(const QString &id, const QString &entity) const
{
    return familyWide(entity) || has(ClubPermission::reject(id));
}

bool StaffPermissions::canNumber(const QString &id, const QString &entity) const
{
    return familyWide(entity) || has(ClubPermission::number(id));
}
