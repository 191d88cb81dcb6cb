#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/auth/User.h"
#include "models/core/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;

// The outcome of a member action. `error` is a translated sentence for the user ("Club"
// context) when ok is false.
struct ClubActionResult
{
    bool ok = false;
    QString error;
    QString userId;
    QString identityId;
    bool deactivatedInstead = false; // remove(): the user has records, so it was deactivated
    User user;                       // signInAs(): the user to open the club panel as

    static ClubActionResult failure(const QString &error);
};

// Staff actions on club members (reference §1.4 M1/M2, §1.5, §1.6). Every action checks the
// acting staff user's permissions, enforces the licence limit wherever a user becomes active,
// and runs in one transaction (DESIGN §3): it opens it before it reads what it decides on (the
// member, the seats, the module switch), writes with a guard on the state it read, writes the
// audit log in the same transaction and commits; a transaction that cannot begin stops the
// action with a Persian message and nothing written.
class ClubMemberService
{
    Q_DECLARE_TR_FUNCTIONS(Club)

public:
    // `actor` is loaded once for the action (UserRepository::actor).
    ClubMemberService(Store &store, const Actor &actor, PasswordHasher hasher = PasswordHasher());

    struct NewMember
    {
        ClubKind kind = ClubKind::Customer;
        QString identityKind = QStringLiteral("person"); // person|organisation
        QString subtypeId;                               // optional; must have the kind's profile type
        QString firstName;
        QString lastName;
        QString orgName;
        QString nationalId; // optional; کد ملی for people, شناسه ملی for organisations
        QString email;      // required (rule 10)
        QString mobile;     // optional
        QString username;
        QString password;
        bool active = true;
        int commissionBp = 0; // agents only
    };
    // M1: a new identity of the kind's profile type in the kind's default category, and its
    // account, approved and active (unless `active` is off).
    ClubActionResult createMember(const NewMember &member);
    // M2 («تعریف کاربر»): an account on an existing customer, agent or supplier identity.
    ClubActionResult defineUser(const QString &identityId, const QString &username, const QString &password,
                                bool active = true);

    struct MemberEdit
    {
        QString email;
        QString mobile;
        QString language = QStringLiteral("fa");
        int commissionBp = 0;
    };
    // The username, kind and identity never change (rule 11, rule 18).
    ClubActionResult edit(const QString &userId, const MemberEdit &edit);
    ClubActionResult approve(const QString &userId); // pending/rejected -> approved and active (rule 7)
    ClubActionResult reject(const QString &userId, const QString &reason = {});
    ClubActionResult setActive(const QString &userId, bool active);
    ClubActionResult setSuspended(const QString &userId, bool suspended);
    ClubActionResult unlock(const QString &userId);
    ClubActionResult setPassword(const QString &userId, const QString &password, bool mustChange = false);
    ClubActionResult forcePasswordChange(const QString &userId);
    // Empty when the actor may not manage the user's kind.
    QList<SignInRecord> signInHistory(const QString &userId, int limit = 50);
    // Deletes (tombstones) a user without records; deactivates one with records (rule 15).
    ClubActionResult remove(const QString &userId);
    // «ورود به سایت»: the user to act as, for a staff member who manages that kind (audited).
    ClubActionResult signInAs(const QString &userId);

    // Shared checks (also used by the import). Each returns an empty string when the value is
    // acceptable, else a translated sentence.
    // Username: English letters, digits and . _ - @ \ / ; at least 5 characters (rule 11).
    static QString checkUsername(const QString &username);
    static QString checkEmail(const QString &email, bool required);
    static ClubKind kindOfUser(const User &user); // supplier accounts follow the customer module
    // The licence limit: empty when `adding` more active users of `kind` fit.
    QString checkLicence(ClubKind kind, qint64 adding);

    const StaffPermissions &permissions() const { return m_perms; }

private:
    ClubActionResult loadMember(const QString &userId, User *user);
    ClubActionResult finish(const char *action, const User &user, const QString &detail = {});
    ClubActionResult createAccount(User &user, const QString &password, ClubKind kind);
    ClubActionResult refuse() const;
    // Why no member of the club `kind` may be let in (it is switched off); empty when it is on.
    QString closedClub(ClubKind kind);
    ClubActionResult cannotWrite() const; // the transaction could not begin or commit
    ClubActionResult storeFailure(const QString &detail) const;
    ClubActionResult commit(Store::Transaction &tx, ClubActionResult result) const;

    Store &m_store;
    Actor m_actor;
    StaffPermissions m_perms;
    PasswordHasher m_hasher;
};
