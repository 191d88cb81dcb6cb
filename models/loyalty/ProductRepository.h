#pragma once
#include "models/loyalty/Catalog.h"
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <optional>

struct ProductFilter
{
    QString search;          // code or name, substring
    bool activeOnly = false;
    bool clubVisibleOnly = false;
};

class ProductRepository : public Repository
{
public:
    using Repository::Repository;

    enum ListColumn { Id, Code, Name, Unit, UnitPrice, Taxable, Active };

    bool insert(Product &product);
    bool update(Product &product);
    std::optional<Product> get(const QString &id);
    std::optional<Product> findByCode(const QString &code);
    bool tombstone(const QString &id);
    QList<Product> all(bool activeOnly = false);
    ListSpec list(const ProductFilter &filter) const;

    // Price lists and customer classes (کلاس مشتری)
    bool insertPriceList(Row &list, const QString &title);
    bool insertClass(CustomerClass &cls);
    QList<CustomerClass> classes(); // by priority

private:
    static Product fromRecord(const QSqlRecord &r);
    Cols columns(const Product &p) const;
};
