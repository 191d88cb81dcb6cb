#include "models/auth/SignIn.h"

#include "models/club/ClubSettings.h"
#include "models/core/SettingsRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

QString SignInResult::messageFor(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::WrongCredentials:
        return QCoreApplication::translate("SignIn", "The username or password is not correct.");
    case Failure::NotApproved:
        return QCoreApplication::translate("SignIn",
                                           "Your membership has not been approved yet. You can sign in once the "
                                           "company approves it.");
    case Failure::Rejected:
        return QCoreApplication::translate("SignIn", "Your membership request was not accepted.");
    case Failure::Inactive:
        return QCoreApplication::translate("SignIn", "This account is inactive. Contact the company to activate it.");
    case Failure::Suspended:
        return QCoreApplication::translate("SignIn", "This account is suspended. Contact the company.");
    case Failure::Locked:
        return QCoreApplication::translate("SignIn",
                                           "This account has been locked after too many failed attempts. Ask an "
                                           "administrator to unlock it.");
    case Failure::StoreError:
        return QCoreApplication::translate("SignIn", "Signing in failed because the database could not be read.");
    case Failure::PasswordChangeRequired:
        return QCoreApplication::translate("SignIn", "You must choose a new password before you continue.");
    case Failure::PasswordExpired:
        return QCoreApplication::translate("SignIn", "Your password has expired. Choose a new password to continue.");
    case Failure::NewPasswordRejected:
        return QCoreApplication::translate("SignIn", "The new password was not accepted.");
    case Failure::SessionExpired:
        return QCoreApplication::translate("SignIn", "Your session has ended because it was idle too long. Sign in again.");
    case Failure::ClubClosed:
        return QCoreApplication::translate("SignIn", "The club is closed for now. Contact the company.");
    }
    return {};
}

QString SignInResult::reasonCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::WrongCredentials:
        return QStringLiteral("wrong_password");
    case Failure::NotApproved:
        return QStringLiteral("not_approved");
    case Failure::Rejected:
        return QStringLiteral("rejected");
    case Failure::Inactive:
        return QStringLiteral("inactive");
    case Failure::Suspended:
        return QStringLiteral("suspended");
    case Failure::Locked:
        return QStringLiteral("locked");
    case Failure::StoreError:
        return QStringLiteral("store_error");
    case Failure::PasswordChangeRequired:
        return QStringLiteral("must_change_password");
    case Failure::PasswordExpired:
        return QStringLiteral("password_expired");
    case Failure::NewPasswordRejected:
        return QStringLiteral("new_password_rejected");
    case Failure::SessionExpired:
        return QStringLiteral("session_expired");
    case Failure::ClubClosed:
        return QStringLiteral("club_closed");
    }
    return {};
}

SignInResult::Failure SignInResult::failureOf(const QString &code)
{
    if (code.isEmpty())
        return Failure::None;
    for (int f = int(Failure::WrongCredentials); f <= int(Failure::ClubClosed); ++f)
        if (reasonCode(Failure(f)) == code)
            return Failure(f);
    return Failure::StoreError;
}

SignInService::SignInService(Store &store, PasswordHasher hasher) : m_store(store), m_hasher(hasher) {}

int SignInService::maxFailedAttempts()
{
    SettingsRepository settings(m_store);
    const QJsonValue v = settings.value(QStringLiteral("security.max_failed_attempts"));
    return v.isDouble() ? qMax(0, v.toInt()) : kDefaultMaxFailedAttempts;
}

SignInResult SignInService::finish(const User &user, SignInResult::Failure failure, const QString &host)
{
    SignInResult r;
    r.failure = failure;
    r.ok = failure == SignInResult::Failure::None;
    if (r.ok)
        r.user = user;
    if (m_store.isReadOnly())
        return r; // a file that cannot be written keeps no history; its reader has the file anyway
    UserRepository users(m_store);
    SignInRecord rec;
    rec.userId = user.id;
    rec.success = r.ok;
    rec.reason = SignInResult::reasonCode(failure);
    rec.host = host;
    users.addSignIn(rec);
    return r;
}

SignInResult SignInService::signIn(const QString &username, const QString &password, const QString &host)
{
    return attempt(username, password, QString(), host);
}

SignInResult SignInService::changePassword(const QString &username, const QString &currentPassword,
                                           const QString &newPassword, const QString &host)
{
    if (newPassword.isEmpty()) {
        SignInResult r;
        r.failure = SignInResult::Failure::NewPasswordRejected;
        return r;
    }
    return attempt(username, currentPassword, newPassword, host);
}

namespace {

// A hash of this strength, made once per process: what an unknown username is checked against.
const QString &dummyHash(const PasswordHasher &hasher)
{
    static QHash<int, QString> made;
    static QMutex guard;
    QMutexLocker lock(&guard);
    QString &h = made[int(hasher.strength())];
    if (h.isEmpty())
        h = hasher.hash(QStringLiteral("vafa-dummy-password"));
    return h;
}

// Whether a lock-out after failed attempts has run its course. A lock without a time was an
// administrator's and stays until an administrator lifts it.
bool lockOutEnded(const User &user, const PasswordPolicy &policy, const QDateTime &now)
{
    return user.locked && user.lockedAt.isValid() && user.lockedAt.addSecs(qint64(policy.lockoutMinutes) * 60) <= now;
}

// Whether the password is older than the policy allows (0 days = never expires).
bool passwordExpired(const User &user, const PasswordPolicy &policy, const QDateTime &now)
{
    if (policy.expiryDays <= 0)
        return false;
    const QDateTime since = user.passwordChangedAt.isValid() ? user.passwordChangedAt : user.createdAt;
    return since.isValid() && since.addDays(policy.expiryDays) <= now;
}

}

