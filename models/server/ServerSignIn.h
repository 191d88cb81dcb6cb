#pragma once
#include "models/auth/SignIn.h"
#include "models/core/ListSpec.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Store;

// Signing in on a company server (DESIGN §6): the server checks the password and the account
// (vafa_sign_in, migration 0009) and returns a session token, which this class hands to the
// store; every transaction after that carries it. The answers are SignInService's, so the
// sign-in dialog treats both modes alike.
class ServerSignIn
{
public:
    explicit ServerSignIn(Store &store);

    SignInResult signIn(const QString &username, const QString &password, const QString &host = {});
    // Replaces a password that must change (or has expired) on the way in, under the policy.
    SignInResult changePassword(const QString &username, const QString &currentPassword, const QString &newPassword,
                                const QString &host = {});
    // Ends the session on the server and forgets the token.
    bool signOut();
    // Keeps the session from idling out; the app calls it while the person works.
    bool touch();

    struct OpenSession
    {
        QString id;
        QString userId;
        QString username;
        QString kind;
        QString host;
        QDateTime startedAt;
        QDateTime lastSeenAt;
        QDateTime expiresAt;
    };
    // Administrators: who is signed in now, and ending one of those sessions.
    QList<OpenSession> openSessions();
    bool endSession(const QString &sessionId);
    // The same as a list for the «نشست‌های باز» page: id, username, kind, host, started_at,
    // last_seen_at; `search` narrows by username or computer.
    static ListSpec openSessionsList(const QString &search);
    enum OpenSessionColumn { Username = 1, Kind, Host, StartedAt, LastSeenAt };

private:
    SignInResult attempt(const QString &username, const QString &password, const QString &newPassword,
                         const QString &host);
    Store &m_store;
};
