#include "models/club/ClubMemberService.h"

#include "models/club/ClubMemberRepository.h"
#include "models/persian/Validators.h"
#include "models/core/AuditLog.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"

#include <QRegularExpression>

ClubActionResult ClubActionResult::failure(const QString &error)
{
    ClubActionResult r;
    r.error = error;
    return r;
}

ClubMemberService::ClubMemberService(Store &store, const Actor &actor, PasswordHasher hasher)
    : m_store(store), m_actor(actor), m_perms(actor), m_hasher(hasher)
{
}

QString ClubMemberService::checkUsername(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._\\-@\\\\/]+$"));
    const QString u = username.trimmed();
    if (u.isEmpty())
        return tr("A username is required.");
    if (!allowed.match(u).hasMatch())
        return tr("A username may contain only English letters, digits and . _ - @ \\ /");
    if (u.size() < 5)
        return tr("A username must be at least 5 characters long.");
    return {};
}

QString ClubMemberService::checkEmail(const QString &email, bool required)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString e = email.trimmed();
    if (e.isEmpty())
        return required ? tr("An email address is required.") : QString();
    if (!re.match(e).hasMatch())
        return tr("The email address is not valid.");
    return {};
}

ClubKind ClubMemberService::kindOfUser(const User &user)
{
    return user.kind == UserKind::Agent ? ClubKind::Agent : ClubKind::Customer;
}

QString ClubMemberService::checkLicence(ClubKind kind, qint64 adding)
{
    ClubSettings settings(m_store);
    const int limit = settings.activeUserLimit(kind);
    if (limit < 0 || adding <= 0)
        return {};
    ClubMemberRepository repo(m_store);
    const qint64 active = repo.activeCount(kind == ClubKind::Agent ? QStringLiteral("agent") : QStringLiteral("customer"));
    if (active < 0)
        return tr("The database could not be read.");
    if (active + adding <= limit)
        return {};
    return kind == ClubKind::Agent
        ? tr("The licence allows at most %1 active agent users; %2 are active and %3 more were asked for.")
              .arg(limit).arg(active).arg(adding)
        : tr("The licence allows at most %1 active customer users; %2 are active and %3 more were asked for.")
              .arg(limit).arg(active).arg(adding);
}

ClubActionResult ClubMemberService::refuse() const
{
    return ClubActionResult::failure(tr("You do not have permission to do this."));
}

QString ClubMemberService::closedClub(ClubKind kind)
{
    if (ClubSettings(m_store).moduleEnabled(kind))
        return {};
    return kind == ClubKind::Agent ? tr("The agent club is not enabled.") : tr("The customer club is not enabled.");
}

ClubActionResult ClubMemberService::cannotWrite() const
{
    return ClubActionResult::failure(m_store.writeFailureMessage());
}

ClubActionResult ClubMemberService::storeFailure(const QString &detail) const
{
    // the driver's words are for the log; a person reads what happened to their change
    qWarning("club member action: %s", qPrintable(detail));
    return ClubActionResult::failure(tr("The change could not be saved. Nothing was changed."));
}

ClubActionResult ClubMemberService::commit(Store::Transaction &tx, ClubActionResult result) const
{
    if (result.ok && !tx.commit())
        return cannotWrite();
    return result;
}

// Reads the member inside the caller's transaction, so what the action decides on cannot
// change before it writes.
ClubActionResult ClubMemberService::loadMember(const QString &userId, User *user)
{
    UserRepository users(m_store);
    const auto u = users.get(userId);
    if (!u)
        return users.lastError().isEmpty() ? ClubActionResult::failure(tr("The user was not found."))
                                           : storeFailure(users.lastError());
    if (!u->isClubUser())
        return ClubActionResult::failure(tr("This is not a club user."));
    if (!m_perms.canManageMembers(kindOfUser(*u)))
        return refuse();
    *user = *u;
    ClubActionResult ok;
    ok.ok = true;
    return ok;
}

ClubActionResult ClubMemberService::finish(const char *action, const User &user, const QString &detail)
{
    AuditLog audit(m_store);
    if (!audit.append(m_actor.userId, QLatin1String(action), QStringLiteral("user"), user.id, detail))
        return storeFailure(audit.lastError());
    ClubActionResult r;
    r.ok = true;
    r.userId = user.id;
    r.identityId = user.identityId;
    r.user = user;
    return r;
}

