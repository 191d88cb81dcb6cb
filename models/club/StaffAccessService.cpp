#include "models/club/StaffAccessService.h"

#include "models/club/ClubPermissions.h"
#include "models/core/AuditLog.h"
#include "models/auth/StaffUserService.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"

#include <algorithm>

bool StaffAccessService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StaffAccessService::mayManage()
{
    return StaffPermissions(m_actor).canManageStaff()
        || fail(tr("You do not have permission to change these settings. Ask an administrator."));
}

// Whether the change hands out what only an administrator has: system.admin itself, or a place
// in a group that confers it (StaffUserService asks the same of its editor).
bool StaffAccessService::makesAdministrator(UserRepository &users, const Change &c)
{
    if (c.grant.contains(Grant::SystemAdmin))
        return true;
    if (c.isGroup)
        return !c.join.isEmpty() && StaffUserService::groupConfersAdmin(users, c.principalId);
    return std::any_of(c.join.cbegin(), c.join.cend(),
                       [&](const QString &group) { return StaffUserService::groupConfersAdmin(users, group); });
}

bool StaffAccessService::apply(const Change &c)
{
    m_error.clear();
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    if (!mayManage())
        return false;
    UserRepository users(m_store);
    if (!m_actor.admin && makesAdministrator(users, c))
        return fail(tr("Only a system administrator may make a user an administrator."));
    AuditLog audit(m_store);
    const QString kind = c.isGroup ? QStringLiteral("user_group") : QStringLiteral("user");
    const QStringList held = c.isGroup ? users.permissionsOfGroup(c.principalId) : users.ownPermissionsOf(c.principalId);
    const QStringList members = c.isGroup ? users.memberIdsOf(c.principalId) : users.groupIdsOf(c.principalId);
    bool ok = true;
    const auto step = [&](bool done, const QString &action, const QString &detail) {
        ok = ok && done && audit.append(m_actor.userId, action, kind, c.principalId, detail);
    };
    for (const QString &key : c.grant)
        if (ok && !held.contains(key))
            step(c.isGroup ? users.grantToGroup(c.principalId, key) : users.grantToUser(c.principalId, key),
                 QStringLiteral("permission.grant"), key);
    for (const QString &key : c.revoke)
        if (ok && held.contains(key))
            step(c.isGroup ? users.revokeFromGroup(c.principalId, key) : users.revokeFromUser(c.principalId, key),
                 QStringLiteral("permission.revoke"), key);
    for (const QString &other : c.join)
        if (ok && !members.contains(other))
            step(c.isGroup ? users.addToGroup(other, c.principalId) : users.addToGroup(c.principalId, other),
                 QStringLiteral("group.member.add"), other);
    for (const QString &other : c.leave)
        if (ok && members.contains(other))
            step(c.isGroup ? users.removeFromGroup(other, c.principalId) : users.removeFromGroup(c.principalId, other),
                 QStringLiteral("group.member.remove"), other);
    if (!ok) {
        qWarning("staff access: %s / %s", qPrintable(users.lastError()), qPrintable(audit.lastError()));
        return fail(tr("The permissions could not be saved. Nothing was changed."));
    }
    // read back inside the transaction: revoking system.admin or leaving the admin group must
    // not leave the company without an administrator (the staff user editor keeps the same)
    if (!StaffUserService::anyActiveAdmin(users))
        return fail(tr("This would leave no active system administrator. Make another user an administrator first. "
                       "Nothing was changed."));
    return tx.commit() || fail(m_store.writeFailureMessage());
}

std::optional<QString> StaffAccessService::createGroup(const QString &name)
{
    m_error.clear();
    Store::Transaction tx(m_store);
    if (!tx.isActive()) {
        fail(m_store.writeFailureMessage());
        return std::nullopt;
    }
    if (!mayManage())
        return std::nullopt;
    UserRepository users(m_store);
    if (users.findGroup(name.trimmed())) {
        fail(tr("A group named %1 already exists.").arg(name.trimmed()));
        return std::nullopt;
    }
    UserGroup group;
    group.name = name.trimmed();
    if (!users.insertGroup(group)
        || !AuditLog(m_store).append(m_actor.userId, QStringLiteral("group.create"), QStringLiteral("user_group"), group.id,
                                     group.name)) {
        qWarning("staff access: %s", qPrintable(users.lastError()));
        fail(tr("The group could not be created. Nothing was changed."));
        return std::nullopt;
    }
    if (!tx.commit()) {
        fail(m_store.writeFailureMessage());
        return std::nullopt;
    }
    return group.id;
}
