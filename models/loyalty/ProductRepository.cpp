#include "models/loyalty/ProductRepository.h"

Repository::Cols ProductRepository::columns(const Product &p) const
{
    return {{"code", p.code},         {"name", p.name},     {"unit", p.unit},
            {"unit_price", p.unitPrice}, {"taxable", p.taxable}, {"club_visible", p.clubVisible},
            {"category", p.category}, {"active", p.active}};
}

Product ProductRepository::fromRecord(const QSqlRecord &r)
{
    Product p;
    readRow(r, p);
    p.code = str(r, "code");
    p.name = str(r, "name");
    p.unit = str(r, "unit");
    p.unitPrice = i64(r, "unit_price");
    p.taxable = flag(r, "taxable");
    p.clubVisible = flag(r, "club_visible");
    p.category = str(r, "category");
    p.active = flag(r, "active");
    return p;
}

bool ProductRepository::insert(Product &product)
{
    return insertRow("products", product, columns(product));
}

bool ProductRepository::update(Product &product)
{
    return updateRow("products", product, columns(product));
}

std::optional<Product> ProductRepository::get(const QString &id)
{
    const auto r = fetchById("products", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

std::optional<Product> ProductRepository::findByCode(const QString &code)
{
    const auto r = fetchOne(QLatin1String("SELECT * FROM products WHERE code = ? AND ") + live(QString()), {code});
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool ProductRepository::tombstone(const QString &id)
{
    return tombstoneRow("products", id);
}

QList<Product> ProductRepository::all(bool activeOnly)
{
    QString sql = QLatin1String("SELECT * FROM products WHERE ") + live(QString());
    if (activeOnly)
        sql += QLatin1String(" AND active = ") + boolLit(true);
    sql += QLatin1String(" ORDER BY name, id");
    QList<Product> out;
    const auto rows = fetchAll(sql);
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

ListSpec ProductRepository::list(const ProductFilter &f) const
{
    ListSpec s;
    s.from = QStringLiteral("products p");
    s.columns = QStringList{QStringLiteral("p.id"),   QStringLiteral("p.code"),       QStringLiteral("p.name"),
                            QStringLiteral("p.unit"), QStringLiteral("p.unit_price"), QStringLiteral("p.taxable"),
                            QStringLiteral("p.active")};
    QStringList conds{live(QStringLiteral("p"))};
    if (f.activeOnly)
        conds << QLatin1String("p.active = ") + boolLit(true);
    if (f.clubVisibleOnly)
        conds << QLatin1String("p.club_visible = ") + boolLit(true);
    if (!f.search.trimmed().isEmpty()) {
        conds << QLatin1Char('(') + Dialect::likeCondition(QStringLiteral("p.code")) + QLatin1String(" OR ")
                + Dialect::likeCondition(QStringLiteral("p.name")) + QLatin1Char(')');
        const QString like = Dialect::containing(f.search.trimmed());
        s.binds << like << like;
    }
    s.where = conds.join(QLatin1String(" AND "));
    s.orderBy = QStringLiteral("p.name, p.id");
    s.orderByDesc = QStringLiteral("p.name DESC, p.id DESC");
    return s;
}

bool ProductRepository::insertPriceList(Row &list, const QString &title)
{
    return insertRow("price_lists", list, {{"title", title}});
}

bool ProductRepository::insertClass(CustomerClass &c)
{
    return insertRow("customer_classes", c,
                     {{"title", c.title},
                      {"period", c.period},
                      {"floor_rials", c.floorRials},
                      {"ceiling_rials", c.ceilingRials < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(c.ceilingRials)},
                      {"price_list_id", Sql::id(c.priceListId)},
                      {"priority", c.priority}});
}

QList<CustomerClass> ProductRepository::classes()
{
    QList<CustomerClass> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM customer_classes WHERE ") + live(QString())
                               + QLatin1String(" ORDER BY priority, id"));
    for (const QSqlRecord &r : rows) {
        CustomerClass c;
        readRow(r, c);
        c.title = str(r, "title");
        c.period = str(r, "period");
        c.floorRials = i64(r, "floor_rials");
        c.ceilingRials = val(r, "ceiling_rials").isNull() ? -1 : i64(r, "ceiling_rials");
        c.priceListId = idOf(r, "price_list_id");
        c.priority = int(i64(r, "priority"));
        out << c;
    }
    return out;
}
