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
    UserKind kind = UserKind::Staff;
    QString identityId;  // the club user's own identity; the staff user's profile
    QString displayName;
    bool central = false; // standalone SQLite file, or a workstation of a central server
    QString serverName;   // central: the connection profile's name, shown in the status bar

    bool isStaff() const { return kind == UserKind::Staff; }
    bool isAgent() const { return kind == UserKind::Agent; }
    bool isClubUser() const { return !isStaff(); }

    // Who acts, loaded afresh for each action and handed to its service: a permission withdrawn
    // while a page is open stops the next action, not only the next window.
    Actor actor() const;
    // The signed-in user as read once when first asked, and the staff questions asked of it:
    // sections and menus ask many times while the window is built (each read is a query).
    const Actor &signedIn() const;
    const StaffPermissions &permissions() const;

private:
    mutable std::shared_ptr<const Actor> m_signedIn;
    mutable std::shared_ptr<const StaffPermissions> m_permissions;
};
