#pragma once
#include "models/identities/Identity.h"
#include "models/core/Repository.h"

#include <QHash>

#include <optional>

// The category tree («بانک اطلاعاتی», «حوزه فعالیت»): the only code that writes SQL for the
// categories table. Which identities a category holds is IdentityRepository's (identity_categories);
// this repository only counts them, so a category is deleted only when it is empty.
class CategoryRepository : public Repository
{
public:
    using Repository::Repository;

    // What a row of the tree shows beside its name.
    struct Counts
    {
        qint64 members = 0;  // live identities filed directly under the category
        qint64 children = 0; // live sub-categories
    };

    bool insert(Category &category);
    // Every live category, by kind and name.
    QList<Category> all();
    std::optional<Category> get(const QString &id);
    // The live sibling (same kind, same parent) with this name, compared after trimming and
    // ignoring case; `exceptId` leaves out the category being renamed or moved.
    std::optional<Category> siblingNamed(const QString &kind, const QString &parentId, const QString &name,
                                         const QString &exceptId = {});
    QHash<QString, Counts> counts();
    Counts countsOf(const QString &id);

    // Each a single-row update with a guard on the state the caller read.
    bool rename(const QString &id, const QString &name, const QString &expectedName);
    bool move(const QString &id, const QString &parentId, const QString &expectedParentId);
    bool setPrivate(const QString &id, bool isPrivate);
    bool tombstone(const QString &id);

private:
    static Category fromRecord(const QSqlRecord &r);
};
