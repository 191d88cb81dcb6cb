#include "models/identities/IdentitySubtypeService.h"

#include "models/club/ClubPermissions.h"
#include "models/core/AuditLog.h"
#include "models/core/Store.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/persian/Digits.h"

bool IdentitySubtypeService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool IdentitySubtypeService::begin(Store::Transaction &tx, const Actor &actor)
{
    m_error.clear();
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    if (!StaffPermissions(actor).canChangeClubSettings())
        return fail(tr("You do not have permission to change these settings. Ask an administrator."));
    return true;
}

QString IdentitySubtypeService::checkName(const IdentitySubtype &subtype)
{
    if (subtype.name.trimmed().isEmpty())
        return tr("Enter a name for the subtype.");
    for (const IdentitySubtype &other : IdentitySubtypeRepository(m_store).all())
        if (other.id != subtype.id && other.name.trimmed() == subtype.name.trimmed())
            return tr("There is already a subtype called “%1”.").arg(subtype.name.trimmed());
    return {};
}

bool IdentitySubtypeService::create(const Actor &actor, IdentitySubtype &subtype)
{
    Store::Transaction tx(m_store);
    if (!begin(tx, actor))
        return false;
    if (const QString bad = checkName(subtype); !bad.isEmpty())
        return fail(bad);
    IdentitySubtypeRepository subtypes(m_store);
    subtype.name = subtype.name.trimmed();
    const int n = int(subtypes.all().size()) + 1;
    subtype.code = QStringLiteral("%1_%2").arg(IdentityCode::text(subtype.profileType)).arg(n);
    if (!subtypes.insert(subtype)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("identity_subtype.create"),
                                     QStringLiteral("identity_subtype"), subtype.id, subtype.name)) {
        qWarning("identity subtype: %s", qPrintable(subtypes.lastError()));
        return fail(tr("The subtype could not be saved. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool IdentitySubtypeService::update(const Actor &actor, const IdentitySubtype &subtype)
{
    Store::Transaction tx(m_store);
    if (!begin(tx, actor))
        return false;
    IdentitySubtypeRepository subtypes(m_store);
    const std::optional<IdentitySubtype> stored = subtypes.get(subtype.id);
    if (!stored)
        return fail(tr("This subtype no longer exists."));
    if (const QString bad = checkName(subtype); !bad.isEmpty())
        return fail(bad);
    if (stored->kind != subtype.kind && subtypes.usage(subtype.id) != 0)
        return fail(tr("Identities already have this subtype, so it stays for %1.")
                        .arg(stored->kind == IdentityKind::Person ? tr("persons") : tr("organisations")));
    IdentitySubtype changed = subtype;
    changed.name = changed.name.trimmed();
    changed.code = stored->code;
    if (!subtypes.update(changed)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("identity_subtype.update"),
                                     QStringLiteral("identity_subtype"), changed.id, changed.name)) {
        qWarning("identity subtype: %s", qPrintable(subtypes.lastError()));
        return fail(tr("The subtype could not be saved. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool IdentitySubtypeService::remove(const Actor &actor, const QString &id)
{
    Store::Transaction tx(m_store);
    if (!begin(tx, actor))
        return false;
    IdentitySubtypeRepository subtypes(m_store);
    const std::optional<IdentitySubtype> stored = subtypes.get(id);
    if (!stored)
        return fail(tr("This subtype no longer exists."));
    const qint64 used = subtypes.usage(id);
    if (used != 0)
        return fail(used < 0 ? tr("The store could not tell whether the subtype is in use. Nothing was changed.")
                             : tr("%1 identities have the subtype “%2”; give them another one before deleting it.")
                                   .arg(Persian::formatNumber(used), stored->name));
    if (!subtypes.tombstone(id)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("identity_subtype.delete"),
                                     QStringLiteral("identity_subtype"), id, stored->name)) {
        qWarning("identity subtype: %s", qPrintable(subtypes.lastError()));
        return fail(tr("The subtype could not be deleted. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}
