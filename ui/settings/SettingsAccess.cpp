#include "ui/settings/SettingsAccess.h"

#include "models/club/ClubPermissions.h"
#include "models/auth/UserRepository.h"

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

}
