#include "models/identities/IdentityService.h"

#include "models/auth/UserRepository.h"
#include "models/core/AuditLog.h"
#include "models/core/Store.h"
#include "models/finance/Numbering.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"

IdentityVerdict IdentityVerdict::refused(const QString &error, const QList<IdentityRules::Problem> &problems)
{
    IdentityVerdict v;
    v.error = error;
    v.problems = problems;
    return v;
}

QString IdentityDuplicate::reasonText() const
{
    QStringList parts;
    if (reasons & SameNationalId)
        parts << IdentityService::tr("same national ID");
    if (reasons & SameMobile)
        parts << IdentityService::tr("same mobile");
    if (reasons & SameName)
        parts << IdentityService::tr("same name");
    return parts.join(IdentityService::tr(", "));
}

IdentityService::IdentityService(Store &store, const Actor &actor) : m_store(store), m_actor(actor), m_repo(store) {}

QString IdentityService::editPermission() { return QStringLiteral("identities.edit"); }

bool IdentityService::mayEdit(const Actor &actor) { return actor.may(editPermission()); }

IdentityVerdict IdentityService::storeFailure(const QString &detail) const
{
    // the driver's words are for the log; a person reads what happened to their change
    qWarning("identity action: %s", qPrintable(detail));
    return IdentityVerdict::refused(tr("The identity could not be saved. Nothing was changed."));
}

const IdentityService::Context &IdentityService::context()
{
    if (!m_context) {
        Context c;
        c.subtypes = IdentitySubtypeRepository(m_store).all();
        for (const Category &cat : CategoryRepository(m_store).all())
            c.categoryIds.insert(cat.id);
        for (const User &u : UserRepository(m_store).byKind(UserKind::Staff))
            if (u.active)
                c.staffUserIds.insert(u.id);
        m_context = std::move(c);
    }
    return *m_context;
}

bool IdentityService::drawCustomerNumber(Identity &i, const IdentitySubtype *subtype, const QString &storedNumber,
                                         QString *error)
{
    if (i.isLead()) {
        if (!i.customerNumber.isEmpty() && i.customerNumber != storedNumber) {
            *error = tr("A lead has no customer number; it gets one when it becomes a contact.");
            return false;
        }
        return true;
    }
    const QString patternId = subtype ? subtype->numberingPatternId : QString();
    if (patternId.isEmpty()) {
        if (!i.customerNumber.isEmpty() && i.customerNumber != storedNumber
            && m_repo.customerNumberTaken(i.customerNumber, i.id)) {
            *error = tr("The customer number %1 belongs to another identity.").arg(i.customerNumber);
            return false;
        }
        return true;
    }
    if (!i.customerNumber.isEmpty() && i.customerNumber == storedNumber)
        return true; // kept as it was
    Numbering numbering(m_store);
    const auto issued = i.customerNumber.isEmpty() ? numbering.next(patternId)
                                                   : numbering.useManual(patternId, i.customerNumber, i.id);
    if (!issued) {
        *error = numbering.lastError();
        return false;
    }
    i.customerNumber = issued->number;
    return true;
}

bool IdentityService::prepare(IdentityDraft &d, const Identity *stored, QString *error,
                              QList<IdentityRules::Problem> *problems)
{
    Identity &i = d.identity;
    if (stored) { // what the editor may not change
        i.kind = stored->kind;
        i.subtypeId = stored->subtypeId;
        i.createdAt = stored->createdAt;
        i.createdBy = stored->createdBy;
        i.createdByAgentId = stored->createdByAgentId;
        i.classId = stored->classId;
        if (stored->function == IdentityFunction::Contact)
            i.function = IdentityFunction::Contact; // a contact never goes back to being a lead
    }
    *problems = IdentityRules::check(d);
    const Context &c = context();
    const IdentitySubtype *subtype = nullptr;
    if (!i.subtypeId.isEmpty()) {
        for (const IdentitySubtype &s : c.subtypes)
            if (s.id == i.subtypeId)
                subtype = &s;
        if (!subtype)
            problems->append({QStringLiteral("subtype"), tr("The subtype no longer exists.")});
        else if (subtype->kind != i.kind)
            problems->append({QStringLiteral("subtype"), i.isPerson() ? tr("The subtype is for organisations, not persons.")
                                                                      : tr("The subtype is for persons, not organisations.")});
        else
            i.profileType = subtype->profileType;
    }
    const QString *responsibles[] = {&i.salesResponsibleId, &i.supportResponsibleId, &i.miscResponsibleId};
    for (const QString *r : responsibles)
        if (!r->isEmpty() && !c.staffUserIds.contains(*r)) {
            problems->append({QStringLiteral("responsibles"), tr("A responsible must be an active staff user.")});
            break;
        }
    for (const QString &cat : std::as_const(d.categoryIds))
        if (!c.categoryIds.contains(cat)) {
            problems->append({QStringLiteral("categories"), tr("A chosen category no longer exists.")});
            break;
        }
    if (!problems->isEmpty()) {
        *error = problems->size() == 1 ? problems->first().message
                                       : tr("The identity was not saved: %1").arg(IdentityRules::messages(*problems).join(tr("; ")));
        return false;
    }
    if (!drawCustomerNumber(i, subtype, stored ? stored->customerNumber : QString(), error)) {
        problems->append({QStringLiteral("customer_number"), *error});
        return false;
    }
    if (i.customerNumber.isEmpty() || (stored && !stored->customerNumber.isEmpty()))
        return true;
    if (!i.customerSince.isValid())
        i.customerSince = Store::now().date(); // «تاریخ مشتری شدن»: when the number is first given
    return true;
}

