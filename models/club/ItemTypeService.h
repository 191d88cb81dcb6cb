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
// the matrix both use it, so a flag set in either place is gated and audited the same way; the
// types list creates, renames, deactivates and deletes types through it too.
class ItemTypeService
{
    Q_DECLARE_TR_FUNCTIONS(ItemTypeService)
public:
    explicit ItemTypeService(Store &store) : m_store(store) {}

    // Loads the type, applies `edit`, stores it. `setting` names what changed ("customer_can_create")
    // and `value` its new value, for the audit row. False with error() when refused or not stored.
    // `actor` is who acts, loaded for this action (UserRepository::actor).
    // `refusal`, when given, is asked about the stored type first: a non-empty answer refuses.
    bool change(const Actor &actor, const QString &typeId, const QString &setting, const QString &value,
                const std::function<void(ItemType &)> &edit,
                const std::function<QString(const ItemType &)> &refusal = {});
    bool saveCustomFields(const Actor &actor, const QString &typeId, QList<CustomField> &fields);
    // «قالب پیش‌نمایش» / «قالب پیش‌نمایش عمومی»: the type's main or public print template, as
    // the finance manager edits it (FinanceRights::mayEditTemplates); empty text brings back the
    // built-in one. Read afresh and written in one audited transaction, so a concurrent change
    // to the type's other settings is kept.
    bool saveTemplate(const Actor &actor, const QString &typeId, bool publicTemplate, const QString &text);

    // A new type of `entity` called `name`, with the defaults a company expects (a financial
    // type needs approval, is numbered on approval and charges the company's VAT); its id, or
    // nothing with error() (an unknown entity, an empty name or one its entity already has).
    std::optional<QString> create(const Actor &actor, const QString &entity, const QString &name);
    bool rename(const Actor &actor, const QString &typeId, const QString &name);
    bool setActive(const Actor &actor, const QString &typeId, bool active);
    // Only a type nothing uses may go; one in use can be deactivated instead.
    bool remove(const Actor &actor, const QString &typeId);
    QString error() const { return m_error; }
    // The stored type as it is now (after a refused change the page shows this again).
    std::optional<ItemType> stored(const QString &typeId);
    QList<CustomField> customFields(const QString &typeId);

private:
    // Begins the action's transaction and checks the actor inside it; false with m_error set.
    bool begin(Store::Transaction *tx, const Actor &actor);
    bool fail(const QString &message);
    // Empty when `name` may name a type of `entity` (other than `exceptId`), else why not.
    QString checkName(ItemTypeRepository &types, const QString &entity, const QString &name, const QString &exceptId);
    Store &m_store;
    QString m_error;
};
