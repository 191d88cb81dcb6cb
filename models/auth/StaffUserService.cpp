#include "models/auth/StaffUserService.h"

#include "models/auth/UserRepository.h"
#include "models/club/ClubMemberService.h"
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/core/AuditLog.h"
#include "models/core/Store.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/persian/Validators.h"

#include <algorithm>

StaffUserService::StaffUserService(Store &store, const Actor &actor, PasswordHasher hasher)
    : m_store(store), m_actor(actor), m_hasher(hasher)
{
}

bool StaffUserService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StaffUserService::storeFailure(const QString &detail)
{
    // the driver's words are for the log; a person reads what happened to their change
    qWarning("staff users: %s", qPrintable(detail));
    return fail(tr("The change could not be saved. Nothing was changed."));
}

bool StaffUserService::mayManage() const
{
    return StaffPermissions(m_actor).canManageStaff();
}

bool StaffUserService::begin(Store::Transaction &tx)
{
    m_error.clear();
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    return mayManage() || fail(tr("You do not have permission to manage staff users. Ask an administrator."));
}

bool StaffUserService::commit(Store::Transaction &tx)
{
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool StaffUserService::audit(const char *action, const QString &userId, const QString &detail)
{
    AuditLog log(m_store);
    return log.append(m_actor.userId, QLatin1String(action), QStringLiteral("user"), userId, detail)
        || storeFailure(log.lastError());
}

bool StaffUserService::groupConfersAdmin(UserRepository &users, const QString &groupId)
{
    const QList<UserGroup> all = users.groups();
    for (const UserGroup &g : all)
        if (g.id == groupId && g.name.compare(Grant::AdminGroup, Qt::CaseInsensitive) == 0)
            return true;
    return users.permissionsOfGroup(groupId).contains(Grant::SystemAdmin);
}

bool StaffUserService::isActiveAdmin(UserRepository &users, const User &user)
{
    return user.kind == UserKind::Staff && user.active && !user.deleted && users.actor(user.id).admin;
}

bool StaffUserService::anyActiveAdmin(UserRepository &users)
{
    const QList<User> staff = users.byKind(UserKind::Staff);
    return std::any_of(staff.cbegin(), staff.cend(), [&](const User &u) { return isActiveAdmin(users, u); });
}

std::optional<User> StaffUserService::loadStaff(UserRepository &users, const QString &userId)
{
    const auto u = users.get(userId);
    if (!u || u->kind != UserKind::Staff) {
        fail(tr("This staff user no longer exists."));
        return std::nullopt;
    }
    return u;
}

bool StaffUserService::checkForm(const Form &f)
{
    if (const QString e = ClubMemberService::checkEmail(f.email, false); !e.isEmpty())
        return fail(e);
    if (f.firstName.trimmed().isEmpty() && f.lastName.trimmed().isEmpty())
        return fail(tr("Enter the staff user's name."));
    if (!f.mobile.trimmed().isEmpty()) {
        using namespace Persian::Validate;
        if (const Problem p = check(Field::Mobile, f.mobile); p != Problem::None)
            return fail(errorMessage(Field::Mobile, p));
    }
    return true;
}

// The mobile number as stored: Latin digits, no separators (checkForm has accepted it).
static QString storedMobile(const QString &typed)
{
    return typed.trimmed().isEmpty() ? QString() : Persian::Validate::normalizeMobile(typed);
}

bool StaffUserService::checkAdminRules(UserRepository &users, const User &user, const QStringList &groupIds, bool active)
{
    const bool wasAdmin = users.actor(user.id).admin;
    // admin by own grant stays; otherwise it comes from the groups the user will be in
    const bool ownAdmin = users.ownPermissionsOf(user.id).contains(Grant::SystemAdmin);
    const bool willBeAdmin = ownAdmin
        || std::any_of(groupIds.cbegin(), groupIds.cend(), [&](const QString &g) { return groupConfersAdmin(users, g); });
    if (!m_actor.admin) {
        // a user manager who is not an administrator could otherwise make themselves one
        if (willBeAdmin && !wasAdmin)
            return fail(tr("Only a system administrator may make a user an administrator."));
        if (wasAdmin)
            return fail(tr("Only a system administrator may change an administrator's account."));
    }
    if (!user.id.isEmpty() && user.id == m_actor.userId && user.active && !active)
        return fail(tr("You cannot deactivate your own account."));
    if (wasAdmin && user.active && (!willBeAdmin || !active)) {
        const QList<User> staff = users.byKind(UserKind::Staff);
        const bool another = std::any_of(staff.cbegin(), staff.cend(), [&](const User &other) {
            return other.id != user.id && isActiveAdmin(users, other);
        });
        if (!another)
            return fail(tr("%1 is the last active system administrator. Make another user an administrator first.")
                            .arg(user.username));
    }
    return true;
}

bool StaffUserService::writeGroups(UserRepository &users, const QString &userId, const QStringList &groupIds)
{
    const QStringList held = users.groupIdsOf(userId);
    for (const QString &g : groupIds)
        if (!held.contains(g) && !(users.addToGroup(userId, g) && audit("group.member.add", userId, g)))
            return m_error.isEmpty() ? storeFailure(users.lastError()) : false;
    for (const QString &g : held)
        if (!groupIds.contains(g) && !(users.removeFromGroup(userId, g) && audit("group.member.remove", userId, g)))
            return m_error.isEmpty() ? storeFailure(users.lastError()) : false;
    return true;
}

// A staff user is a person of the company: its name lives on an identity of profile «اپراتور»,
// of the staff subtype when the company has one.
Identity StaffUserService::operatorIdentity(const Form &form) const
{
    Identity person;
    person.kind = IdentityKind::Person;
    person.profileType = ProfileType::Operator;
    person.firstName = form.firstName.trimmed();
    person.lastName = form.lastName.trimmed();
    person.email = form.email.trimmed();
    person.createdBy = m_actor.userId;
    const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(m_store).all();
    for (const IdentitySubtype &s : subtypes)
        if (s.profileType == ProfileType::Operator) {
            person.subtypeId = s.id;
            break;
        }
    return person;
}

std::optional<StaffUserService::Form> StaffUserService::load(const QString &userId)
{
    UserRepository users(m_store);
    const auto u = users.get(userId);
    if (!u || u->kind != UserKind::Staff)
        return std::nullopt;
    Form f;
    f.username = u->username;
    f.email = u->email;
    f.mobile = u->mobile;
    f.language = u->language;
    f.active = u->active;
    f.groupIds = users.groupIdsOf(userId);
    if (!u->identityId.isEmpty())
        if (const auto person = IdentityRepository(m_store).get(u->identityId)) {
            f.firstName = person->firstName;
            f.lastName = person->lastName;
        }
    return f;
}

std::optional<QString> StaffUserService::create(const Form &form, const QString &password, bool mustChange)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return std::nullopt;
    if (const QString e = ClubMemberService::checkUsername(form.username); !e.isEmpty()) {
        fail(e);
        return std::nullopt;
    }
    if (!checkForm(form))
        return std::nullopt;
    UserRepository users(m_store);
    if (users.findByUsername(form.username)) {
        fail(tr("The username %1 is already taken.").arg(UserRepository::foldUsername(form.username)));
        return std::nullopt;
    }
    if (const QString weak = ClubSettings(m_store).passwordPolicy().check(password); !weak.isEmpty()) {
        fail(weak);
        return std::nullopt;
    }
    User user;
    user.kind = UserKind::Staff;
    user.username = form.username;
    if (!checkAdminRules(users, user, form.groupIds, form.active))
        return std::nullopt;
    user.passwordHash = m_hasher.hash(password);
    if (user.passwordHash.isEmpty()) {
        fail(tr("The password could not be hashed."));
        return std::nullopt;
    }
    IdentityRepository identities(m_store);
    Identity person = operatorIdentity(form);
    QList<Phone> phones;
    if (!form.mobile.trimmed().isEmpty()) {
        Phone p;
        p.number = storedMobile(form.mobile);
        p.isDefault = true;
        phones << p;
    }
    if (!identities.insert(person, phones)) {
        storeFailure(identities.lastError());
        return std::nullopt;
    }
    user.identityId = person.id;
    user.email = form.email.trimmed();
    user.mobile = storedMobile(form.mobile);
    user.language = form.language;
    user.active = form.active;
    user.mustChangePassword = mustChange;
    user.passwordChangedAt = Store::now();
    user.createdVia = QStringLiteral("staff");
    if (!users.insert(user)) {
        storeFailure(users.lastError());
        return std::nullopt;
    }
    if (!audit("staff.user.create", user.id, user.username) || !writeGroups(users, user.id, form.groupIds))
        return std::nullopt; // never the password itself
    if (!commit(tx))
        return std::nullopt;
    return user.id;
}