// Checks and inserts a new account; the caller holds the transaction, so the username and the
// licence seats are checked against what the write will see.
ClubActionResult ClubMemberService::createAccount(User &user, const QString &password, ClubKind kind)
{
    if (const QString e = checkUsername(user.username); !e.isEmpty())
        return ClubActionResult::failure(e);
    ClubMemberRepository repo(m_store);
    if (repo.usernameTaken(UserRepository::foldUsername(user.username)))
        return ClubActionResult::failure(tr("The username %1 is already taken.").arg(user.username.trimmed()));
    ClubSettings settings(m_store);
    const PasswordPolicy policy = settings.passwordPolicy();
    if (const QString e = policy.check(password); !e.isEmpty())
        return ClubActionResult::failure(e);
    if (user.active && user.registrationStatus == RegistrationStatus::Approved)
        if (const QString e = checkLicence(kind, 1); !e.isEmpty())
            return ClubActionResult::failure(e);
    user.passwordHash = m_hasher.hash(password);
    if (user.passwordHash.isEmpty())
        return ClubActionResult::failure(tr("The password could not be hashed."));
    user.mustChangePassword = policy.changeAtFirstSignIn;
    user.passwordChangedAt = Store::now();
    UserRepository users(m_store);
    if (!users.insert(user))
        return storeFailure(users.lastError());
    ClubActionResult ok;
    ok.ok = true;
    return ok;
}

ClubActionResult ClubMemberService::createMember(const NewMember &m)
{
    if (!m_perms.canManageMembers(m.kind))
        return refuse();
    const bool person = m.identityKind != QLatin1String("organisation");
    if (person ? (m.firstName.trimmed().isEmpty() && m.lastName.trimmed().isEmpty()) : m.orgName.trimmed().isEmpty())
        return ClubActionResult::failure(person ? tr("A first or last name is required.") : tr("A company name is required."));
    if (const QString e = checkEmail(m.email, true); !e.isEmpty())
        return ClubActionResult::failure(e);
    QString mobile;
    if (!m.mobile.trimmed().isEmpty()) {
        mobile = Persian::Validate::normalizeMobile(m.mobile);
        if (mobile.isEmpty())
            return ClubActionResult::failure(Persian::Validate::errorMessage(
                Persian::Validate::Field::Mobile, Persian::Validate::checkMobile(m.mobile)));
    }
    QString nationalId;
    if (!m.nationalId.trimmed().isEmpty()) {
        const auto field = person ? Persian::Validate::Field::NationalCode : Persian::Validate::Field::NationalId;
        nationalId = Persian::Validate::normalize(field, m.nationalId);
        if (nationalId.isEmpty())
            return ClubActionResult::failure(Persian::Validate::errorMessage(field, Persian::Validate::check(field, m.nationalId)));
    }

    // everything below reads what the write depends on: settings, subtypes, usernames, seats
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    if (const QString e = closedClub(m.kind); !e.isEmpty())
        return ClubActionResult::failure(e);
    ClubSettings settings(m_store);
    const QString category = settings.defaultCategory(m.kind);
    if (category.isEmpty())
        return ClubActionResult::failure(m.kind == ClubKind::Agent ? tr("Choose the default category for new agents first.")
                                                                  : tr("Choose the default category for new customers first."));
    const QString profile = clubKindName(m.kind);
    IdentityRepository identities(m_store);
    if (!m.subtypeId.isEmpty()) {
        bool found = false;
        const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(m_store).all();
        for (const IdentitySubtype &s : subtypes)
            if (s.id == m.subtypeId)
                found = IdentityCode::text(s.profileType) == profile
                    && s.kind == (person ? IdentityKind::Person : IdentityKind::Organisation);
        if (!found)
            return ClubActionResult::failure(tr("The identity subtype does not fit this kind of member."));
    }
    Identity i;
    i.kind = person ? IdentityKind::Person : IdentityKind::Organisation;
    i.function = IdentityFunction::Contact; // members-page customers are always contacts (§1.2 C)
    i.profileType = IdentityCode::profileType(profile).value_or(ProfileType::Customer);
    i.subtypeId = m.subtypeId;
    i.firstName = m.firstName.trimmed();
    i.lastName = m.lastName.trimmed();
    i.orgName = m.orgName.trimmed();
    i.nationalId = nationalId;
    i.email = m.email.trimmed();
    i.createdBy = m_actor.userId;
    QList<Phone> phones;
    if (!mobile.isEmpty()) {
        Phone p;
        p.number = mobile;
        p.isDefault = true;
        phones << p;
    }
    if (!identities.insert(i, phones) || !identities.addToCategory(i.id, category))
        return storeFailure(identities.lastError());
    User u;
    u.kind = UserKindCode::fromText(profile);
    u.identityId = i.id;
    u.username = m.username;
    u.registrationStatus = RegistrationStatus::Approved;
    u.active = m.active;
    u.createdVia = QStringLiteral("staff");
    u.commissionBp = m.kind == ClubKind::Agent ? m.commissionBp : 0;
    u.email = i.email;
    u.mobile = mobile;
    if (ClubActionResult r = createAccount(u, m.password, m.kind); !r.ok)
        return r;
    return commit(tx, finish("club.member.create", u, u.username));
}

