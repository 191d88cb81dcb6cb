#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/domain/User.h"

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
    };

    bool ok = false;
    User user;            // filled when ok
    Failure failure = Failure::None;
    int attemptsLeft = -1; // after a wrong password for a known user: tries before the lock
    QString message() const { return messageFor(failure); }
    static QString messageFor(Failure failure); // translated ("SignIn" context)
    static QString reasonCode(Failure failure); // stored in sign_in_history.reason
};

// Standalone sign-in (DESIGN §6 describes the server's equivalent). The order of checks does
// not disclose more than it must: a locked account is refused before its password is looked
// at; approval, activation and suspension are told only to someone who knows the password; an
// unknown user costs the same hash verification as a known one.
//
// Failed attempts are counted per user and lock the account at N, N = settings key
// "security.max_failed_attempts" (default 5; 0 = never lock). Every attempt on a known user is
// recorded in sign_in_history. A successful sign-in resets the count and rehashes the password
// when the stored hash is weaker than the hasher's strength.
class SignInService
{
public:
    explicit SignInService(Store &store, PasswordHasher hasher = PasswordHasher());

    SignInResult signIn(const QString &username, const QString &password, const QString &host = {});
    int maxFailedAttempts();

    static constexpr int kDefaultMaxFailedAttempts = 5;

private:
    SignInResult finish(const User &user, SignInResult::Failure failure, const QString &host);
    Store &m_store;
    PasswordHasher m_hasher;
};