bool IdentityService::write(IdentityDraft &d, bool isNew, QString *error)
{
    IdentityRepository &repo = m_repo;
    Identity &i = d.identity;
    bool ok = false;
    if (isNew) { // nothing to replace: add (an import writes a hundred thousand of these)
        ok = repo.insert(i, d.phones);
        for (int k = 0; ok && k < d.addresses.size(); ++k) {
            d.addresses[k].identityId = i.id;
            ok = repo.addAddress(d.addresses[k]);
        }
        for (int k = 0; ok && k < d.categoryIds.size(); ++k)
            ok = repo.addToCategory(i.id, d.categoryIds.at(k));
    } else {
        ok = repo.update(i) && repo.setPhones(i.id, d.phones) && repo.setAddresses(i.id, d.addresses)
            && repo.setCategories(i.id, d.categoryIds);
    }
    if (!ok)
        *error = repo.lastError();
    return ok;
}

IdentityVerdict IdentityService::save(IdentityDraft &d, bool isNew)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return IdentityVerdict::refused(m_store.writeFailureMessage());
    if (!mayEdit(m_actor))
        return IdentityVerdict::refused(tr("You do not have permission to create or edit identities."));
    m_context.reset(); // read again under this transaction's lock
    std::optional<Identity> stored;
    if (!isNew) {
        stored = m_repo.get(d.identity.id);
        if (!stored || stored->deleted)
            return IdentityVerdict::refused(tr("The identity was not found; it may have been deleted."));
    } else {
        d.identity.id.clear();
        d.identity.createdBy = m_actor.userId;
        d.identity.createdAt = Store::now();
    }
    QString error;
    QList<IdentityRules::Problem> problems;
    if (!prepare(d, stored ? &*stored : nullptr, &error, &problems))
        return IdentityVerdict::refused(error, problems);
    if (!write(d, isNew, &error))
        return storeFailure(error);
    AuditLog audit(m_store);
    if (!audit.append(m_actor.userId, isNew ? QStringLiteral("identity.create") : QStringLiteral("identity.update"),
                      QStringLiteral("identity"), d.identity.id, d.identity.displayName))
        return storeFailure(audit.lastError());
    if (!tx.commit())
        return IdentityVerdict::refused(m_store.writeFailureMessage());
    IdentityVerdict v;
    v.ok = true;
    v.identityId = d.identity.id;
    v.customerNumber = d.identity.customerNumber;
    return v;
}

IdentityVerdict IdentityService::create(IdentityDraft draft) { return save(draft, true); }

IdentityVerdict IdentityService::update(IdentityDraft draft)
{
    if (draft.identity.id.isEmpty())
        return IdentityVerdict::refused(tr("The identity was not found; it may have been deleted."));
    return save(draft, false);
}

IdentityVerdict IdentityService::convertToContact(const QString &identityId)
{
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return IdentityVerdict::refused(m_store.writeFailureMessage());
    if (!mayEdit(m_actor))
        return IdentityVerdict::refused(tr("You do not have permission to create or edit identities."));
    m_context.reset();
    IdentityRepository &repo = m_repo;
    auto stored = repo.get(identityId);
    if (!stored || stored->deleted)
        return IdentityVerdict::refused(tr("The identity was not found; it may have been deleted."));
    if (!stored->isLead())
        return IdentityVerdict::refused(tr("%1 is already a contact.").arg(stored->displayName));
    IdentityDraft d;
    d.identity = *stored;
    d.identity.function = IdentityFunction::Contact;
    d.phones = repo.phones(identityId);
    d.addresses = repo.addresses(identityId);
    d.categoryIds = repo.categoryIds(identityId);
    Identity asLead = *stored;
    asLead.function = IdentityFunction::Lead;
    QString error;
    QList<IdentityRules::Problem> problems;
    if (!prepare(d, &asLead, &error, &problems))
        return IdentityVerdict::refused(error, problems);
    if (!repo.update(d.identity))
        return storeFailure(repo.lastError());
    AuditLog audit(m_store);
    if (!audit.append(m_actor.userId, QStringLiteral("identity.lead_to_contact"), QStringLiteral("identity"), identityId,
                      d.identity.customerNumber))
        return storeFailure(audit.lastError());
    if (!tx.commit())
        return IdentityVerdict::refused(m_store.writeFailureMessage());
    IdentityVerdict v;
    v.ok = true;
    v.identityId = identityId;
    v.customerNumber = d.identity.customerNumber;
    return v;
}

QList<IdentityDuplicate> IdentityService::duplicatesOf(const IdentityDraft &draft, int limit)
{
    IdentityDraft d = draft; // compared in the stored form: Latin digits, composed name
    IdentityRules::check(d);
    IdentityRepository &repo = m_repo;
    const QString self = d.identity.id.isEmpty() ? QStringLiteral("-") : d.identity.id;
    QList<IdentityDuplicate> out;
    const auto note = [&out](const QList<Identity> &found, int reason) {
        for (const Identity &i : found) {
            auto it = std::find_if(out.begin(), out.end(), [&i](const IdentityDuplicate &x) { return x.identity.id == i.id; });
            if (it == out.end())
                out.append({i, reason});
            else
                it->reasons |= reason;
        }
    };
    note(repo.withNationalId(d.identity.nationalId, self, limit), IdentityDuplicate::SameNationalId);
    for (const Phone &p : std::as_const(d.phones))
        if (p.type == QLatin1String("mobile"))
            note(repo.withPhoneNumber(p.number, self, limit), IdentityDuplicate::SameMobile);
    note(repo.withDisplayName(d.identity.displayName, self, limit), IdentityDuplicate::SameName);
    if (out.size() > limit)
        out.resize(limit);
    return out;
}
