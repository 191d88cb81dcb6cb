#include "models/club/ClubPermissions.h"

#include "models/finance/Permissions.h"
#include "models/identities/IdentityService.h"

namespace ClubPermission {
QString systemAdmin() { return Grant::SystemAdmin; }
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
QString financeManager() { return FinancePermission::Manager; }
QString salesManager() { return FinancePermission::SalesManager; }
QString usersManager() { return QStringLiteral("system.users.manage"); }
QString manageCategories() { return QStringLiteral("identities.categories.manage"); }
QString databaseManager() { return QStringLiteral("identities.database.manage"); }
QString editIdentities() { return IdentityService::editPermission(); }
QString approveAllDocuments() { return FinancePermission::ApproveDocuments; }
QString approveAllReceipts() { return FinancePermission::ApproveReceipts; }
QString approve(const QString &id) { return FinancePermission::approveType(id); }
QString reject(const QString &id) { return FinancePermission::rejectType(id); }
QString number(const QString &id) { return FinancePermission::numberType(id); }
QStringList all()
{
    return {systemAdmin(), clubSettings(), manageMembers(ClubKind::Customer), manageMembers(ClubKind::Agent),
            createUsers(ClubKind::Customer), createUsers(ClubKind::Agent), viewPoints(), managePoints(),
            financeManager(), salesManager(), usersManager(), approveAllDocuments(), approveAllReceipts(),
            manageCategories(), databaseManager(), editIdentities()};
}
QString adminGroupName() { return Grant::AdminGroup; }
} // namespace ClubPermission

StaffPermissions::StaffPermissions(const QStringList &keys, bool admin)
    : m_keys(keys.cbegin(), keys.cend()), m_admin(admin || keys.contains(ClubPermission::systemAdmin()))
{
}

StaffPermissions::StaffPermissions(const Actor &actor) : m_keys(actor.grants), m_admin(actor.admin)
{
    if (!actor.isStaff())
        *this = {}; // club users never hold staff permissions
}

bool StaffPermissions::canManageStaff() const { return has(ClubPermission::usersManager()); }

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