ClubActionResult ClubMemberService::defineUser(const QString &identityId, const QString &username,
                                               const QString &password, bool active)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    IdentityRepository identities(m_store);
    const auto i = identities.get(identityId);
    if (!i)
        return ClubActionResult::failure(tr("The identity was not found."));
    const QString profile = IdentityCode::text(i->profileType);
    if (profile != QLatin1String("customer") && profile != QLatin1String("agent") && profile != QLatin1String("supplier"))
        return ClubActionResult::failure(tr("Club users can be defined only for customer, agent and supplier identities."));
    const ClubKind kind = profile == QLatin1String("agent") ? ClubKind::Agent : ClubKind::Customer;
    if (!m_perms.canCreateUsers(kind))
        return refuse();
    if (const QString e = closedClub(kind); !e.isEmpty())
        return ClubActionResult::failure(e);
    UserRepository users(m_store);
    if (users.findByIdentity(identityId))
        return ClubActionResult::failure(tr("This identity already has a club account."));
    QString mobile;
    const QList<Phone> phones = identities.phones(identityId);
    for (const Phone &p : phones)
        if (p.type == QLatin1String("mobile") && (mobile.isEmpty() || p.isDefault))
            mobile = Persian::Validate::normalizeMobile(p.number);
    User u;
    u.kind = UserKindCode::fromText(profile);
    u.identityId = identityId;
    u.username = username;
    u.registrationStatus = RegistrationStatus::Approved;
    u.active = active;
    u.createdVia = QStringLiteral("identity");
    u.email = i->email;
    u.mobile = mobile;
    if (ClubActionResult r = createAccount(u, password, kind); !r.ok)
        return r;
    return commit(tx, finish("club.member.define", u, u.username));
}

ClubActionResult ClubMemberService::edit(const QString &userId, const MemberEdit &e)
{
    if (const QString err = checkEmail(e.email, true); !err.isEmpty())
        return ClubActionResult::failure(err);
    QString mobile;
    if (!e.mobile.trimmed().isEmpty()) {
        mobile = Persian::Validate::normalizeMobile(e.mobile);
        if (mobile.isEmpty())
            return ClubActionResult::failure(Persian::Validate::errorMessage(
                Persian::Validate::Field::Mobile, Persian::Validate::checkMobile(e.mobile)));
    }
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    u.email = e.email.trimmed();
    u.mobile = mobile;
    u.language = e.language.isEmpty() ? u.language : e.language;
    u.commissionBp = u.kind == UserKind::Agent ? qMax(0, e.commissionBp) : 0;
    UserRepository users(m_store);
    if (!users.update(u))
        return storeFailure(users.lastError());
    return commit(tx, finish("club.member.edit", u));
}

ClubActionResult ClubMemberService::approve(const QString &userId)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    if (u.registrationStatus == RegistrationStatus::Approved)
        return ClubActionResult::failure(tr("This registration is already approved."));
    if (const QString e = closedClub(kindOfUser(u)); !e.isEmpty())
        return ClubActionResult::failure(e);
    if (const QString e = checkLicence(kindOfUser(u), 1); !e.isEmpty())
        return ClubActionResult::failure(e);
    UserRepository users(m_store);
    if (!users.setRegistrationStatus(u.id, RegistrationStatus::Approved, u.registrationStatus) || !users.setActive(u.id, true))
        return storeFailure(users.lastError());
    u.registrationStatus = RegistrationStatus::Approved;
    u.active = true;
    return commit(tx, finish("club.member.approve", u));
}

