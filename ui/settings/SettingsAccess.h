#pragma once
#include "ui/shell/Session.h"

#include <QString>

// Who may open the configuration pages and use their buttons. The services they call
// (ClubConfiguration::save, ItemTypeService, StaffAccessService) check again inside their
// transaction, so a permission withdrawn while a page is open stops the next save too.
namespace SettingsAccess {
bool mayConfigureClub(const Session &session);   // club settings and item types (club.settings)
bool mayManageStaff(const Session &session);     // staff permissions (system.users.manage or admin)
}
