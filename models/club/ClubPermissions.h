#pragma once
#include "models/club/ClubSettings.h"
#include "models/core/Actor.h"

#include <QSet>
#include <QString>
#include <QStringList>

// Staff permissions of reference §1.13 that Vafa uses, as the keys stored in `permissions`.
// Keys already used by the demo company are kept as they are. Per-type financial permissions
// are a prefix plus the item type's id ("finance.approve:<item_type_id>").
namespace ClubPermission {
QString systemAdmin();              // system.admin: everything («مدیر سیستم»)
QString clubSettings();             // club.settings («مدیریت تنظیمات» of the club)
QString manageMembers(ClubKind k);  // club.customers.manage / club.agents.manage («مدیریت اعضای باشگاه …»)
QString createUsers(ClubKind k);    // club.customers.create_user / club.agents.create_user («ایجاد کاربر باشگاه …»)
QString viewPoints();               // points.view («مشاهده امتیازات مشتریان»)
QString managePoints();             // points.manage (implies points.view)
QString financeManager();           // finance.manager («مدیر مالی»): every financial action on every type
QString salesManager();             // sales.manager («مدیر فروش»)
QString usersManager();             // system.users.manage («مدیریت کاربران»)
QString manageCategories();         // identities.categories.manage: create, rename, move, delete categories
QString databaseManager();          // identities.database.manage («مدیر بانک اطلاعاتی»): sees and changes private categories
QString editIdentities();           // identities.edit (IdentityService: create and edit persons and organisations)
QString approveAllDocuments();      // finance.documents.approve: approve/reject/number any document type
QString approveAllReceipts();       // finance.receipts.approve: approve/reject/number any receipt type
QString approve(const QString &itemTypeId); // finance.approve:<id>  («تایید/ رد», approve)
QString reject(const QString &itemTypeId);  // finance.reject:<id>   («تایید/ رد», reject)
QString number(const QString &itemTypeId);  // finance.number:<id>   («شماره گذاری»)
QStringList all(); // the fixed keys (not the per-type ones), for the permissions editor
// The name of the group whose members hold every permission.
QString adminGroupName(); // "admin"
} // namespace ClubPermission

// What one staff user may do, resolved once from the user's own permissions and those of the
// user's groups. Members of the `admin` group and holders of system.admin have everything.
class StaffPermissions
{
public:
    StaffPermissions() = default;
    StaffPermissions(const QStringList &keys, bool admin);
    // The staff questions asked of one actor (UserRepository::actor loads it once per action).
    explicit StaffPermissions(const Actor &actor);

    bool isAdmin() const { return m_admin; }
    bool has(const QString &key) const;
    bool canManageMembers(ClubKind k) const;
    bool canCreateUsers(ClubKind k) const; // create_user or manage
    bool canViewPoints() const;
    bool canChangeClubSettings() const;
    bool canManageStaff() const; // the staff permissions page (system.users.manage)

private:
    QSet<QString> m_keys;
    bool m_admin = false;
};
