#pragma once
#include <QSet>
#include <QString>
#include <QStringList>

// Every grant, and the group whose members hold them all («مدیر سیستم»).
namespace Grant {
inline const QString SystemAdmin = QStringLiteral("system.admin");
inline const QString AdminGroup = QStringLiteral("admin");
}

// The kind of account that acts, as a typed code (stored as staff|customer|agent|supplier).
enum class UserKind { Staff, Customer, Agent, Supplier };

// Who acts (DESIGN §3): the user, the kind of account, the identity behind it and what it may
// do. UserRepository::actor loads it once per action from the user, the user's own grants and
// those of the user's groups; the service checks its gate with it inside its transaction.
// An unknown or deleted user, and every club user, acts with no staff grants at all.
struct Actor
{
    QString userId;
    UserKind kind = UserKind::Staff;
    QString identityId;
    QSet<QString> grants;
    bool admin = false; // a member of the admin group or a holder of system.admin: every grant

    bool known() const { return !userId.isEmpty(); }
    bool isStaff() const { return kind == UserKind::Staff; }
    bool may(const QString &grant) const { return isStaff() && (admin || grants.contains(grant)); }

    // The command line, run by whoever may open the company's file, acts as its administrator.
    static Actor localAdministrator()
    {
        Actor a;
        a.admin = true;
        return a;
    }
    // For tests and tools that act as a staff user holding exactly `grants`.
    static Actor staff(const QString &userId, const QStringList &grants, bool admin = false)
    {
        Actor a;
        a.userId = userId;
        a.grants = QSet<QString>(grants.cbegin(), grants.cend());
        a.admin = admin;
        return a;
    }
};

namespace UserKindCode {
QString text(UserKind kind);
UserKind fromText(const QString &text); // unknown text reads as Customer: the least trusted staff-free kind
}
