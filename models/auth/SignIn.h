#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/auth/User.h"

#include <QDateTime>
#include <QString>

class Store;

struct SignInResult
{
    enum class Failure {
        None,
        WrongCredentials, // unknown user or wrong password: one message for both
        NotApproved,      // registration pending
        Rejected,         // registration rejected
        Inactive,
        Suspended,
        Locked,           // too many failed attempts, or locked by an administrator
        StoreError,
        // The password is right but must be replaced before the user goes on (policy §1.8):
        PasswordChangeRequired, // first sign-in, or an administrator asked for it
        PasswordExpired,        // older than security.password.expiry_days
        NewPasswordRejected,    // changePassword(): the new password breaks the policy (see detail)
        SessionExpired,         // the desktop session outlived security.session_minutes of idleness
        ClubClosed,             // a club user whose module (customer or agent club) is switched off
    };

    bool ok = false;
    User user;            // filled when ok
    Failure failure = Failure::None;
    int attemptsLeft = -1; // after a wrong password for a known user: tries before the lock
    QString detail;        // NewPasswordRejected: the policy's own sentence
    int sessionMinutes = 0; // when ok: idle minutes after which the session ends (the policy's)
    bool needsNewPassword() const
    {
        return failure == Failure::PasswordChangeRequired || failure == Failure::PasswordExpired;
    }
    QString message() const { return detail.isEmpty() ? messageFor(failure) : detail; }
    static QString messageFor(Failure failure); // translated ("SignIn" context)
    static QString reasonCode(Failure failure); // stored in sign_in_history.reason
    // The other way: the failure a reason code names ('' = none; an unknown code = StoreError).
    // The server's sign-in answers with these codes (vafa_sign_in, migration 0009).
    static Failure failureOf(const QString &reasonCode);
};

// Standalone sign-in (DESIGN §6 describes the server's equivalent). The order of checks does
// not disclose more than it must: a locked account is refused whether or not the password is
// right; approval, activation and suspension are told only to someone who knows the password;
// every answer costs one verification at the hasher's strength, for an unknown user, a locked
// one or one imported with a quick one-time hash alike.
//
// Failed attempts are counted per user and lock the account at N, N = settings key
// "security.max_failed_attempts" (default 5; 0 = never lock). Such a lock-out lasts
// "security.lockout_minutes" (default 15), then the account opens by itself, so nobody can lock
// an administrator out for good; an administrator can unlock it sooner. Every attempt on a known
// user is recorded in sign_in_history. A successful sign-in resets the count and rehashes the password
// when the stored hash is weaker than the hasher's strength.
//
// The password policy (ClubSettings::passwordPolicy) is enforced here too: an account marked
// "must change" (first sign-in, imports, an administrator's request) or whose password is older
// than expiry_days is not signed in; the caller asks for a new password and calls
// changePassword(), which checks the old one again, applies the policy to the new one and only
// then signs in. The password's age counts from password_changed_at, else from created_at.
class SignInService
{
public:
    explicit SignInService(Store &store, PasswordHasher hasher = PasswordHasher());

    SignInResult signIn(const QString &username, const QString &password, const QString &host = {});
    // Replaces the password of a user who knows the current one, then signs in. Works whether
    // or not a change was required; fails with NewPasswordRejected when the new password breaks
    // the policy or equals the current one.
    SignInResult changePassword(const QString &username, const QString &currentPassword, const QString &newPassword,
                                const QString &host = {});
    int maxFailedAttempts();

    static constexpr int kDefaultMaxFailedAttempts = 5;

private:
    SignInResult attempt(const QString &username, const QString &password, const QString &newPassword,
                         const QString &host);
    SignInResult finish(const User &user, SignInResult::Failure failure, const QString &host);
    Store &m_store;
    PasswordHasher m_hasher;
};
