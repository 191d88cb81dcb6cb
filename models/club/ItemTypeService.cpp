#include "models/club/ItemTypeService.h"

#include "models/club/ClubPermissions.h"
#include "models/auth/UserRepository.h"
#include "models/core/AuditLog.h"
#include "models/finance/FinanceRights.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/persian/Digits.h"

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
                             const std::function<void(ItemType &)> &edit,
                             const std::function<QString(const ItemType &)> &refusal)
{
    Store::Transaction tx(m_store);
    if (!begin(&tx, actor))
        return false;
    ItemTypeRepository types(m_store);
    std::optional<ItemType> type = types.get(typeId);
    if (!type)
        return fail(tr("This item type no longer exists."));
    if (refusal)
        if (const QString why = refusal(*type); !why.isEmpty())
            return fail(why);
    edit(*type);
    if (!types.update(*type)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("item_type.update"), QStringLiteral("item_type"), typeId,
                                     setting + QLatin1Char('=') + value)) {
        qWarning("item type: %s", qPrintable(types.lastError()));
        return fail(tr("The change could not be saved. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool ItemTypeService::saveTemplate(const Actor &actor, const QString &typeId, bool publicTemplate, const QString &text)
{
    m_error.clear();
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    if (!FinanceRights::mayEditTemplates(actor))
        return fail(tr("Only the finance manager may change print templates."));
    ItemTypeRepository types(m_store);
    std::optional<ItemType> type = types.get(typeId);
    if (!type)
        return fail(tr("This item type no longer exists."));
    (publicTemplate ? type->publicTemplate : type->mainTemplate) = text;
    if (!types.update(*type)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("item_type.template"), QStringLiteral("item_type"), typeId,
                                     publicTemplate ? QStringLiteral("public") : QStringLiteral("main"))) {
        qWarning("item type template: %s", qPrintable(types.lastError()));
        return fail(tr("The template could not be saved. Nothing was changed."));
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

QString ItemTypeService::checkName(ItemTypeRepository &types, const QString &entity, const QString &name,
                                   const QString &exceptId)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the item type.");
    for (const ItemType &t : types.byEntity(entity))
        if (t.id != exceptId && t.name.trimmed() == name.trimmed())
            return tr("There is already a type called “%1” here. Choose another name.").arg(name.trimmed());
    return {};
}

std::optional<QString> ItemTypeService::create(const Actor &actor, const QString &entity, const QString &name)
{
    if (!ItemType::entities().contains(entity)) {
        fail(tr("Vafa does not know this kind of item."));
        return std::nullopt;
    }
    Store::Transaction tx(m_store);
    if (!begin(&tx, actor))
        return std::nullopt;
    ItemTypeRepository types(m_store);
    if (const QString bad = checkName(types, entity, name, {}); !bad.isEmpty()) {
        fail(bad);
        return std::nullopt;
    }
    ItemType t;
    t.entity = entity;
    t.name = name.trimmed();
    int n = int(types.byEntity(entity).size()) + 1;
    do // a code scripts and the print command can name it by
        t.code = QStringLiteral("%1_%2").arg(entity).arg(n++);
    while (types.findByCode(t.code));
    if (ItemType::isFinancial(entity)) {
        t.needsApproval = true;
        t.pendingAfterEdit = true;
        t.numberOn = QStringLiteral("approval");
        if (entity != QLatin1String("receipt") && entity != QLatin1String("payment"))
            t.taxBp = SettingsRepository(m_store).company().value_or(Company()).defaultVatBp;
    }
    if (!types.insert(t)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("item_type.create"), QStringLiteral("item_type"), t.id,
                                     entity + QLatin1Char(':') + t.name)) {
        qWarning("item type: %s", qPrintable(types.lastError()));
        fail(tr("The item type could not be saved. Nothing was changed."));
        return std::nullopt;
    }
    if (!tx.commit()) {
        fail(m_store.writeFailureMessage());
        return std::nullopt;
    }
    return t.id;
}

bool ItemTypeService::rename(const Actor &actor, const QString &typeId, const QString &name)
{
    // the name is checked inside change()'s transaction, so a name taken meanwhile is caught too
    ItemTypeRepository types(m_store);
    return change(
        actor, typeId, QStringLiteral("name"), name.trimmed(), [&](ItemType &t) { t.name = name.trimmed(); },
        [&](const ItemType &t) { return checkName(types, t.entity, name, typeId); });
}

bool ItemTypeService::setActive(const Actor &actor, const QString &typeId, bool active)
{
    return change(actor, typeId, QStringLiteral("active"), active ? QStringLiteral("true") : QStringLiteral("false"),
                  [active](ItemType &t) { t.active = active; });
}

bool ItemTypeService::remove(const Actor &actor, const QString &typeId)
{
    Store::Transaction tx(m_store);
    if (!begin(&tx, actor))
        return false;
    ItemTypeRepository types(m_store);
    const std::optional<ItemType> type = types.get(typeId);
    if (!type)
        return fail(tr("This item type no longer exists."));
    const qint64 used = types.usage(typeId);
    if (used != 0)
        return fail(used < 0 ? tr("The store could not tell whether the type is in use. Nothing was changed.")
                             : tr("“%1” is used by %2 records and cannot be deleted. Deactivate it instead: it "
                                  "stays on the records that have it and is offered for no new ones.")
                                   .arg(type->name, Persian::formatNumber(used)));
    QList<CustomField> none; // its custom fields go with it
    if (!types.saveCustomFields(typeId, none) || !types.tombstone(typeId)
        || !AuditLog(m_store).append(actor.userId, QStringLiteral("item_type.delete"), QStringLiteral("item_type"), typeId,
                                     type->name)) {
        qWarning("item type: %s", qPrintable(types.lastError()));
        return fail(tr("The item type could not be deleted. Nothing was changed."));
    }
    return tx.commit() || fail(m_store.writeFailureMessage());
}
