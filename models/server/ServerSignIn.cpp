#include "models/server/ServerSignIn.h"

#include "models/auth/UserRepository.h"
#include "models/core/SqlUtil.h"
#include "models/core/Store.h"

#include <QSqlError>
#include <QSqlQuery>

ServerSignIn::ServerSignIn(Store &store) : m_store(store) {}

SignInResult ServerSignIn::signIn(const QString &username, const QString &password, const QString &host)
{
    return attempt(username, password, QString(), host);
}

SignInResult ServerSignIn::changePassword(const QString &username, const QString &currentPassword,
                                          const QString &newPassword, const QString &host)
{
    if (newPassword.isEmpty()) {
        SignInResult r;
        r.failure = SignInResult::Failure::NewPasswordRejected;
        return r;
    }
    return attempt(username, currentPassword, newPassword, host);
}

SignInResult ServerSignIn::attempt(const QString &username, const QString &password, const QString &newPassword,
                                   const QString &host)
{
    SignInResult r;
    r.failure = SignInResult::Failure::StoreError;
    m_store.setSessionToken(QString());
    QString token;
    {
        Store::Transaction tx = m_store.transaction();
        if (!tx.isActive())
            return r;
        QSqlQuery q(m_store.db());
        if (!Sql::execBound(q, QStringLiteral("SELECT token, failure, attempts_left, session_minutes FROM vafa_sign_in(?, ?, ?, ?)"),
                            {UserRepository::foldUsername(username), password, host,
                             newPassword.isEmpty() ? QVariant() : QVariant(newPassword)})
            || !q.next())
            return r;
        token = q.value(0).toString();
        r.failure = SignInResult::failureOf(q.value(1).toString());
        r.attemptsLeft = q.value(2).toInt();
        r.sessionMinutes = q.value(3).toInt();
        q.finish();
        // the failed attempt and its count are the server's record: commit them too
        if (!tx.commit()) {
            r.failure = SignInResult::Failure::StoreError;
            return r;
        }
    }
    if (r.failure == SignInResult::Failure::NewPasswordRejected)
        r.detail = SignInResult::messageFor(r.failure);
    if (r.failure != SignInResult::Failure::None || token.isEmpty())
        return r;
    m_store.setSessionToken(token);
    UserRepository users(m_store);
    const auto me = users.findByUsername(username);
    if (!me) {
        m_store.setSessionToken(QString());
        r.failure = SignInResult::Failure::StoreError;
        return r;
    }
    r.ok = true;
    r.user = *me;
    return r;
}

bool ServerSignIn::signOut()
{
    bool ended = false;
    {
        Store::Transaction tx = m_store.transaction();
        if (tx.isActive()) {
            QSqlQuery q(m_store.db());
            ended = q.exec(QStringLiteral("SELECT vafa_sign_out()")) && q.next() && q.value(0).toBool();
            q.finish();
            ended = tx.commit() && ended;
        }
    }
    m_store.setSessionToken(QString());
    return ended;
}

bool ServerSignIn::touch()
{
    Store::Transaction tx = m_store.transaction();
    if (!tx.isActive())
        return false;
    QSqlQuery q(m_store.db());
    const bool alive = q.exec(QStringLiteral("SELECT vafa_touch_session()")) && q.next() && q.value(0).toBool();
    q.finish();
    return tx.commit() && alive;
}

QList<ServerSignIn::OpenSession> ServerSignIn::openSessions()
{
    QList<OpenSession> out;
    Store::Transaction tx = m_store.transaction();
    if (!tx.isActive())
        return out;
    QSqlQuery q(m_store.db());
    if (q.exec(QStringLiteral("SELECT id, user_id, username, kind, host, started_at, last_seen_at, expires_at "
                              "FROM vafa_open_sessions()"))) {
        while (q.next()) {
            OpenSession s;
            s.id = q.value(0).toString();
            s.userId = q.value(1).toString();
            s.username = q.value(2).toString();
            s.kind = q.value(3).toString();
            s.host = q.value(4).toString();
            s.startedAt = q.value(5).toDateTime();
            s.lastSeenAt = q.value(6).toDateTime();
            s.expiresAt = q.value(7).toDateTime();
            out << s;
        }
    }
    q.finish();
    tx.commit();
    return out;
}

ListSpec ServerSignIn::openSessionsList(const QString &search)
{
    ListSpec s;
    s.from = QStringLiteral("vafa_open_sessions() s"); // only administrators get rows (0009)
    s.columns = QStringList{QStringLiteral("s.id"), QStringLiteral("s.username"), QStringLiteral("s.kind"),
                            QStringLiteral("s.host"), QStringLiteral("s.started_at"), QStringLiteral("s.last_seen_at")};
    if (!search.trimmed().isEmpty()) {
        s.where = QStringLiteral("(") + Dialect::likeCondition(QStringLiteral("s.username")) + QStringLiteral(" OR ")
            + Dialect::likeCondition(QStringLiteral("s.host")) + QStringLiteral(")");
        s.binds << Dialect::containing(search.trimmed()) << Dialect::containing(search.trimmed());
    }
    s.orderBy = QStringLiteral("s.last_seen_at DESC, s.id");
    s.orderByDesc = QStringLiteral("s.last_seen_at, s.id DESC");
    return s;
}

bool ServerSignIn::endSession(const QString &sessionId)
{
    Store::Transaction tx = m_store.transaction();
    if (!tx.isActive())
        return false;
    QSqlQuery q(m_store.db());
    const bool ended = Sql::execBound(q, QStringLiteral("SELECT vafa_end_session(?)"), {sessionId}) && q.next()
        && q.value(0).toBool();
    q.finish();
    return tx.commit() && ended;
}
