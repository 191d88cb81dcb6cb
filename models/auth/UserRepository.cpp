#include "models/auth/UserRepository.h"

#include <algorithm>

QString UserRepository::foldUsername(const QString &username)
{
    return username.trimmed().toLower();
}

Repository::Cols UserRepository::columns(const User &u) const
{
    return {
        {"kind", UserKindCode::text(u.kind)},
        {"identity_id", Sql::id(u.identityId)},
        {"username", u.username},
        {"password_hash", u.passwordHash},
        {"registration_status", RegistrationStatusCode::text(u.registrationStatus)},
        {"active", u.active},
        {"suspended", u.suspended},
        {"locked", u.locked},
        {"locked_at", Sql::ts(u.lockedAt)},
        {"failed_attempts", u.failedAttempts},
        {"must_change_password", u.mustChangePassword},
        {"password_changed_at", Sql::ts(u.passwordChangedAt)},
        {"last_sign_in_at", Sql::ts(u.lastSignInAt)},
        {"created_via", u.createdVia},
        {"commission_bp", u.commissionBp},
        {"email", u.email},
        {"mobile", u.mobile},
        {"language", u.language},
        {"created_at", Sql::ts(u.createdAt)},
    };
}

User UserRepository::fromRecord(const QSqlRecord &r)
{
    User u;
    readRow(r, u);
    u.kind = UserKindCode::fromText(str(r, "kind"));
    u.identityId = idOf(r, "identity_id");
    u.username = str(r, "username");
    u.passwordHash = str(r, "password_hash");
    u.registrationStatus = RegistrationStatusCode::parse(str(r, "registration_status")).value_or(RegistrationStatus::Pending);
    u.active = flag(r, "active");
    u.suspended = flag(r, "suspended");
    u.locked = flag(r, "locked");
    u.lockedAt = ts(r, "locked_at");
    u.failedAttempts = int(i64(r, "failed_attempts"));
    u.mustChangePassword = flag(r, "must_change_password");
    u.passwordChangedAt = ts(r, "password_changed_at");
    u.lastSignInAt = ts(r, "last_sign_in_at");
    u.createdVia = str(r, "created_via");
    u.commissionBp = int(i64(r, "commission_bp"));
    u.email = str(r, "email");
    u.mobile = str(r, "mobile");
    u.language = str(r, "language");
    u.createdAt = ts(r, "created_at");
    return u;
}

bool UserRepository::insert(User &user)
{
    user.username = foldUsername(user.username);
    if (user.username.isEmpty())
        return fail(QStringLiteral("users: a username is required"));
    if (!user.createdAt.isValid())
        user.createdAt = Store::now();
    return insertRow("users", user, columns(user));
}

bool UserRepository::update(User &user)
{
    user.username = foldUsername(user.username);
    // An empty hash in hand means "not read" (a company server never hands it out), not "no
    // password": the stored one stays. A new hash is written like any other column.
    Cols cols = columns(user);
    if (user.passwordHash.isEmpty())
        cols.erase(std::remove_if(cols.begin(), cols.end(), [](const Col &c) { return qstrcmp(c.name, "password_hash") == 0; }),
                   cols.end());
    return updateRow("users", user, cols);
}

// Every column of users. On a company server the login role may not read password_hash
// (DESIGN §6: sign-in happens inside the server), so it reads as empty there.
QString UserRepository::selectUsers() const
{
    static const QString columns = QStringLiteral(
        "id, kind, identity_id, username, registration_status, active, suspended, locked, locked_at, failed_attempts, "
        "must_change_password, password_changed_at, last_sign_in_at, created_via, commission_bp, email, mobile, "
        "language, created_at, updated_at, server_version, deleted");
    return QLatin1String("SELECT ") + columns
        + (m_store.dialect().isPostgres() ? QLatin1String(", '' AS password_hash") : QLatin1String(", password_hash"))
        + QLatin1String(" FROM users");
}

