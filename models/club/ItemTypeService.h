#pragma once
#include "models/core/Actor.h"
#include "models/club/ItemTypeRepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

#include "models/core/Store.h"

// The one path by which an item type's settings change («شخصی‌سازی»: club flags, numbering,
// templates, custom fields). Each change is one action (DESIGN §3): it begins the transaction,
// checks that the actor may still change club settings, reads the stored type, applies the edit,
// writes it with an audit row saying which setting became what, and commits. The detail form and
// the matrix both use it, so a flag set in either place is gated and audited the same way.
class ItemTypeService
{
    Q_DECLARE_TR_FUNCTIONS(ItemTypeService)
public:
    explicit ItemTypeService(Store &store) : m_store(store) {}

    // Loads the type, applies `edit`, stores it. `setting` names what changed ("customer_can_create")
    // and `value` its new value, for the audit row. False with error() when refused or not stored.
    // `actor` is who acts, loaded for this action (UserRepository::actor).
    bool change(const Actor &actor, const QString &typeId, const QString &setting, const QString &value,
                const std::function<void(ItemType &)> &edit);
    bool saveCustomFields(const Actor &actor, const QString &typeId, QList<CustomField> &fields);
    QString error() const { return m_error; }
    // The stored type as it is now (after a refused change the page shows this again).
    std::optional<ItemType> stored(const QString &typeId);
    QList<CustomField> customFields(const QString &typeId);

private:
    // Begins the action's transaction and checks the actor inside it; false with m_error set.
    bool begin(Store::Transaction *tx, const Actor &actor);
    bool fail(const QString &message);
    Store &m_store;
    QString m_error;
};
