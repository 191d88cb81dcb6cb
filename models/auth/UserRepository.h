#pragma once
#include "models/auth/User.h"
#include "models/core/Actor.h"
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <optional>

struct UserFilter
{
    std::optional<UserKind> kind; // nothing = all
    std::optional<RegistrationStatus> registrationStatus; // nothing = all
    QString search;             // username, display name, email, mobile (substring, case-insensitive for Latin)
    // The members pages narrow further; every field left at its default matches everyone.
    QList<UserKind> kinds;      // any of these kinds (with `kind` empty); the customer page lists customers and suppliers
    std::optional<bool> active;
    std::optional<bool> suspended;
    std::optional<bool> locked;
    QString createdVia;         // staff|self|bulk|identity|import; empty = all
    bool neverSignedIn = false;
    QDateTime signedInSince;    // last sign-in at or after this moment
    QDateTime notSignedInSince; // no sign-in at or after this moment (never signed in counts)
};

// Users (staff and club users) with their security state, groups, permissions and sign-in history.
// Usernames are stored trimmed and lower-case; lookups fold the same way.
class UserRepository : public Repository
{
public:
    using Repository::Repository;

    // State: the one word a person reads first about an account, the first that holds of
    // rejected, pending (registration), inactive, suspended, locked, else active: what stops the
    // account from signing in, the most lasting reason first (unlocking a suspended account
    // still leaves it suspended).
    enum ListColumn { Id, Username, Kind, DisplayName, State, LastSignInAt, CreatedVia };

    static QString foldUsername(const QString &username);

    bool insert(User &user);
    bool update(User &user);
    std::optional<User> get(const QString &id);
    std::optional<User> findByUsername(const QString &username);
    std::optional<User> findByIdentity(const QString &identityId);
    bool tombstone(const QString &id);
    ListSpec list(const UserFilter &filter) const;

    // Security state, each a single-row update.
    bool setPasswordHash(const QString &userId, const QString &hash, bool mustChange = false);
    // With `expected`, only while the status is still that one (the state the caller decided on).
    bool setRegistrationStatus(const QString &userId, RegistrationStatus status,
                               std::optional<RegistrationStatus> expected = std::nullopt);
    // With `expected`, only while the account is still active or inactive as the caller read it.
    bool setActive(const QString &userId, bool active, std::optional<bool> expected = std::nullopt);
    bool setSuspended(const QString &userId, bool suspended);
    bool unlock(const QString &userId); // also clears failed attempts
    // Counts one failed attempt; locks the account when the count reaches maxAttempts (> 0).
    // Returns the new count, or -1 on error.
    int recordFailedAttempt(const QString &userId, int maxAttempts, bool *lockedNow = nullptr);
    bool recordSuccessfulSignIn(const QString &userId, const QDateTime &at);

    // Groups and permissions. permissionsOf() = the user's own plus those of the user's groups.
    bool insertGroup(UserGroup &group);
    QList<UserGroup> groups();
    std::optional<UserGroup> findGroup(const QString &name);
    bool addToGroup(const QString &userId, const QString &groupId);
    QStringList groupIdsOf(const QString &userId);
    bool grantToGroup(const QString &groupId, const QString &permission);
    bool grantToUser(const QString &userId, const QString &permission);
    QStringList permissionsOf(const QString &userId);
    // Who acts, loaded once per action: the user, its grants and whether it is an administrator.
    Actor actor(const QString &userId);
    // The permissions editor reads and changes each holder's own grants, without those it inherits.
    QStringList permissionsOfGroup(const QString &groupId);
    QStringList ownPermissionsOf(const QString &userId);
    bool revokeFromGroup(const QString &groupId, const QString &permission);
    bool revokeFromUser(const QString &userId, const QString &permission);
    bool removeFromGroup(const QString &userId, const QString &groupId);
    QStringList memberIdsOf(const QString &groupId);
    QList<User> byKind(UserKind kind); // live users of a kind, by username

    bool addSignIn(SignInRecord &record);
    QList<SignInRecord> signInHistory(const QString &userId, int limit = 50);
    ListSpec signInHistoryList(const QString &userId) const; // id, at, success, reason, host; newest first
    // The audit rows a user did or that are about the user («فعالیت‌های کاربر»):
    // id, at, action, acting username, detail; newest first.
    ListSpec activityList(const QString &userId) const;

private:
    static User fromRecord(const QSqlRecord &r);
    QStringList liveStrings(const char *select, const QString &bind, const char *orderBy);
    bool tombstoneLink(const char *table, const char *columnA, const QString &a, const char *columnB, const QString &b);
    Cols columns(const User &u) const;
    QString selectUsers() const;
    std::optional<User> firstUser(const QString &where, const QVariantList &binds);
};
