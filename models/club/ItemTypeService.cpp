#include "models/club/ItemTypeService.h"

#include "models/club/ClubPermissions.h"
#include "models/core/AuditLog.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"

bool ItemTypeService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ItemTypeService::begin(Store::Transaction *tx, const Actor &actor)
{
    m_error.clear();
    if (!tx->isActive())
        return fail(m_store.writeFailureMessage());
    if (!StaffPermissions(actor).canChangeClubSettings())
        return fail(tr("You do not have permission to change these settings. Ask an administrator."));
    return true;
}

bool ItemTypeService::change(const Actor &actor, const QString &typeId, const QString &setting, const QString &value,
                             const std::function<void(ItemType &)> &edit)
{
    Store::Transaction tx(m_store);
    if (!begin(&tx, actor))
        return false;
    ItemTypeRepository types(m_store);
    std::optional<ItemType> type = types.get(typeId);
    if (!type)
        return fail(tr("This item type no longer exists."));
    edit(*type);
    if (!types.update(*type)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("item_type.update"), QStringLiteral("item_type"), typeId,
                                     setting + QLatin1Char('=') + value)) {
        qWarning("item type: %s", qPrintable(types.lastError()));
        return fail(tr("The change could not be saved. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool ItemTypeService::saveCustomFields(const Actor &actor, const QString &typeId, QList<CustomField> &fields)
{
    for (const CustomField &f : std::as_const(fields))
        if (f.name.trimmed().isEmpty())
            return fail(tr("Every custom field needs a name."));
    Store::Transaction tx(m_store);
    if (!begin(&tx, actor))
        return false;
    ItemTypeRepository types(m_store);
    QStringList names;
    for (const CustomField &f : std::as_const(fields))
        names << f.name;
    if (!types.saveCustomFields(typeId, fields)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("item_type.custom_fields"), QStringLiteral("item_type"), typeId,
                                     names.join(QLatin1Char(',')))) {
        qWarning("item type fields: %s", qPrintable(types.lastError()));
        return fail(tr("The fields could not be saved. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}

std::optional<ItemType> ItemTypeService::stored(const QString &typeId)
{
    return ItemTypeRepository(m_store).get(typeId);
}

QList<CustomField> ItemTypeService::customFields(const QString &typeId)
{
    return ItemTypeRepository(m_store).customFields(typeId);
}
