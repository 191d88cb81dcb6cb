#pragma once
#include "ui/Session.h"

#include <QString>

class AuditLog;

// Who may use the configuration pages. Read afresh on every save, so a permission withdrawn
// while a page is open stops the next save too, not only the next sign-in.
namespace SettingsAccess {
bool mayConfigureClub(const Session &session);   // club settings and item types (club.settings)
bool mayManageStaff(const Session &session);     // staff permissions (system.users.manage or admin)
// Appends one audit row by the signed-in user; false when it could not be written.
bool audit(const Session &session, const QString &action, const QString &subjectKind, const QString &subjectId,
           const QString &detail);
}
