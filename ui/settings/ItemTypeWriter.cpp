#include "ui/settings/ItemTypeWriter.h"

#include "models/store/Store.h"
#include "ui/settings/SettingsAccess.h"
#include "ui/settings/SettingsLabels.h"

bool ItemTypeWriter::allowed()
{
    if (SettingsAccess::mayConfigureClub(m_session))
        return true;
    m_error = SettingsLabels::refusal();
    return false;
}

bool ItemTypeWriter::change(const QString &typeId, const QString &setting, const QString &value,
                            const std::function<void(ItemType &)> &edit)
{
    m_error.clear();
    if (!allowed())
        return false;
    Store &store = *m_session.store;
    Store::Transaction tx = store.transaction();
    ItemTypeRepository types(store);
    std::optional<ItemType> type = types.get(typeId);
    if (!type) {
        m_error = tr("This item type no longer exists.");
        return false;
    }
    edit(*type);
    if (!types.update(*type)
        || !SettingsAccess::audit(m_session, QStringLiteral("item_type.update"), QStringLiteral("item_type"), typeId,
                                  setting + QLatin1Char('=') + value)
        || !tx.commit()) {
        m_error = tr("The change could not be saved: %1").arg(types.lastError());
        return false;
    }
    return true;
}

bool ItemTypeWriter::saveCustomFields(const QString &typeId, QList<CustomField> &fields)
{
    m_error.clear();
    if (!allowed())
        return false;
    for (const CustomField &f : std::as_const(fields)) {
        if (f.name.trimmed().isEmpty()) {
            m_error = tr("Every custom field needs a name.");
            return false;
        }
    }
    Store &store = *m_session.store;
    Store::Transaction tx = store.transaction();
    ItemTypeRepository types(store);
    QStringList names;
    for (const CustomField &f : std::as_const(fields))
        names << f.name;
    if (!types.saveCustomFields(typeId, fields)
        || !SettingsAccess::audit(m_session, QStringLiteral("item_type.custom_fields"), QStringLiteral("item_type"),
                                  typeId, names.join(QLatin1Char(',')))
        || !tx.commit()) {
        m_error = tr("The fields could not be saved: %1").arg(types.lastError());
        return false;
    }
    return true;
}

std::optional<ItemType> ItemTypeWriter::stored(const QString &typeId)
{
    return ItemTypeRepository(*m_session.store).get(typeId);
}

QList<CustomField> ItemTypeWriter::customFields(const QString &typeId)
{
    return ItemTypeRepository(*m_session.store).customFields(typeId);
}
