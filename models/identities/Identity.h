#pragma once
#include "models/core/Row.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// A person or an organisation («حقیقی / حقوقی»), and what the company is to them («نوع
// پروفایل»), as typed codes; stored as text and converted in IdentityRepository only.
enum class IdentityKind { Person, Organisation };
enum class ProfileType { Customer, Agent, Supplier, Operator, Competitor };

namespace IdentityCode {
QString text(IdentityKind kind);         // person|organisation
IdentityKind identityKind(const QString &text); // anything else reads as a person
QString text(ProfileType type);          // customer|agent|supplier|operator|competitor
std::optional<ProfileType> profileType(const QString &text);
}

struct Phone : Row
{
    QString identityId;
    QString type = QStringLiteral("mobile"); // phone|mobile|fax
    QString number;
    QString extension;
    bool isDefault = false;
    QString description;
};

struct Address : Row
{
    QString identityId;
    QString country = QStringLiteral("ایران");
    QString province;
    QString city;
    QString address;
    QString postalCode;
    bool isDefault = false;
};

struct Category : Row
{
    QString name;
    QString parentId;
    QString kind = QStringLiteral("database"); // database|activity
    bool isPrivate = false; // «اختصاصی»: seen and changed only by its creator and the database managers
    QString createdBy;      // users.id; empty for the starter and demo categories
};

struct IdentitySubtype : Row
{
    QString code;
    QString name;
    IdentityKind kind = IdentityKind::Person;
    ProfileType profileType = ProfileType::Customer;
    QString numberingPatternId;
};

// هویت: a person or an organisation the company deals with.
struct Identity : Row
{
    IdentityKind kind = IdentityKind::Person;
    QString function = QStringLiteral("contact");     // lead|contact
    ProfileType profileType = ProfileType::Customer;
    QString subtypeId;
    QString customerNumber;
    QString firstName;
    QString lastName;
    QString orgName;
    QString displayName; // empty on insert = built from the names
    QString gender;      // male|female|''
    QString title;
    QString nationalId;  // کد ملی (10 digits) or شناسه ملی (11 digits), Latin digits
    QString economicCode;
    QString registrationNumber;
    QString email;
    QString website;
    QDate birthDate;
    QDate customerSince;
    QString colour;
    QString source;
    QString acquaintance;
    QString salesResponsibleId;
    QString supportResponsibleId;
    QString miscResponsibleId;
    QString createdByAgentId;
    QString classId;
    QString description;
    QDateTime createdAt;
    QString createdBy;
    QString searchText; // kept by the repository

    bool isPerson() const { return kind == IdentityKind::Person; }
    // «نام نمایشی»: "first last" for people, the organisation's name otherwise.
    QString composedDisplayName() const;
};

inline QString Identity::composedDisplayName() const
{
    if (!isPerson())
        return orgName.trimmed();
    return QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}