std::optional<User> UserRepository::firstUser(const QString &where, const QVariantList &binds)
{
    const auto r = fetchOne(selectUsers() + QLatin1String(" WHERE ") + where + QLatin1String(" AND ")
                                + live(QString()) + QLatin1String(" ORDER BY id LIMIT 1"),
                            binds);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

std::optional<User> UserRepository::get(const QString &id)
{
    return firstUser(QStringLiteral("id = ?"), {id});
}

std::optional<User> UserRepository::findByUsername(const QString &username)
{
    return firstUser(QStringLiteral("username = ?"), {foldUsername(username)});
}

std::optional<User> UserRepository::findByIdentity(const QString &identityId)
{
    return firstUser(QStringLiteral("identity_id = ?"), {identityId});
}

bool UserRepository::tombstone(const QString &id)
{
    return tombstoneRow("users", id);
}

ListSpec UserRepository::list(const UserFilter &f) const
{
    ListSpec s;
    s.from = QStringLiteral("users u LEFT JOIN identities i ON i.id = u.identity_id");
    s.columns = QStringList{QStringLiteral("u.id"), QStringLiteral("u.username"), QStringLiteral("u.kind"),
                            QStringLiteral("i.display_name"),
                            QStringLiteral("CASE WHEN u.registration_status = 'rejected' THEN 'rejected' "
                                           "WHEN u.registration_status = 'pending' THEN 'pending' "
                                           "WHEN NOT u.active THEN 'inactive' WHEN u.suspended THEN 'suspended' "
                                           "WHEN u.locked THEN 'locked' ELSE 'active' END"),
                            QStringLiteral("u.last_sign_in_at"), QStringLiteral("u.created_via")};
    QStringList conds{live(QStringLiteral("u"))};
    if (f.kind) {
        conds << QStringLiteral("u.kind = ?");
        s.binds << UserKindCode::text(*f.kind);
    } else if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (const UserKind k : f.kinds) {
            marks << QStringLiteral("?");
            s.binds << UserKindCode::text(k);
        }
        conds << QStringLiteral("u.kind IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const auto flag = [&](const char *column, const std::optional<bool> &value) {
        if (!value)
            return;
        conds << QStringLiteral("u.%1 = ?").arg(QLatin1String(column));
        s.binds << *value;
    };
    flag("active", f.active);
    flag("suspended", f.suspended);
    flag("locked", f.locked);
    if (!f.createdVia.isEmpty()) {
        conds << QStringLiteral("u.created_via = ?");
        s.binds << f.createdVia;
    }
    if (f.neverSignedIn)
        conds << QStringLiteral("u.last_sign_in_at IS NULL");
    if (f.signedInSince.isValid()) {
        conds << QStringLiteral("u.last_sign_in_at >= ?");
        s.binds << Sql::ts(f.signedInSince);
    }
    if (f.notSignedInSince.isValid()) {
        conds << QStringLiteral("(u.last_sign_in_at IS NULL OR u.last_sign_in_at < ?)");
        s.binds << Sql::ts(f.notSignedInSince);
    }
    if (f.registrationStatus) {
        conds << QStringLiteral("u.registration_status = ?");
        s.binds << RegistrationStatusCode::text(*f.registrationStatus);
    }
    if (!f.search.trimmed().isEmpty()) {
        QStringList any;
        for (const char *column : {"u.username", "i.display_name", "u.email", "u.mobile"})
            any << Dialect::likeCondition(QLatin1String(column));
        conds << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
        const QString like = Dialect::containing(f.search.trimmed().toLower());
        s.binds << like << like << like << like;
    }
    s.where = conds.join(QLatin1String(" AND "));
    s.orderBy = QStringLiteral("u.username, u.id");
    s.orderByDesc = QStringLiteral("u.username DESC, u.id DESC");
    return s;
}

bool UserRepository::setPasswordHash(const QString &userId, const QString &hash, bool mustChange)
{
    return updateColumns("users", userId,
                         {{"password_hash", hash},
                          {"password_changed_at", Store::nowUtc()},
                          {"must_change_password", mustChange}});
}

bool UserRepository::setRegistrationStatus(const QString &userId, RegistrationStatus status,
                                           std::optional<RegistrationStatus> expected)
{
    const Cols cols{{"registration_status", RegistrationStatusCode::text(status)}};
    if (!expected)
        return updateColumns("users", userId, cols);
    return updateColumns("users", userId, cols, Col{"registration_status", RegistrationStatusCode::text(*expected)});
}

namespace RegistrationStatusCode {

QString text(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Pending: return QStringLiteral("pending");
    case RegistrationStatus::Approved: return QStringLiteral("approved");
    case RegistrationStatus::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

std::optional<RegistrationStatus> parse(const QString &text)
{
    if (text == QLatin1String("pending"))
        return RegistrationStatus::Pending;
    if (text == QLatin1String("approved"))
        return RegistrationStatus::Approved;
    if (text == QLatin1String("rejected"))
        return RegistrationStatus::Rejected;
    return std::nullopt;
}

} // namespace RegistrationStatusCode

bool UserRepository::setActive(const QString &userId, bool active, std::optional<bool> expected)
{
    if (!expected)
        return updateColumns("users", userId, {{"active", active}});
    return updateColumns("users", userId, {{"active", active}}, Col{"active", *expected});
}

bool UserRepository::setSuspended(const QString &userId, bool suspended)
{
    return updateColumns("users", userId, {{"suspended", suspended}});
}

bool UserRepository::unlock(const QString &userId)
{
    return updateColumns("users", userId, {{"locked", false}, {"locked_at", Sql::ts(QDateTime())}, {"failed_attempts", 0}});
}

int UserRepository::recordFailedAttempt(const QString &userId, int maxAttempts, bool *lockedNow)
{
    if (lockedNow)
        *lockedNow = false;
    Store::Transaction tx = m_store.transaction();
    if (!tx.isActive())
        return -1;
    const QVariant v = scalar(QLatin1String("SELECT failed_attempts FROM users WHERE id = ? AND ") + live(QString()),
                              {userId});
    if (!v.isValid())
        return -1;
    const int count = v.toInt() + 1;
    const bool lock = maxAttempts > 0 && count >= maxAttempts;
    Cols cols{{"failed_attempts", count}};
    if (lock) {
        cols.push_back({"locked", true});
        cols.push_back({"locked_at", Store::nowUtc()});
    }
    if (!updateColumns("users", userId, cols) || !tx.commit())
        return -1;
    if (lockedNow)
        *lockedNow = lock;
    return count;
}

bool UserRepository::recordSuccessfulSignIn(const QString &userId, const QDateTime &at)
{
    return updateColumns("users", userId, {{"failed_attempts", 0}, {"last_sign_in_at", Sql::ts(at)}});
}

bool UserRepository::insertGroup(UserGroup &group)
{
    return insertRow("user_groups", group, {{"name", group.name}});
}

QList<UserGroup> UserRepository::groups()
{
    QList<UserGroup> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM user_groups WHERE ") + live(QString())
                               + QLatin1String(" ORDER BY name, id"));
    for (const QSqlRecord &r : rows) {
        UserGroup g;
        readRow(r, g);
        g.name = str(r, "name");
        out << g;
    }
    return out;
}

std::optional<UserGroup> UserRepository::findGroup(const QString &name)
{
    const auto all = groups();
    for (const UserGroup &g : all)
        if (g.name == name)
            return g;
    return std::nullopt;
}

bool UserRepository::addToGroup(const QString &userId, const QString &groupId)
{
    Row link;
    return insertRow("user_group_members", link, {{"user_id", userId}, {"group_id", groupId}});
}

QStringList UserRepository::groupIdsOf(const QString &userId)
{
    QStringList out;
    const auto rows = fetchAll(QLatin1String("SELECT group_id FROM user_group_members WHERE user_id = ? AND ")
                                   + live(QString()) + QLatin1String(" ORDER BY group_id"),
                               {userId});
    for (const QSqlRecord &r : rows)
        out << idOf(r, "group_id");
    return out;
}

bool UserRepository::grantToGroup(const QString &groupId, const QString &permission)
{
    Row row;
    return insertRow("permissions", row,
                     {{"group_id", groupId}, {"user_id", Sql::id(QString())}, {"permission", permission}});
}

bool UserRepository::grantToUser(const QString &userId, const QString &permission)
{
    Row row;
    return insertRow("permissions", row,
                     {{"group_id", Sql::id(QString())}, {"user_id", userId}, {"permission", permission}});
}

QStringList UserRepository::permissionsOf(const QString &userId)
{
    const QString sql = QLatin1String("SELECT DISTINCT p.permission FROM permissions p WHERE ") + live(QStringLiteral("p"))
        + QLatin1String(" AND (p.user_id = ? OR p.group_id IN (SELECT m.group_id FROM user_group_members m "
                        "WHERE m.user_id = ? AND ")
        + live(QStringLiteral("m")) + QLatin1String(")) ORDER BY p.permission");
    QStringList out;
    const auto rows = fetchAll(sql, {userId, userId});
    for (const QSqlRecord &r : rows)
        out << r.value(0).toString();
    return out;
}

Actor UserRepository::actor(const QString &userId)
{
    Actor a;
    const auto u = userId.isEmpty() ? std::nullopt : get(userId);
    if (!u || u->deleted)
        return a; // unknown: no one, with nothing
    a.userId = u->id;
    a.kind = u->kind;
    a.identityId = u->identityId;
    if (a.kind != UserKind::Staff)
        return a; // club users never hold staff grants
    const QStringList keys = permissionsOf(userId);
    a.grants = QSet<QString>(keys.cbegin(), keys.cend());
    a.admin = a.grants.contains(Grant::SystemAdmin);
    const QStringList groupIds = groupIdsOf(userId);
    const QList<UserGroup> all = groups();
    for (const UserGroup &g : all)
        if (groupIds.contains(g.id) && g.name.compare(Grant::AdminGroup, Qt::CaseInsensitive) == 0)
            a.admin = true;
    return a;
}

// The first column of every live row of `select` (which ends in "WHERE <col> = ? AND ").
QStringList UserRepository::liveStrings(const char *select, const QString &bind, const char *orderBy)
{
    QStringList out;
    if (bind.isEmpty()) // no one (a user not saved yet) holds nothing; a server refuses '' as an id
        return out;
    const auto rows = fetchAll(QLatin1String(select) + live(QString()) + QLatin1String(" ORDER BY ")
                                   + QLatin1String(orderBy),
                               {bind});
    for (const QSqlRecord &r : rows)
        out << Sql::toId(r.value(0));
    return out;
}

// Tombstones the live link rows of `table` whose two columns hold these values.
bool UserRepository::tombstoneLink(const char *table, const char *columnA, const QString &a, const char *columnB,
                                   const QString &b)
{
    return exec(QLatin1String("UPDATE ") + QLatin1String(table) + QLatin1String(" SET deleted = ") + boolLit(true)
                    + QLatin1String(", updated_at = ? WHERE ") + QLatin1String(columnA) + QLatin1String(" = ? AND ")
                    + QLatin1String(columnB) + QLatin1String(" = ? AND ") + live(QString()),
                {Store::nowUtc(), a, b});
}

QStringList UserRepository::permissionsOfGroup(const QString &groupId)
{
    return liveStrings("SELECT DISTINCT permission FROM permissions WHERE group_id = ? AND ", groupId, "permission");
}

QStringList UserRepository::ownPermissionsOf(const QString &userId)
{
    return liveStrings("SELECT DISTINCT permission FROM permissions WHERE user_id = ? AND ", userId, "permission");
}

bool UserRepository::revokeFromGroup(const QString &groupId, const QString &permission)
{
    return tombstoneLink("permissions", "group_id", groupId, "permission", permission);
}

bool UserRepository::revokeFromUser(const QString &userId, const QString &permission)
{
    return tombstoneLink("permissions", "user_id", userId, "permission", permission);
}

bool UserRepository::removeFromGroup(const QString &userId, const QString &groupId)
{
    return tombstoneLink("user_group_members", "user_id", userId, "group_id", groupId);
}

QStringList UserRepository::memberIdsOf(const QString &groupId)
{
    return liveStrings("SELECT DISTINCT user_id FROM user_group_members WHERE group_id = ? AND ", groupId, "user_id");
}

QList<User> UserRepository::byKind(UserKind kind)
{
    QList<User> out;
    const auto rows = fetchAll(selectUsers() + QLatin1String(" WHERE kind = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY username, id"),
                               {UserKindCode::text(kind)});
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

bool UserRepository::addSignIn(SignInRecord &rec)
{
    if (!rec.at.isValid())
        rec.at = Store::now();
    return insertRow("sign_in_history", rec,
                     {{"user_id", rec.userId},
                      {"at", Sql::ts(rec.at)},
                      {"success", rec.success},
                      {"reason", rec.reason},
                      {"host", rec.host}});
}

QList<SignInRecord> UserRepository::signInHistory(const QString &userId, int limit)
{
    QList<SignInRecord> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM sign_in_history WHERE user_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY at DESC, id DESC LIMIT ") + QString::number(limit),
                               {userId});
    for (const QSqlRecord &r : rows) {
        SignInRecord s;
        readRow(r, s);
        s.userId = idOf(r, "user_id");
        s.at = ts(r, "at");
        s.success = flag(r, "success");
        s.reason = str(r, "reason");
        s.host = str(r, "host");
        out << s;
    }
    return out;
}

ListSpec UserRepository::signInHistoryList(const QString &userId) const
{
    ListSpec s;
    s.from = QStringLiteral("sign_in_history h");
    s.columns = QStringList{QStringLiteral("h.id"), QStringLiteral("h.at"), QStringLiteral("h.success"),
                            QStringLiteral("h.reason"), QStringLiteral("h.host")};
    s.where = QLatin1String("h.user_id = ? AND ") + live(QStringLiteral("h"));
    s.binds << userId;
    s.orderBy = QStringLiteral("h.at DESC, h.id DESC");
    s.orderByDesc = QStringLiteral("h.at, h.id");
    return s;
}

ListSpec UserRepository::activityList(const QString &userId) const
{
    ListSpec s;
    s.from = QStringLiteral("audit_log a LEFT JOIN users actor ON actor.id = a.user_id");
    s.columns = QStringList{QStringLiteral("a.id"), QStringLiteral("a.at"), QStringLiteral("a.action"),
                            QStringLiteral("actor.username"), QStringLiteral("a.detail")};
    s.where = live(QStringLiteral("a")) + QStringLiteral(" AND (a.user_id = ? OR a.subject_id = ?)");
    s.binds << userId << userId;
    s.orderBy = QStringLiteral("a.at DESC, a.id DESC");
    s.orderByDesc = QStringLiteral("a.at, a.id");
    return s;
}
