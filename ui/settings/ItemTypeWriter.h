#pragma once
#include "models/repositories/ItemTypeRepository.h"
#include "ui/Session.h"

#include <QCoreApplication>

#include <functional>

// The one path by which the item types page changes a type: it checks that the signed-in user
// may still change club settings, writes the change at once through ItemTypeRepository and
// leaves an audit row saying which setting became what. The detail form and the matrix both
// use it, so a flag set in either place is gated and audited the same way.
class ItemTypeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ItemTypeWriter)
public:
    explicit ItemTypeWriter(const Session &session) : m_session(session) {}

    // Loads the type, applies `edit`, stores it. `setting` names what changed ("customer_can_create")
    // and `value` its new value, for the audit row. False with error() when refused or not stored.
    bool change(const QString &typeId, const QString &setting, const QString &value,
                const std::function<void(ItemType &)> &edit);
    bool saveCustomFields(const QString &typeId, QList<CustomField> &fields);
    QString error() const { return m_error; }
    // The stored type as it is now (after a refused change the page shows this again).
    std::optional<ItemType> stored(const QString &typeId);
    QList<CustomField> customFields(const QString &typeId);

private:
    bool allowed();
    Session m_session;
    QString m_error;
};
