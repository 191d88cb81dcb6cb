#include "models/identities/IdentityRules.h"

#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "models/persian/Validators.h"

#include <QRegularExpression>

namespace V = Persian::Validate;

namespace {
// Text as stored: no spaces or invisible marks at its ends.
QString bare(const QString &s) { return Persian::trimmedOfInvisibles(s); }

QString checked(V::Field field, const QString &text, QString *normalized)
{
    const QString t = bare(text);
    if (t.isEmpty()) {
        normalized->clear();
        return {};
    }
    *normalized = V::normalize(field, t);
    return normalized->isEmpty() ? V::errorMessage(field, V::check(field, t)) : QString();
}
} // namespace

QString IdentityRules::checkNationalId(IdentityKind kind, const QString &text, QString *normalized)
{
    return checked(kind == IdentityKind::Person ? V::Field::NationalCode : V::Field::NationalId, text, normalized);
}

QString IdentityRules::checkEconomicCode(const QString &text, QString *normalized)
{
    return checked(V::Field::EconomicCode, text, normalized);
}

QString IdentityRules::checkMobile(const QString &text, QString *normalized)
{
    return checked(V::Field::Mobile, text, normalized);
}

QString IdentityRules::checkPostalCode(const QString &text, QString *normalized)
{
    return checked(V::Field::PostalCode, text, normalized);
}

QString IdentityRules::checkEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString e = bare(text);
    if (e.isEmpty() || re.match(e).hasMatch())
        return {};
    return tr("The email address %1 is not valid.").arg(e);
}

QString IdentityRules::checkPhone(Phone &phone)
{
    phone.extension = Persian::toLatinDigits(bare(phone.extension));
    phone.description = bare(phone.description);
    QString code = Persian::toLatinDigits(bare(phone.countryCode));
    while (code.startsWith(QLatin1Char('+')) || code.startsWith(QLatin1Char('0')))
        code.remove(0, 1);
    phone.countryCode = code.isEmpty() ? QStringLiteral("98") : code;
    if (phone.type == QLatin1String("mobile") && phone.countryCode == QLatin1String("98")) {
        QString mobile;
        const QString e = checkMobile(phone.number, &mobile);
        if (!e.isEmpty())
            return e;
        phone.number = mobile;
    } else {
        QString number = bare(phone.number);
        if (number.startsWith(QLatin1Char('+')))
            number.remove(0, 1);
        const QString digits = Persian::digitsOnly(number);
        if (digits.isEmpty() || digits.size() < 4 || digits.size() > 15)
            return tr("The phone number %1 is not valid: use digits only, 4 to 15 of them.").arg(bare(phone.number));
        phone.number = digits;
    }
    if (!phone.extension.isEmpty() && Persian::digitsOnly(phone.extension) != phone.extension)
        return tr("The extension of %1 may contain digits only.").arg(phone.number);
    return {};
}

QList<IdentityRules::Problem> IdentityRules::checkNames(Identity &i)
{
    QList<Problem> out;
    for (QString *s : {&i.firstName, &i.lastName, &i.orgName, &i.title, &i.managerName, &i.brandName, &i.leadSubject,
                       &i.website, &i.source, &i.acquaintance, &i.registrationNumber})
        *s = bare(*s);
    i.customerNumber = Persian::toLatinDigits(bare(i.customerNumber));
    if (i.isPerson()) {
        if (i.firstName.isEmpty() && i.lastName.isEmpty())
            out.append({QStringLiteral("last_name"), tr("A person needs a first or a last name.")});
    } else if (i.orgName.isEmpty()) {
        out.append({QStringLiteral("org_name"), tr("An organisation needs its name.")});
    }
    if (i.isLead() && i.leadSubject.isEmpty())
        out.append({QStringLiteral("lead_subject"), tr("A lead needs a subject.")});
    return out;
}

QList<IdentityRules::Problem> IdentityRules::check(IdentityDraft &d)
{
    Identity &i = d.identity;
    QList<Problem> out = checkNames(i);
    i.displayName.clear(); // always composed from the names, so the lists and duplicates agree
    i.displayName = i.composedDisplayName();
    const auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QLatin1String(field), message});
    };
    // a value is replaced by its stored form only when it passed; a refused one stays as typed
    const auto normalise = [&add](const char *field, QString &value, auto checker) {
        QString normalized;
        const QString e = checker(value, &normalized);
        if (e.isEmpty())
            value = normalized;
        add(field, e);
    };
    normalise("national_id", i.nationalId,
              [&i](const QString &t, QString *n) { return checkNationalId(i.kind, t, n); });
    normalise("economic_code", i.economicCode, &IdentityRules::checkEconomicCode);
    i.email = bare(i.email);
    i.email2 = bare(i.email2);
    add("email", checkEmail(i.email));
    add("email2", checkEmail(i.email2));
    if (!i.isLead())
        i.leadStatus = LeadStatus::Unknown;

    int defaults = 0;
    for (Phone &p : d.phones) {
        add("phones", checkPhone(p));
        defaults += p.isDefault ? 1 : 0;
    }
    if (defaults > 1)
        add("phones", tr("Only one phone can be the default."));
    else if (defaults == 0 && !d.phones.isEmpty())
        d.phones.first().isDefault = true;

    defaults = 0;
    for (Address &a : d.addresses) {
        for (QString *s : {&a.country, &a.province, &a.city, &a.address})
            *s = bare(*s);
        normalise("addresses", a.postalCode, &IdentityRules::checkPostalCode);
        if (a.city.isEmpty() && a.address.isEmpty() && a.postalCode.isEmpty())
            add("addresses", tr("An address needs a city, a street address or a postal code."));
        defaults += a.isDefault ? 1 : 0;
    }
    if (defaults > 1)
        add("addresses", tr("Only one address can be the default."));
    else if (defaults == 0 && !d.addresses.isEmpty())
        d.addresses.first().isDefault = true;
    d.categoryIds.removeAll(QString());
    d.categoryIds.removeDuplicates();
    return out;
}

QStringList IdentityRules::messages(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.message;
    return out;
}

QString IdentityRules::defaultSubtypeId(const QList<IdentitySubtype> &subtypes, IdentityKind kind, ProfileType profile)
{
    for (const IdentitySubtype &s : subtypes)
        if (s.kind == kind && s.profileType == profile)
            return s.id;
    return {};
}
