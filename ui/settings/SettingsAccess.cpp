#include "ui/settings/SettingsAccess.h"

#include "models/club/ClubPermissions.h"
#include "models/repositories/AuditLog.h"
#include "models/repositories/UserRepository.h"

namespace {
StaffPermissions permissionsOf(const Session &session)
{
    if (!session.store || !session.isStaff())
        return {};
    UserRepository users(*session.store);
    return StaffPermissions::load(users, session.userId);
}
}

namespace SettingsAccess {

bool mayConfigureClub(const Session &session)
{
    return permissionsOf(session).canChangeClubSettings();
}

bool mayManageStaff(const Session &session)
{
    return permissionsOf(session).has(ClubPermission::usersManager());
}

bool audit(const Session &session, const QString &action, const QString &subjectKind, const QString &subjectId,
           const QString &detail)
{
    return AuditLog(*session.store).append(session.userId, action, subjectKind, subjectId, detail);
}

}
