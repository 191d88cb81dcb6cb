#pragma once
#include "models/club/ItemType.h"
#include "models/core/Repository.h"

#include <optional>

// A field an admin adds to an item type (schema: custom_fields). Order is sort_order.
struct CustomField : Row
{
    QString itemTypeId;
    QString name;
    QString fieldType = QStringLiteral("text"); // text|number|date|money|bool|choice
    bool required = false;
    int sortOrder = 0;
    QString choices; // one choice per line, for fieldType "choice"
};

// Item subtypes (نوع آیتم) with their club flags and financial settings, and the numbering
// patterns (الگوی شماره‌گذاری) they use.
class ItemTypeRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(ItemType &type);
    bool update(ItemType &type);
    std::optional<ItemType> get(const QString &id);
    std::optional<ItemType> findByCode(const QString &code);
    bool tombstone(const QString &id);
    // How many live items, documents, receipts, tickets, processes and point rules use the type;
    // -1 when the store could not tell.
    qint64 usage(const QString &typeId);
    QList<ItemType> byEntity(const QString &entity); // empty entity = all; ordered by entity, name
    // Types a club user of `kind` (customer|agent) may create or view.
    QList<ItemType> clubCreatable(const QString &clubKind);
    QList<ItemType> clubViewable(const QString &clubKind);

    // The type's custom fields in their order.
    QList<CustomField> customFields(const QString &itemTypeId);
    // Makes the type's fields exactly `fields`, in that order: rows with an id are updated, new
    // ones inserted (their ids filled in), and live fields missing from the list tombstoned.
    bool saveCustomFields(const QString &itemTypeId, QList<CustomField> &fields);


private:
    static ItemType fromRecord(const QSqlRecord &r);
    Cols columns(const ItemType &t) const;
    QList<ItemType> where(const QString &cond, const QVariantList &binds);
};
