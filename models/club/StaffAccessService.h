#pragma once
#include "models/core/Actor.h"
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Store;
class UserRepository;

// Changes to what staff may do («دسترسی‌های کارمندان»): a group's or a staff user's own
// permissions and group memberships, and new groups. Each call is one action (DESIGN §3): it
// begins the transaction, checks inside it that the actor may manage users, applies every
// change that is not already so (re-read inside the transaction) with one audit row each, and
// commits; a refusal writes nothing and says why in Persian.
class StaffAccessService
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccessService)
public:
    struct Change
    {
        QString principalId;
        bool isGroup = false;
        QStringList grant, revoke; // permission keys
        QStringList join, leave;   // a user's groups, or a group's staff members
    };

    StaffAccessService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    bool apply(const Change &change);
    // The new group's id, or nothing (see error()).
    std::optional<QString> createGroup(const QString &name);
    QString error() const { return m_error; }

private:
    bool mayManage(); // inside the transaction
    static bool makesAdministrator(UserRepository &users, const Change &change);
    bool fail(const QString &message);
    Store &m_store;
    Actor m_actor;
    QString m_error;
};
