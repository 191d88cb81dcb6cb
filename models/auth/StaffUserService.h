#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/auth/User.h"
#include "models/core/Actor.h"
#include "models/core/Store.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class IdentityRepository;
class UserRepository;
struct Identity;

// «کاربران»: the staff accounts of the back office (reference §1.6 for staff). Each call is one
// action (DESIGN §3): it begins the transaction, checks inside it that the actor may manage
// users (system.users.manage or an administrator), re-reads the account it decides on, writes
// with a guard on the state it read, appends an audit row and commits. A refusal writes nothing
// and says why in Persian (error()).
//
// Administrators are protected twice: only an administrator may make someone an administrator
// (or change an administrator's account), and no action may leave the company without an active
// administrator (deactivating, or taking the admin groups away from, the last one) — nobody
// could then manage users or settings again. Nobody deactivates their own account.
class StaffUserService
{
    Q_DECLARE_TR_FUNCTIONS(StaffUserService)
public:
    // What the editor holds for one staff user.
    struct Form
    {
        QString username;  // fixed once created
        QString firstName; // on the staff user's own identity (profile type «اپراتور»)
        QString lastName;
        QString email;
        QString mobile;
        QString language = QStringLiteral("fa");
        bool active = true;
        QStringList groupIds;
    };

    StaffUserService(Store &store, const Actor &actor, PasswordHasher hasher = PasswordHasher());

    // The form of a stored staff user (names from the linked identity); nothing when unknown.
    std::optional<Form> load(const QString &userId);
    // A new staff user with its identity and groups, and a first password under the policy.
    // `mustChange`: the user replaces the password at the first sign-in. The new user's id.
    std::optional<QString> create(const Form &form, const QString &password, bool mustChange = true);
    bool update(const QString &userId, const Form &form);
    bool setActive(const QString &userId, bool active);
    // A new password the user must replace at the next sign-in.
    bool resetPassword(const QString &userId, const QString &password);
    bool unlock(const QString &userId);
    QString error() const { return m_error; }

    bool mayManage() const; // whether the actor may use the staff users screen at all
    // Whether membership of this group makes a user an administrator (the admin group, or a
    // group holding system.admin).
    static bool groupConfersAdmin(UserRepository &users, const QString &groupId);
    static bool isActiveAdmin(UserRepository &users, const User &user);
    // Whether any staff user is still an active system administrator (after a change, inside
    // its transaction): the permissions page and the editor both keep one.
    static bool anyActiveAdmin(UserRepository &users);

private:
    // The action's transaction has begun and the actor may manage staff; else false with error().
    bool begin(Store::Transaction &tx);
    bool commit(Store::Transaction &tx); // false with the store's reason when it could not
    bool fail(const QString &message);
    bool storeFailure(const QString &detail);
    std::optional<User> loadStaff(UserRepository &users, const QString &userId);
    bool checkForm(const Form &form);
    // The admin rules for a change that gives `user` the groups `groupIds` and the state `active`.
    bool checkAdminRules(UserRepository &users, const User &user, const QStringList &groupIds, bool active);
    bool audit(const char *action, const QString &userId, const QString &detail = {});
    bool writeGroups(UserRepository &users, const QString &userId, const QStringList &groupIds);
    Identity operatorIdentity(const Form &form) const;

    Store &m_store;
    Actor m_actor;
    PasswordHasher m_hasher;
    QString m_error;
};
