#pragma once
#include <QString>

// The password and sign-in policy (reference §1.2 A, rule 12). ClubSettings keeps it with the
// other settings; sign-in, the member service and the import apply it.
struct PasswordPolicy
{
    int minLength = 8;
    bool requireComplexity = true; // at least one upper-case letter, one lower-case letter, one digit
    int expiryDays = 0;            // 0 = never expires
    bool changeAtFirstSignIn = false;
    int maxFailedAttempts = 5;     // 0 = never lock
    int lockoutMinutes = 15;       // a lock-out after failed attempts ends by itself after this (1..1440)
    int sessionMinutes = 30;       // 5..10080

    static constexpr int kMinLockoutMinutes = 1;
    static constexpr int kMaxLockoutMinutes = 1440;
    static constexpr int kMinSessionMinutes = 5;
    static constexpr int kMaxSessionMinutes = 10080;

    // Empty when the password is acceptable; otherwise a translated sentence ("Club" context).
    QString check(const QString &password) const;
    bool accepts(const QString &password) const { return check(password).isEmpty(); }
};