ClubActionResult ClubMemberService::reject(const QString &userId, const QString &reason)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    if (u.registrationStatus != RegistrationStatus::Pending)
        return ClubActionResult::failure(tr("Only a pending registration can be rejected."));
    UserRepository users(m_store);
    if (!users.setRegistrationStatus(u.id, RegistrationStatus::Rejected, RegistrationStatus::Pending) || !users.setActive(u.id, false))
        return storeFailure(users.lastError());
    u.registrationStatus = RegistrationStatus::Rejected;
    u.active = false;
    return commit(tx, finish("club.member.reject", u, reason));
}

ClubActionResult ClubMemberService::setActive(const QString &userId, bool active)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    if (u.active == active)
        return commit(tx, finish(active ? "club.member.activate" : "club.member.deactivate", u, QStringLiteral("unchanged")));
    if (active) {
        if (const QString e = closedClub(kindOfUser(u)); !e.isEmpty())
            return ClubActionResult::failure(e);
        if (u.registrationStatus == RegistrationStatus::Approved)
            if (const QString e = checkLicence(kindOfUser(u), 1); !e.isEmpty())
                return ClubActionResult::failure(e);
    }
    UserRepository users(m_store);
    if (!users.setActive(u.id, active))
        return storeFailure(users.lastError());
    u.active = active;
    return commit(tx, finish(active ? "club.member.activate" : "club.member.deactivate", u));
}

ClubActionResult ClubMemberService::setSuspended(const QString &userId, bool suspended)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    UserRepository users(m_store);
    if (!users.setSuspended(u.id, suspended))
        return storeFailure(users.lastError());
    u.suspended = suspended;
    return commit(tx, finish(suspended ? "club.member.suspend" : "club.member.lift_suspension", u));
}

ClubActionResult ClubMemberService::unlock(const QString &userId)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    UserRepository users(m_store);
    if (!users.unlock(u.id))
        return storeFailure(users.lastError());
    u.locked = false;
    u.failedAttempts = 0;
    return commit(tx, finish("club.member.unlock", u));
}

ClubActionResult ClubMemberService::setPassword(const QString &userId, const QString &password, bool mustChange)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    ClubSettings settings(m_store);
    if (const QString e = settings.passwordPolicy().check(password); !e.isEmpty())
        return ClubActionResult::failure(e);
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return ClubActionResult::failure(tr("The password could not be hashed."));
    UserRepository users(m_store);
    if (!users.setPasswordHash(u.id, hash, mustChange))
        return storeFailure(users.lastError());
    u.mustChangePassword = mustChange;
    return commit(tx, finish("club.member.set_password", u)); // never the password itself
}

ClubActionResult ClubMemberService::forcePasswordChange(const QString &userId)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    UserRepository users(m_store);
    u.mustChangePassword = true;
    if (!users.update(u))
        return storeFailure(users.lastError());
    return commit(tx, finish("club.member.force_password_change", u));
}

QList<SignInRecord> ClubMemberService::signInHistory(const QString &userId, int limit)
{
    User u;
    if (!loadMember(userId, &u).ok)
        return {};
    UserRepository users(m_store);
    return users.signInHistory(userId, limit);
}

ClubActionResult ClubMemberService::remove(const QString &userId)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    ClubMemberRepository repo(m_store);
    const qint64 records = repo.recordCount(u.id, u.identityId);
    if (records < 0)
        return storeFailure(repo.lastError());
    UserRepository users(m_store);
    ClubActionResult r;
    if (records > 0) {
        if (!users.setActive(u.id, false))
            return storeFailure(users.lastError());
        u.active = false;
        r = finish("club.member.deactivate", u, QStringLiteral("delete refused: %1 records").arg(records));
        r.deactivatedInstead = true;
    } else {
        if (!users.tombstone(u.id))
            return storeFailure(users.lastError());
        u.deleted = true;
        r = finish("club.member.delete", u, u.username);
    }
    return commit(tx, r);
}

ClubActionResult ClubMemberService::signInAs(const QString &userId)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return cannotWrite();
    User u;
    if (ClubActionResult r = loadMember(userId, &u); !r.ok)
        return r;
    return commit(tx, finish("club.member.sign_in_as", u, u.username));
}