// One path for signing in and for changing the password on the way in: `newPassword` empty
// means a plain sign-in.
SignInResult SignInService::attempt(const QString &username, const QString &password, const QString &newPassword,
                                    const QString &host)
{
    using F = SignInResult::Failure;
    UserRepository users(m_store);
    const auto found = users.findByUsername(username);
    // The same work whatever the account's state, so the time an answer takes does not tell
    // whether a username exists, is locked, suspended, or was imported with a quick one-time
    // hash: one verification at the hasher's strength, always (DESIGN §6).
    const QString &dummy = dummyHash(m_hasher);
    if (!found) {
        m_hasher.verify(dummy, password);
        SignInResult r;
        r.failure = users.lastError().isEmpty() ? F::WrongCredentials : F::StoreError;
        return r;
    }
    User user = *found;
    const bool passwordRight = m_hasher.verify(user.passwordHash, password);
    if (m_hasher.needsRehash(user.passwordHash))
        m_hasher.verify(dummy, password); // a quicker hash than ours: make up the difference

    const PasswordPolicy policy = ClubSettings(m_store).passwordPolicy();
    const QDateTime now = Store::now();
    if (lockOutEnded(user, policy, now)) {
        // the lock-out lasts the policy's minutes; then the account counts attempts afresh
        if (!users.unlock(user.id))
            return SignInResult{false, User(), F::StoreError, -1, {}, 0};
        user.locked = false;
        user.lockedAt = {};
        user.failedAttempts = 0;
    }
    if (user.locked)
        return finish(user, F::Locked, host);

    if (!passwordRight && m_store.isReadOnly())
        return finish(user, F::WrongCredentials, host); // nothing to count in: the file takes no writes
    if (!passwordRight) {
        const int max = maxFailedAttempts();
        Store::Transaction tx = m_store.transaction();
        if (!tx.isActive())
            return SignInResult{false, User(), F::StoreError, -1, {}, 0};
        bool lockedNow = false;
        const int count = users.recordFailedAttempt(user.id, max, &lockedNow);
        SignInResult r = finish(user, lockedNow ? F::Locked : F::WrongCredentials, host);
        if (count < 0 || !tx.commit())
            r.failure = F::StoreError;
        else if (max > 0 && !lockedNow)
            r.attemptsLeft = max - count;
        return r;
    }

    F state = F::None;
    if (user.registrationStatus == RegistrationStatus::Pending)
        state = F::NotApproved;
    else if (user.registrationStatus == RegistrationStatus::Rejected)
        state = F::Rejected;
    else if (!user.active)
        state = F::Inactive;
    else if (user.suspended)
        state = F::Suspended;

    // rule 1: each club is a module of its own; a switched-off one lets none of its users in
    if (state == F::None && user.isClubUser()
        && !ClubSettings(m_store).moduleEnabled(user.kind == UserKind::Agent ? ClubKind::Agent : ClubKind::Customer))
        state = F::ClubClosed;
    QString rejection;
    if (state == F::None && !newPassword.isEmpty()) {
        rejection = newPassword == password
            ? QCoreApplication::translate("SignIn", "The new password must differ from the current one.")
            : policy.check(newPassword);
        if (!rejection.isEmpty())
            state = F::NewPasswordRejected;
    } else if (state == F::None && user.mustChangePassword) {
        state = F::PasswordChangeRequired;
    } else if (state == F::None && passwordExpired(user, policy, now)) {
        state = F::PasswordExpired;
    }

    // A read-only file is for looking: the person signs in, and nothing is recorded or changed
    // (a new password cannot be kept there, so it is refused like any other failed write).
    if (m_store.isReadOnly()) {
        if (!newPassword.isEmpty() && state == F::None)
            return SignInResult{false, User(), F::StoreError, -1, {}, 0};
        SignInResult r = finish(user, state, host);
        if (r.ok)
            r.sessionMinutes = policy.sessionMinutes;
        return r;
    }
    Store::Transaction tx = m_store.transaction();
    if (!tx.isActive())
        return SignInResult{false, User(), F::StoreError, -1, {}, 0};
    if (state == F::None) {
        users.recordSuccessfulSignIn(user.id, now);
        user.lastSignInAt = now;
        user.failedAttempts = 0;
        if (!newPassword.isEmpty()) {
            const QString fresh = m_hasher.hash(newPassword);
            if (fresh.isEmpty() || !users.setPasswordHash(user.id, fresh, false))
                return SignInResult{false, User(), F::StoreError, -1, {}, 0};
            user.passwordHash = fresh;
            user.mustChangePassword = false;
            user.passwordChangedAt = now;
        } else if (m_hasher.needsRehash(user.passwordHash)) {
            const QString fresh = m_hasher.hash(password);
            if (!fresh.isEmpty() && users.setPasswordHash(user.id, fresh, user.mustChangePassword))
                user.passwordHash = fresh;
        }
    }
    SignInResult r = finish(user, state, host);
    r.detail = rejection;
    if (r.ok)
        r.sessionMinutes = policy.sessionMinutes;
    if (!tx.commit())
        r = SignInResult{false, User(), F::StoreError, -1, {}, 0};
    return r;
}
