#pragma once
#include "models/core/Actor.h"
#include "models/identities/Identity.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityRules.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class Store;

// What an identity action did. On refusal `error` is a Persian sentence (through tr) and
// `problems` the checks that failed, by field, for the editor to point at.
struct IdentityVerdict
{
    bool ok = false;
    QString error;
    QList<IdentityRules::Problem> problems;
    QString identityId;
    QString customerNumber; // as saved (drawn from the subtype's pattern, or typed)

    static IdentityVerdict refused(const QString &error, const QList<IdentityRules::Problem> &problems = {});
};

// A possible duplicate of an identity being saved: a warning, never a refusal (two people may
// share a name, a family a landline).
struct IdentityDuplicate
{
    enum Reason { SameNationalId = 1, SameMobile = 2, SameName = 4 };
    Identity identity;
    int reasons = 0; // Reason flags
    QString reasonText() const; // translated: «کد ملی یکسان، …»
};

// Creates and edits identities (reference §1.23, §2.1). Each action is one transaction
// (DESIGN §3): begin; check the actor's permission; re-read what it decides on (the stored
// identity, the subtype and its numbering pattern, the responsible users and categories);
// write the identity with its phones, addresses and categories; audit; commit. A refusal
// writes nothing, a customer number drawn inside a refused action included.
//
// Permission: `identities.edit` («ذخیره اولیه / ویرایش آیتم» of the identity entity, which
// the demo's sales and club groups already hold); the administrator has it. Club users never
// act here.
//
// Customer number («شماره مشتری»): a contact whose subtype has a numbering pattern gets the
// pattern's next number when the field is left empty, or the typed number after the pattern
// checked it (format, uniqueness among its items) — drawn inside the transaction so two
// saves never get the same one. Without a pattern a typed number need only be unique. A
// lead gets no number: no financial item is made for a lead, and the number is drawn when it
// becomes a contact.
class IdentityService
{
    Q_DECLARE_TR_FUNCTIONS(Identities)
public:
    IdentityService(Store &store, const Actor &actor);

    static QString editPermission(); // identities.edit
    static bool mayEdit(const Actor &actor);

    IdentityVerdict create(IdentityDraft draft);
    // draft.identity.id names the identity; its kind and subtype stay as they were saved
    // (reference: the subtype is chosen before the first save; a person becomes an
    // organisation only through «تبدیل هویت»).
    IdentityVerdict update(IdentityDraft draft);
    // «تبدیل سرنخ به مخاطب»: the lead becomes a contact and gets its customer number.
    IdentityVerdict convertToContact(const QString &identityId);

    // Existing identities that look like the draft: same national ID, a phone with one of its
    // mobile numbers, or the same display name (normalised). The draft's own row is excluded.
    QList<IdentityDuplicate> duplicatesOf(const IdentityDraft &draft, int limit = 20);

    // The parts an import shares with create() inside its own transaction: the draft checked
    // and completed against the store (subtype, responsibles, categories, customer number),
    // then written. Both return false with *error set; neither begins a transaction.
    bool prepare(IdentityDraft &draft, const Identity *stored, QString *error, QList<IdentityRules::Problem> *problems);
    bool write(IdentityDraft &draft, bool isNew, QString *error);

private:
    // What a save decides against, read once per action inside its transaction (an import
    // saves many identities in one action, so it reads these once, not once a row).
    struct Context
    {
        QList<IdentitySubtype> subtypes;
        QSet<QString> staffUserIds; // live, active staff users: who may be a responsible
        QSet<QString> categoryIds;
    };
    const Context &context();
    IdentityVerdict storeFailure(const QString &detail) const;
    IdentityVerdict save(IdentityDraft &draft, bool isNew);
    bool drawCustomerNumber(Identity &identity, const IdentitySubtype *subtype, const QString &storedNumber,
                            QString *error);

    Store &m_store;
    Actor m_actor;
    IdentityRepository m_repo; // one for the service's life: its prepared statements are reused
    std::optional<Context> m_context;
};
