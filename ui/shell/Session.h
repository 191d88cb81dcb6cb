#pragma once
#include "models/club/ClubPermissions.h"

#include <QString>

#include <memory>

class Store;

// Who is signed in, and to which store. Pages read it; nothing changes it after sign-in.
struct Session
{
    Store *store = nullptr;
    QString userId;
    QString username;
    QString kind;        // staff | customer | agent | supplier
    QString identityId;  // the club user's own identity; the staff user's profile
    QString displayName;
    bool central = false; // standalone SQLite file, or a workstation of a central server

    bool isStaff() const { return kind == QLatin1String("staff"); }
    bool isAgent() const { return kind == QLatin1String("agent"); }
    bool isClubUser() const { return !isStaff(); }

    // What the signed-in staff user may do, read once when first asked: sections and menus ask
    // many times while the window is built (each read is a query). Saves and services read the
    // permissions afresh, so a withdrawn permission stops the next action, not only the next window.
    const StaffPermissions &permissions() const;

private:
    mutable std::shared_ptr<const StaffPermissions> m_permissions;
};
