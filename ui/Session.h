#pragma once
#include <QString>

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
};
