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
// «عملکرد هویت»: a lead («سرنخ») is someone the company may do business with; a contact
// («مخاطب») is someone it does. No financial item is made for a lead (reference §1.23).
enum class IdentityFunction { Lead, Contact };
// «وضعیت سرنخ»: نامعلوم / عدم کفایت / واجد شرایط; leads only.
enum class LeadStatus { Unknown, Insufficient, Qualified };

namespace IdentityCode {
QString text(IdentityKind kind);         // person|organisation
IdentityKind identityKind(const QString &text); // anything else reads as a person
QString text(ProfileType type);          // customer|agent|supplier|operator|competitor
std::optional<ProfileType> profileType(const QString &text);
QString text(IdentityFunction function);  // lead|contact
IdentityFunction identityFunction(const QString &text); // anything else reads as a contact
QString text(LeadStatus status);         // unknown|insufficient|qualified
LeadStatus leadStatus(const QString &text); // anything else reads as unknown
}

struct Phone : Row
{
    QString identityId;
    QString type = QStringLiteral("mobile"); // phone|mobile|fax
    QString number;
    QString extension;
    bool isDefault = false;
    QString description;
    QString countryCode = QStringLiteral("98"); // shown before the number (+98)
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
    IdentityFunction function = IdentityFunction::Contact;
    LeadStatus leadStatus = LeadStatus::Unknown; // leads only
    QString leadSubject;                         // «موضوع»: required for a lead
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
    QString email2;
    QString website;
    QString managerName; // organisations: «نام مدیر»
    QString brandName;   // organisations: «نام تجاری»
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
    bool isLead() const { return function == IdentityFunction::Lead; }
    // «نام نمایشی»: "first last" for people, the organisation's name otherwise.
    QString composedDisplayName() const;
};

inline QString Identity::composedDisplayName() const
{
    if (!isPerson())
        return orgName.trimmed();
    return QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}

// An identity with everything its editor or an import row saves together: phones, addresses
// and categories. IdentityRules checks it; IdentityService saves it in one transaction.
struct IdentityDraft
{
    Identity identity;
    QList<Phone> phones;
    QList<Address> addresses;
    QStringList categoryIds;
};
