#pragma once
#include "models/domain/Catalog.h"
#include "models/repositories/Repository.h"

#include <optional>

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
    QList<ItemType> byEntity(const QString &entity); // empty entity = all; ordered by entity, name
    // Types a club user of `kind` (customer|agent) may create or view.
    QList<ItemType> clubCreatable(const QString &clubKind);
    QList<ItemType> clubViewable(const QString &clubKind);

    bool insertPattern(NumberingPattern &pattern);
    std::optional<NumberingPattern> pattern(const QString &id);
    // Takes the next value of a pattern (inside its own transaction, so two callers never get the
    // same one) and formats it: {n} = the value, {n:5} = zero-padded to 5, {y} = `year` (the
    // caller passes the Jalali year). With yearlyReset, a new year restarts at initial_value.
    QString takeNextNumber(const QString &patternId, int year, qint64 *value = nullptr);
    static QString format(const QString &pattern, qint64 value, int year);

private:
    static ItemType fromRecord(const QSqlRecord &r);
    Cols columns(const ItemType &t) const;
    QList<ItemType> where(const QString &cond, const QVariantList &binds);
};
