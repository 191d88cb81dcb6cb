#pragma once
#include "models/identities/Identity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The checks on one identity, in one place: the editor, the service and the import all ask
// here, so an identity refused on one path is refused on every path with the same sentence.
//
// - Names by kind: a person needs a first or a last name, an organisation its name; a lead
//   also needs its subject («موضوع»).
// - کد ملی for a person (10 digits) and شناسه ملی for an organisation (11 digits), with their
//   checksums (Persian::Validate); economic code, mobile numbers and postal codes likewise.
//   Values are stored in their machine form (Latin digits, no separators), whatever the
//   person typed or pasted.
// - At most one default phone and one default address; when none is marked the first one is
//   the default, because every list shows "the" mobile and "the" city of an identity.
// Every message is a translated sentence (context "Identities"); none is an English fragment.
class IdentityRules
{
    Q_DECLARE_TR_FUNCTIONS(Identities)
public:
    struct Problem
    {
        QString field; // first_name, org_name, lead_subject, national_id, economic_code, email, email2, phones, addresses
        QString message;
    };

    // Normalises the draft in place and returns what is wrong; empty when it may be saved.
    static QList<Problem> check(IdentityDraft &draft);
    static QStringList messages(const QList<Problem> &problems);

    // The pieces, for an import row or a single field. Each returns an empty string when the
    // value is acceptable (an empty value is acceptable: none of these fields is required) and
    // puts the stored form into *normalized.
    static QString checkNationalId(IdentityKind kind, const QString &text, QString *normalized);
    static QString checkEconomicCode(const QString &text, QString *normalized);
    static QString checkMobile(const QString &text, QString *normalized);
    static QString checkPostalCode(const QString &text, QString *normalized);
    static QString checkEmail(const QString &text);
    // A phone of any type: a mobile is checked as one; other numbers hold digits only
    // (a leading + is dropped with the country code, which has its own field).
    static QString checkPhone(Phone &phone);
    // Names by kind (and a lead's subject); the text is trimmed in place.
    static QList<Problem> checkNames(Identity &identity);

    // The subtype a new identity gets when none is chosen: the first of its kind and profile
    // type (so a new customer is numbered by the customer pattern), or empty. The editor's
    // starting choice and the import's default.
    static QString defaultSubtypeId(const QList<IdentitySubtype> &subtypes, IdentityKind kind, ProfileType profile);
};
