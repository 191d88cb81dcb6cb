#include "models/club/ItemTypeRepository.h"

#include <QRegularExpression>
#include <QSet>

Repository::Cols ItemTypeRepository::columns(const ItemType &t) const
{
    return {
        {"entity", t.entity},
        {"code", t.code},
        {"name", t.name},
        {"active", t.active},
        {"contract_kind", t.contractKind},
        {"customer_can_create", t.customerCanCreate},
        {"customer_can_view", t.customerCanView},
        {"customer_can_view_fields", t.customerCanViewFields},
        {"customer_display_mode", t.customerDisplayMode},
        {"agent_can_create", t.agentCanCreate},
        {"agent_can_view", t.agentCanView},
        {"agent_can_view_fields", t.agentCanViewFields},
        {"agent_display_mode", t.agentDisplayMode},
        {"needs_approval", t.needsApproval},
        {"needs_numbering", t.needsNumbering},
        {"number_on", t.numberOn},
        {"numbering_pattern_id", Sql::id(t.numberingPatternId)},
        {"customer_number_on_approval", t.customerNumberOnApproval},
        {"pending_after_edit", t.pendingAfterEdit},
        {"signature_image", t.signatureImage.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(t.signatureImage)},
        {"tax_bp", t.taxBp},
        {"levy_bp", t.levyBp},
        {"main_template", t.mainTemplate},
        {"public_template", t.publicTemplate},
    };
}

ItemType ItemTypeRepository::fromRecord(const QSqlRecord &r)
{
    ItemType t;
    readRow(r, t);
    t.entity = str(r, "entity");
    t.code = str(r, "code");
    t.name = str(r, "name");
    t.active = flag(r, "active");
    t.contractKind = str(r, "contract_kind");
    t.customerCanCreate = flag(r, "customer_can_create");
    t.customerCanView = flag(r, "customer_can_view");
    t.customerCanViewFields = flag(r, "customer_can_view_fields");
    t.customerDisplayMode = str(r, "customer_display_mode");
    t.agentCanCreate = flag(r, "agent_can_create");
    t.agentCanView = flag(r, "agent_can_view");
    t.agentCanViewFields = flag(r, "agent_can_view_fields");
    t.agentDisplayMode = str(r, "agent_display_mode");
    t.needsApproval = flag(r, "needs_approval");
    t.needsNumbering = flag(r, "needs_numbering");
    t.numberOn = str(r, "number_on");
    t.numberingPatternId = idOf(r, "numbering_pattern_id");
    t.customerNumberOnApproval = flag(r, "customer_number_on_approval");
    t.pendingAfterEdit = flag(r, "pending_after_edit");
    t.signatureImage = val(r, "signature_image").toByteArray();
    t.taxBp = int(i64(r, "tax_bp"));
    t.levyBp = int(i64(r, "levy_bp"));
    t.mainTemplate = str(r, "main_template");
    t.publicTemplate = str(r, "public_template");
    return t;
}

bool ItemTypeRepository::insert(ItemType &type)
{
    return insertRow("item_types", type, columns(type));
}

bool ItemTypeRepository::update(ItemType &type)
{
    return updateRow("item_types", type, columns(type));
}

std::optional<ItemType> ItemTypeRepository::get(const QString &id)
{
    const auto r = fetchById("item_types", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

std::optional<ItemType> ItemTypeRepository::findByCode(const QString &code)
{
    const auto list = where(QStringLiteral("code = ?"), {code});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QStringList ItemType::entities()
{
    return {QStringLiteral("proforma"), QStringLiteral("invoice"), QStringLiteral("return_invoice"),
            QStringLiteral("contract"), QStringLiteral("receipt"),  QStringLiteral("payment"),
            QStringLiteral("ticket"),   QStringLiteral("request"),  QStringLiteral("task"),
            QStringLiteral("note"),     QStringLiteral("call"),     QStringLiteral("appointment"),
            QStringLiteral("form"),     QStringLiteral("file")};
}

bool ItemType::isFinancial(const QString &entity)
{
    return entities().mid(0, 6).contains(entity);
}

qint64 ItemTypeRepository::usage(const QString &typeId)
{
    // read-only counts over the tables that point at a type; each table's own repository
    // still does all the writing
    qint64 total = 0;
    for (const char *table : {"items", "documents", "receipts", "tickets", "workflows", "point_rules"}) {
        const auto r = fetchOne(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE item_type_id = ? AND ").arg(QLatin1String(table))
                                    + live(QString()),
                                {typeId});
        if (!r)
            return -1;
        total += r->value(0).toLongLong();
    }
    return total;
}

bool ItemTypeRepository::tombstone(const QString &id)
{
    return tombstoneRow("item_types", id);
}

QList<ItemType> ItemTypeRepository::where(const QString &cond, const QVariantList &binds)
{
    QList<ItemType> out;
    QString sql = QLatin1String("SELECT * FROM item_types WHERE ") + live(QString());
    if (!cond.isEmpty())
        sql += QLatin1String(" AND ") + cond;
    sql += QLatin1String(" ORDER BY entity, name, id");
    const auto rows = fetchAll(sql, binds);
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

QList<ItemType> ItemTypeRepository::byEntity(const QString &entity)
{
    if (entity.isEmpty())
        return where({}, {});
    return where(QStringLiteral("entity = ?"), {entity});
}

QList<ItemType> ItemTypeRepository::clubCreatable(const QString &clubKind)
{
    const bool agent = clubKind == QLatin1String("agent");
    return where((agent ? QLatin1String("agent_can_create = ") : QLatin1String("customer_can_create = ")) + boolLit(true)
                     + QLatin1String(" AND active = ") + boolLit(true),
                 {});
}

QList<ItemType> ItemTypeRepository::clubViewable(const QString &clubKind)
{
    const bool agent = clubKind == QLatin1String("agent");
    return where((agent ? QLatin1String("agent_can_view = ") : QLatin1String("customer_can_view = ")) + boolLit(true)
                     + QLatin1String(" AND active = ") + boolLit(true),
                 {});
}

QList<CustomField> ItemTypeRepository::customFields(const QString &itemTypeId)
{
    QList<CustomField> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM custom_fields WHERE item_type_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY sort_order, id"),
                               {itemTypeId});
    for (const QSqlRecord &r : rows) {
        CustomField f;
        readRow(r, f);
        f.itemTypeId = idOf(r, "item_type_id");
        f.name = str(r, "name");
        f.fieldType = str(r, "field_type");
        f.required = flag(r, "required");
        f.sortOrder = int(i64(r, "sort_order"));
        f.choices = str(r, "choices");
        out << f;
    }
    return out;
}

bool ItemTypeRepository::saveCustomFields(const QString &itemTypeId, QList<CustomField> &fields)
{
    Store::Transaction tx = m_store.transaction();
    QSet<QString> kept;
    for (int i = 0; i < fields.size(); ++i) {
        CustomField &f = fields[i];
        f.itemTypeId = itemTypeId;
        f.sortOrder = i;
        const Cols cols{{"item_type_id", Sql::id(itemTypeId)}, {"name", f.name},         {"field_type", f.fieldType},
                        {"required", f.required},              {"sort_order", f.sortOrder}, {"choices", f.choices}};
        if (!(f.id.isEmpty() ? insertRow("custom_fields", f, cols) : updateRow("custom_fields", f, cols)))
            return false;
        kept.insert(f.id);
    }
    const QList<CustomField> stored = customFields(itemTypeId);
    for (const CustomField &f : stored)
        if (!kept.contains(f.id) && !tombstoneRow("custom_fields", f.id))
            return false;
    return tx.commit();
}
