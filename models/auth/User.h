#pragma once
#include "models/core/Actor.h"
#include "models/core/Row.h"

#include <QDateTime>

#include <optional>

// Whether staff accepted a club user's registration (rule 7), as a typed code; stored as
// pending|approved|rejected and converted in UserRepository only.
enum class RegistrationStatus { Pending, Approved, Rejected };

namespace RegistrationStatusCode {
QString text(RegistrationStatus status);
std::optional<RegistrationStatus> parse(const QString &text); // nothing for anything else
}

// A Vafa account: staff, or a club user (customer, agent, supplier) linked to an identity.
struct User : Row
{
    UserKind kind = UserKind::Staff;
    QString identityId;
    QString username;
    QString passwordHash; // libsodium argon2id string; never logged
    RegistrationStatus registrationStatus = RegistrationStatus::Approved;
    bool active = true;
    bool suspended = false;
    bool locked = false;
    QDateTime lockedAt; // set when failed sign-ins locked it; invalid when an administrator did
    int failedAttempts = 0;
    bool mustChangePassword = false;
    QDateTime passwordChangedAt;
    QDateTime lastSignInAt;
    QString createdVia = QStringLiteral("staff"); // staff|self|bulk|identity|import
    int commissionBp = 0;
    QString email;
    QString mobile;
    QString language = QStringLiteral("fa");
    QDateTime createdAt;

    bool isClubUser() const { return kind != UserKind::Staff; }
};

struct UserGroup : Row
{
    QString name;
};

struct SignInRecord : Row
{
    QString userId;
    QDateTime at;
    bool success = false;
    QString reason; // SignInService::reasonCode(): "", unknown_or_wrong_password, locked, …
    QString host;
};