bool StaffUserService::update(const QString &userId, const Form &form)
{
    Store::Transaction tx(m_store);
    if (!begin(tx) || !checkForm(form))
        return false;
    UserRepository users(m_store);
    auto user = loadStaff(users, userId);
    if (!user || !checkAdminRules(users, *user, form.groupIds, form.active))
        return false;
    QStringList changed;
    const auto note = [&](const char *what, bool differs) {
        if (differs)
            changed << QLatin1String(what);
    };
    note("email", user->email != form.email.trimmed());
    note("mobile", user->mobile != storedMobile(form.mobile));
    note("language", user->language != form.language);
    note("active", user->active != form.active);
    const bool activeChanged = user->active != form.active;
    user->email = form.email.trimmed();
    user->mobile = storedMobile(form.mobile);
    user->language = form.language;
    IdentityRepository identities(m_store);
    std::optional<Identity> person = user->identityId.isEmpty() ? std::nullopt : identities.get(user->identityId);
    if (!person) {
        // an account made before staff had identities (or by a script): its name needs one now
        Identity fresh = operatorIdentity(form);
        if (!identities.insert(fresh))
            return storeFailure(identities.lastError());
        user->identityId = fresh.id;
        changed << QStringLiteral("name");
    } else if (person->firstName != form.firstName.trimmed() || person->lastName != form.lastName.trimmed()) {
        changed << QStringLiteral("name");
        person->firstName = form.firstName.trimmed();
        person->lastName = form.lastName.trimmed();
        person->displayName.clear(); // composed again from the names
        if (!identities.update(*person))
            return storeFailure(identities.lastError());
    }
    if (!users.update(*user))
        return storeFailure(users.lastError());
    if (activeChanged && !users.setActive(userId, form.active, !form.active))
        return storeFailure(users.lastError());
    if (!changed.isEmpty() && !audit("staff.user.update", userId, changed.join(QLatin1Char(','))))
        return false;
    if (!writeGroups(users, userId, form.groupIds))
        return false;
    return commit(tx);
}

