#pragma once
#include "models/core/Row.h"

#include <QDate>
#include <QList>
#include <QStringList>

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
};

struct IdentitySubtype : Row
{
    QString code;
    QString name;
    QString kind = QStringLiteral("person");           // person|organisation
    QString profileType = QStringLiteral("customer");  // customer|agent|supplier|operator|competitor
    QString numberingPatternId;
};

// هویت: a person or an organisation the company deals with.
struct Identity : Row
{
    QString kind = QStringLiteral("person");          // person|organisation
    QString function = QStringLiteral("contact");     // lead|contact
    QString profileType = QStringLiteral("customer"); // customer|agent|supplier|operator|competitor
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

    bool isPerson() const { return kind == QLatin1String("person"); }
    // «نام نمایشی»: "first last" for people, the organisation's name otherwise.
    QString composedDisplayName() const;
};

inline QString Identity::composedDisplayName() const
{
    if (!isPerson())
        return orgName.trimmed();
    return QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}