bool StaffUserService::setActive(const QString &userId, bool active)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    UserRepository users(m_store);
    const auto user = loadStaff(users, userId);
    if (!user || !checkAdminRules(users, *user, users.groupIdsOf(userId), active))
        return false;
    if (user->active == active)
        return commit(tx); // already so: nothing to write
    if (!users.setActive(userId, active, user->active))
        return storeFailure(users.lastError());
    return audit(active ? "staff.user.activate" : "staff.user.deactivate", userId) && commit(tx);
}

bool StaffUserService::resetPassword(const QString &userId, const QString &password)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    UserRepository users(m_store);
    const auto user = loadStaff(users, userId);
    if (!user)
        return false;
    if (!m_actor.admin && users.actor(userId).admin)
        return fail(tr("Only a system administrator may change an administrator's account."));
    if (const QString weak = ClubSettings(m_store).passwordPolicy().check(password); !weak.isEmpty())
        return fail(weak);
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed."));
    if (!users.setPasswordHash(userId, hash, true))
        return storeFailure(users.lastError());
    return audit("staff.user.reset_password", userId) && commit(tx); // never the password itself
}

bool StaffUserService::unlock(const QString &userId)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    UserRepository users(m_store);
    const auto user = loadStaff(users, userId);
    if (!user)
        return false;
    if (!user->locked && user->failedAttempts == 0)
        return fail(tr("%1 is not locked.").arg(user->username));
    if (!users.unlock(userId))
        return storeFailure(users.lastError());
    return audit("staff.user.unlock", userId) && commit(tx);
}
